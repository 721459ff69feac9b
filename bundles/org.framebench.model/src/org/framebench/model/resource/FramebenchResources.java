package org.framebench.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ContentHandler;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIHandler;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.resource.impl.URIHandlerImpl;
import org.framebench.model.FramebenchPackage;

/**
 * Resource sets that read and write Framebench files, inside OSGi or out of it.
 * <p>
 * A {@code .fbench} file is self-contained and often comes from someone else (a hand-in), so nothing in it
 * may reach outside it: a reference to another resource ({@code article="http://...#x"},
 * {@code <code href="file:///etc/passwd#x"/>}) is never followed, a namespace other than Framebench's is
 * never demand-loaded as a package, and the URI converter opens no URI but those of the resources in
 * the set (a resource saving or loading its own file). Such references stay
 * unresolved proxies, which validation reports.
 */
public final class FramebenchResources {

    private FramebenchResources() {
    }

    /** A resource set with the Framebench package and the safe resource factory for every extension. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new SelfContainedResourceSet();
        // Only Framebench's own package, with no delegation to the global registry (which could hand out
        // packages by any namespace a file names).
        EPackage.Registry packages = new EPackageRegistryImpl(null);
        packages.put(FramebenchPackage.eNS_URI, FramebenchPackage.eINSTANCE);
        resourceSet.setPackageRegistry(packages);
        // Every file goes through the safe factory, whatever its name: a student may rename a file.
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new FramebenchResourceFactory());
        resourceSet.setURIConverter(new ExtensibleURIConverterImpl(List.of(new OwnFilesOnlyURIHandler(resourceSet)),
                ContentHandler.Registry.INSTANCE.contentHandlers()));
        return resourceSet;
    }

    /**
     * A resource set that never loads a resource on demand: {@link #getResource(URI, boolean)} answers only
     * with resources already in the set (the one file being read), whatever {@code loadOnDemand} says.
     */
    private static final class SelfContainedResourceSet extends ResourceSetImpl {

        @Override
        public Resource getResource(URI uri, boolean loadOnDemand) {
            for (Resource resource : getResources()) {
                if (uri.equals(resource.getURI())) {
                    return resource;
                }
            }
            return null;
        }

        @Override
        public EObject getEObject(URI uri, boolean loadOnDemand) {
            Resource resource = getResource(uri.trimFragment(), false);
            return resource == null ? null : resource.getEObject(uri.fragment());
        }
    }

    /**
     * Opens only the URIs of the resources already in its resource set (a resource saved to or loaded
     * from its own file); every other URI is refused, whatever a file refers to.
     */
    private static final class OwnFilesOnlyURIHandler extends URIHandlerImpl {

        private final ResourceSet resourceSet;

        OwnFilesOnlyURIHandler(ResourceSet resourceSet) {
            this.resourceSet = resourceSet;
        }

        @Override
        public boolean canHandle(URI uri) {
            return true;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            return delegate(uri).createInputStream(uri, options);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            return delegate(uri).createOutputStream(uri, options);
        }

        @Override
        public void delete(URI uri, Map<?, ?> options) throws IOException {
            delegate(uri).delete(uri, options);
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            return isOwn(uri) && super.exists(uri, options);
        }

        @Override
        public Map<String, ?> getAttributes(URI uri, Map<?, ?> options) {
            return isOwn(uri) ? super.getAttributes(uri, options) : Map.of();
        }

        @Override
        public void setAttributes(URI uri, Map<String, ?> attributes, Map<?, ?> options) throws IOException {
            delegate(uri).setAttributes(uri, attributes, options);
        }

        private boolean isOwn(URI uri) {
            URI file = uri.trimFragment();
            for (Resource resource : resourceSet.getResources()) {
                if (file.equals(resource.getURI())) {
                    return true;
                }
            }
            return false;
        }

        private URIHandler delegate(URI uri) throws IOException {
            if (!isOwn(uri)) {
                throw new IOException("Framebench files are self-contained; " + uri + " is not opened");
            }
            for (URIHandler handler : URIHandler.DEFAULT_HANDLERS) {
                if (handler.canHandle(uri)) {
                    return handler;
                }
            }
            throw new IOException("No way to open " + uri);
        }
    }
}
