package org.framebench.suggest;

import java.net.URL;

/**
 * Finds a model file at the root of a model jar. Inside OSGi (the product, the tests) the jar is a bundle
 * whose root is not exported, so its class loader cannot be asked: the bundle itself is looked up by
 * symbolic name and its entry read. On a plain class path (the command line) the jar is on the class path.
 */
final class ModelLocator {

    private ModelLocator() {
    }

    /** The URL of {@code name} in the bundle {@code bundle} or on the class path, or null. */
    static URL find(String bundle, String name) {
        URL url = null;
        if (osgiPresent()) {
            url = OsgiModels.entry(bundle, name);
        }
        if (url == null) {
            ClassLoader loader = ModelLocator.class.getClassLoader();
            url = loader == null ? ClassLoader.getSystemResource(name) : loader.getResource(name);
        }
        return url;
    }

    private static boolean osgiPresent() {
        try {
            Class.forName("org.osgi.framework.FrameworkUtil", false, ModelLocator.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
