package org.framebench.model.resource;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;

/**
 * An XMI resource that is safe to open when it comes from someone else: a DOCTYPE is refused outright,
 * so neither external entities (XXE) nor entity-expansion bombs can be used against the reader.
 * Saved as UTF-8, with ids (UUIDs) as XMI ids so submissions can be merged and compared.
 */
public class FramebenchResource extends XMIResourceImpl {

    /**
     * SAX parsers kept for the next load (a parser costs more to make than a small file to read; grading
     * a class loads hundreds, several at once): EMF's pool is thread-safe and keys its parsers by the
     * secure features below, so a pooled parser is as strict as a new one.
     */
    private static final XMLParserPool PARSERS = new XMLParserPoolImpl();

    /**
     * What each element and attribute name of the format maps to, learnt once per thread instead of once
     * per file (EMF's name-to-feature map; a plain map, so one per thread: files load in parallel).
     */
    private static final ThreadLocal<Map<Object, Object>> NAME_TO_FEATURE = ThreadLocal.withInitial(HashMap::new);

    public FramebenchResource(URI uri) {
        super(uri);
        // References are written as the ids of articles, codes and annotations; look them up in a map
        // (EMF keeps it current as objects come and go) rather than by walking the whole file each time.
        setIntrinsicIDToEObjectMap(new HashMap<>());
        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(XMLResource.OPTION_PARSER_FEATURES, secureParserFeatures());
        load.put(XMLResource.OPTION_PARSER_PROPERTIES, secureParserProperties());
        load.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        load.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
        // EMF's faster code paths for loading (its documented performance options).
        load.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        Map<Object, Object> save = getDefaultSaveOptions();
        save.put(XMLResource.OPTION_ENCODING, "UTF-8");
        save.put(XMLResource.OPTION_LINE_WIDTH, 120);
        save.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
    }

    /** Features for the SAX parser: no DOCTYPE at all, no external entities, secure processing. */
    public static Map<String, Boolean> secureParserFeatures() {
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        return features;
    }

    private static Map<String, Object> secureParserProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return properties;
    }

    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        Map<Object, Object> withCache = options == null ? new HashMap<>() : new HashMap<>(options);
        withCache.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, NAME_TO_FEATURE.get());
        super.doLoad(inputStream, withCache);
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }
}
