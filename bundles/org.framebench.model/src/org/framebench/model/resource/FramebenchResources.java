package org.framebench.model.resource;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.framebench.model.FramebenchPackage;

/** Resource sets that read and write Framebench files, inside OSGi or out of it. */
public final class FramebenchResources {

    private FramebenchResources() {
    }

    /** A resource set with the Framebench package and the safe resource factory for every extension. */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(FramebenchPackage.eNS_URI, FramebenchPackage.eINSTANCE);
        // Every file goes through the safe factory, whatever its name: a student may rename a file.
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new FramebenchResourceFactory());
        return resourceSet;
    }
}
