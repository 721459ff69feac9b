package org.framebench.suggest;

import java.net.URL;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The OSGi half of {@link ModelLocator}; only loaded when the OSGi framework classes are there. */
final class OsgiModels {

    private OsgiModels() {
    }

    static URL entry(String symbolicName, String name) {
        Bundle self = FrameworkUtil.getBundle(OsgiModels.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            return null;
        }
        URL best = null;
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                URL url = bundle.getEntry(name);
                if (url != null) {
                    best = url;
                }
            }
        }
        return best;
    }
}
