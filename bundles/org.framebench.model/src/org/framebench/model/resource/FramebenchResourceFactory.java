package org.framebench.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/** Creates {@link FramebenchResource}s: the one way Framebench files are read and written. */
public class FramebenchResourceFactory extends XMIResourceFactoryImpl {

    /** The file extension of Framebench documents. */
    public static final String EXTENSION = "fbench";

    @Override
    public Resource createResource(URI uri) {
        return new FramebenchResource(uri);
    }
}
