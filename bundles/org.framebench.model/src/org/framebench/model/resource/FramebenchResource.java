package org.framebench.model.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Layer;
import org.framebench.model.Reference;

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

    /**
     * Load option: a {@code Map<String, String>} (thread-safe when files load in parallel) through which the
     * text of the assignment part of each file (article texts, the codebook's names, definitions and examples)
     * is shared with the other files loaded with the same map. Every student's file of a class carries the
     * same assignment; without it a class of 1,000 holds 1,000 copies of the same texts.
     */
    public static final String OPTION_SHARED_ASSIGNMENT_STRINGS = "org.framebench.sharedAssignmentStrings";

    /** The map of {@link #OPTION_SHARED_ASSIGNMENT_STRINGS} during a load, else {@code null}. */
    private Map<String, String> sharedStrings;

    public FramebenchResource(URI uri) {
        super(uri);
        // References are written as the ids of articles, codes and annotations; look them up in a map
        // (EMF keeps it current as objects come and go) rather than by walking the whole file each time.
        setIntrinsicIDToEObjectMap(new HashMap<>());
        Map<Object, Object> load = getDefaultLoadOptions();
        load.put(XMLResource.OPTION_PARSER_FEATURES, PARSER_FEATURES);
        load.put(XMLResource.OPTION_PARSER_PROPERTIES, PARSER_PROPERTIES);
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
        @SuppressWarnings("unchecked")
        Map<String, String> shared = (Map<String, String>) withCache.get(OPTION_SHARED_ASSIGNMENT_STRINGS);
        sharedStrings = shared;
        try {
            if (options != null && !DirectLoader.handles(options)) {
                super.doLoad(inputStream, withCache);
                return;
            }
            // The plain form Framebench writes is read by a reader of its own (the same parser, the same model);
            // anything else, and every file with a problem, by EMF's loader, for EMF's model and messages.
            byte[] bytes = inputStream.readAllBytes();
            EObject root = DirectLoader.load(bytes, 0, bytes.length, PARSERS, PARSER_FEATURES, PARSER_PROPERTIES, shared);
            if (root != null) {
                getContents().add(root);
            } else {
                super.doLoad(new ByteArrayInputStream(bytes), withCache);
            }
        } finally {
            sharedStrings = null;
        }
    }

    /** The parser's settings for every load (the pool keys its parsers by them, so they are made once). */
    private static final Map<String, Boolean> PARSER_FEATURES = secureParserFeatures();
    private static final Map<String, Object> PARSER_PROPERTIES = secureParserProperties();

    @Override
    protected XMLHelper createXMLHelper() {
        return new LoadingHelper(this, sharedStrings);
    }

    /**
     * Reads the dates Framebench writes without {@link java.text.SimpleDateFormat} (EMF's way took a sixth of
     * a file's load: every annotation and link carries two), and gives the attributes of the assignment's
     * objects the equal string another file already loaded, if any (with {@link #OPTION_SHARED_ASSIGNMENT_STRINGS}).
     */
    private static final class LoadingHelper extends XMIHelperImpl {

        /** {@code null}: no sharing. */
        private final Map<String, String> shared;

        LoadingHelper(XMLResource resource, Map<String, String> shared) {
            super(resource);
            this.shared = shared;
        }

        @Override
        public void setValue(EObject object, EStructuralFeature feature, Object value, int position) {
            if (shared != null && value instanceof String text && feature instanceof EAttribute && isInAssignment(object)) {
                String known = shared.putIfAbsent(text, text);
                value = known == null ? text : known;
            }
            super.setValue(object, feature, value, position);
        }

        @Override
        protected Object createFromString(EFactory eFactory, EDataType eDataType, String value) {
            if (eDataType == EcorePackage.Literals.EDATE) {
                Date date = XmiDates.parse(value);
                if (date != null) {
                    return date;
                }
            }
            return super.createFromString(eFactory, eDataType, value);
        }
    }

    /**
     * Whether {@code object} is part of an assignment (by its class: while a file loads, an object's
     * attributes are set before it is added to its container).
     */
    static boolean isInAssignment(EObject object) {
        return object instanceof Assignment || object instanceof Article || object instanceof Codebook
                || object instanceof Layer || object instanceof Code || object instanceof AttributeDefinition
                || object instanceof Reference;
    }

    @Override
    protected boolean useUUIDs() {
        return false;
    }
}
