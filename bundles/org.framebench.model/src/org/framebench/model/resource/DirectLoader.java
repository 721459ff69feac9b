package org.framebench.model.resource;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringTokenizer;

import javax.xml.parsers.SAXParser;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.framebench.model.FramebenchPackage;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a Framebench file the way EMF's XMI loader does, with the same SAX parser (same features: no DOCTYPE,
 * no external entities), building the objects directly from tables made once per class of the model instead of
 * EMF's generic handler (which looks every name up through its namespaces, helpers and feature kinds: about half
 * of a file's load). It knows only the plain form Framebench writes: elements for contained objects and
 * many-valued attributes, attributes for single-valued attributes and for references by id. Anything else (an
 * unknown name, another namespace, xmi:id or xsi:type, a reference by URI, an id used twice, a value EMF would
 * refuse, broken XML) makes {@link #load} answer {@code null}, and the file is read by EMF's own loader, so its
 * model, errors and messages are EMF's. What this reader builds is the model EMF builds (checked with
 * {@code EcoreUtil.equals} on the corpus and the test files).
 */
final class DirectLoader extends DefaultHandler {

    /** Thrown to leave the parse as soon as something is met that only EMF's loader reads. */
    private static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    private static final Unknown UNKNOWN = new Unknown();

    private static final String XMI_NS = "http://www.omg.org/XMI";

    /** What the reader needs to know of one class of the model. */
    private static final class ClassTable {
        /** Element names: a containment reference, or a many-valued attribute written as elements. */
        final Map<String, EStructuralFeature> elements = new HashMap<>();
        /** Attribute names: a single-valued attribute, or a non-containment reference by id. */
        final Map<String, EStructuralFeature> attributes = new HashMap<>();
        final boolean inAssignment;
        /** Its id attribute when it holds strings (every id of the model does): ids are noted as they are read. */
        final EAttribute stringId;
        /** Whether it has an id of another type, looked up once the file is read. */
        final boolean otherId;

        ClassTable(EClass eClass, EObject sample) {
            EAttribute id = eClass.getEIDAttribute();
            stringId = id != null && id.getEAttributeType() == EcorePackage.Literals.ESTRING ? id : null;
            otherId = id != null && stringId == null;
            for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
                if (!feature.isChangeable() || feature.isTransient() || feature.isDerived() || feature.isVolatile()
                        || feature.isUnsettable()) {
                    continue; // EMF's loader treats these otherwise: leave them to it
                }
                if (feature instanceof EReference reference) {
                    if (reference.isContainment()) {
                        elements.put(feature.getName(), feature);
                    } else if (!reference.isContainer()) {
                        attributes.put(feature.getName(), feature);
                    }
                } else if (feature.isMany()) {
                    elements.put(feature.getName(), feature);
                } else {
                    attributes.put(feature.getName(), feature);
                }
            }
            inAssignment = FramebenchResource.isInAssignment(sample);
        }
    }

    /** By classifier id (every object this reader makes is of the model's own classes); final fields, safely shared. */
    private static final ClassTable[] TABLES = new ClassTable[FramebenchPackage.eINSTANCE.getEClassifiers().size()];

    private static ClassTable table(EObject object) {
        int id = object.eClass().getClassifierID();
        ClassTable table = TABLES[id];
        if (table == null) {
            table = new ClassTable(object.eClass(), object);
            TABLES[id] = table;
        }
        return table;
    }

    /** A reference by id, resolved once the whole file is read (ids may come after their use). */
    private record Pending(EObject object, EReference reference, String ids) {
    }

    private final Map<String, String> shared;
    private final List<EObject> objects = new ArrayList<>(1024);
    /** The ids of the objects read so far (an id used twice: the file is left to EMF's loader). */
    private final Map<String, EObject> ids = new HashMap<>(2048);
    private boolean otherIds;
    private final List<Pending> pending = new ArrayList<>(1024);
    private final List<EObject> stack = new ArrayList<>();
    private EObject root;
    /** The many-valued attribute whose element is open, and its text so far; else null. */
    private EAttribute textFeature;
    private final StringBuilder text = new StringBuilder();
    private boolean textSeen;

    private DirectLoader(Map<String, String> shared) {
        this.shared = shared;
    }

    /**
     * The root object of the file in {@code bytes}, built as EMF's loader would build it, or {@code null} when
     * the file holds anything this reader leaves to EMF (including anything wrong with it).
     */
    static EObject load(byte[] bytes, int offset, int length, XMLParserPool parsers, Map<String, Boolean> features,
            Map<String, ?> properties, Map<String, String> shared) {
        SAXParser parser;
        try {
            parser = parsers.get(features, properties, false);
        } catch (Exception e) {
            return null;
        }
        DirectLoader loader = new DirectLoader(shared);
        try {
            parser.parse(new ByteArrayInputStream(bytes, offset, length), loader);
            return loader.resolve() ? loader.root : null;
        } catch (Exception | StackOverflowError e) {
            return null;
        } finally {
            parsers.release(parser, features, properties, false);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (textFeature != null) {
            throw UNKNOWN; // an element inside a value
        }
        EObject object;
        if (stack.isEmpty()) {
            if (root != null || !FramebenchPackage.eNS_URI.equals(uri)) {
                throw UNKNOWN;
            }
            EClassifier classifier = FramebenchPackage.eINSTANCE.getEClassifier(localName);
            if (!(classifier instanceof EClass eClass) || eClass.isAbstract() || eClass.isInterface()) {
                throw UNKNOWN;
            }
            object = FramebenchPackage.eINSTANCE.getFramebenchFactory().create(eClass);
            root = object;
        } else {
            if (!uri.isEmpty()) {
                throw UNKNOWN;
            }
            EObject parent = stack.get(stack.size() - 1);
            EStructuralFeature feature = table(parent).elements.get(localName);
            if (feature == null) {
                throw UNKNOWN;
            }
            if (feature instanceof EAttribute attribute) {
                if (attributes.getLength() != 0) {
                    throw UNKNOWN;
                }
                textFeature = attribute;
                text.setLength(0);
                textSeen = false;
                return;
            }
            EReference reference = (EReference) feature;
            EClass type = reference.getEReferenceType();
            if (type.isAbstract() || type.isInterface() || type.getEPackage() != FramebenchPackage.eINSTANCE) {
                throw UNKNOWN;
            }
            object = FramebenchPackage.eINSTANCE.getFramebenchFactory().create(type);
            if (reference.isMany()) {
                @SuppressWarnings("unchecked")
                InternalEList<EObject> list = (InternalEList<EObject>) parent.eGet(reference);
                list.addUnique(object);
            } else {
                if (parent.eIsSet(reference)) {
                    throw UNKNOWN;
                }
                parent.eSet(reference, object);
            }
        }
        objects.add(object);
        stack.add(object);
        setAttributes(object, attributes, stack.size() == 1);
    }

    private void setAttributes(EObject object, Attributes attributes, boolean isRoot) {
        ClassTable table = table(object);
        for (int i = 0, n = attributes.getLength(); i < n; i++) {
            String qName = attributes.getQName(i);
            if (qName.startsWith("xmlns")) {
                continue; // a namespace declaration
            }
            if (!attributes.getURI(i).isEmpty()) {
                if (isRoot && XMI_NS.equals(attributes.getURI(i)) && "version".equals(attributes.getLocalName(i))) {
                    continue;
                }
                throw UNKNOWN;
            }
            EStructuralFeature feature = table.attributes.get(attributes.getLocalName(i));
            if (feature == null) {
                throw UNKNOWN;
            }
            String value = attributes.getValue(i);
            if (feature instanceof EReference reference) {
                pending.add(new Pending(object, reference, value));
            } else {
                object.eSet(feature, value((EAttribute) feature, value, table.inAssignment));
                if (feature == table.stringId && ids.put(value, object) != null) {
                    throw UNKNOWN; // which of the two EMF's loader picks is left to it
                }
            }
        }
        otherIds |= table.otherId;
    }

    /** The value EMF's loader gives {@code attribute} for {@code literal} (XMIHelper's conversion and our dates). */
    private Object value(EAttribute attribute, String literal, boolean inAssignment) {
        EDataType type = attribute.getEAttributeType();
        if (type == EcorePackage.Literals.ESTRING) {
            if (shared != null && inAssignment) {
                String known = shared.putIfAbsent(literal, literal);
                return known == null ? literal : known;
            }
            return literal;
        }
        if (type == EcorePackage.Literals.EDATE) {
            Object date = XmiDates.parse(literal);
            if (date == null) {
                throw UNKNOWN;
            }
            return date;
        }
        if (type == EcorePackage.Literals.EINT && !isPlainInteger(literal)
                || (type == EcorePackage.Literals.EDOUBLE || type == EcorePackage.Literals.EDOUBLE_OBJECT) && !isPlainDecimal(literal)
                || type == EcorePackage.Literals.EBOOLEAN && !"true".equals(literal) && !"false".equals(literal)) {
            throw UNKNOWN;
        }
        if (type.getEPackage() != FramebenchPackage.eINSTANCE && type != EcorePackage.Literals.EINT
                && type != EcorePackage.Literals.EDOUBLE && type != EcorePackage.Literals.EDOUBLE_OBJECT
                && type != EcorePackage.Literals.EBOOLEAN) {
            throw UNKNOWN;
        }
        try {
            Object value = type.getEPackage().getEFactoryInstance().createFromString(type, literal);
            if (value == null) {
                throw UNKNOWN;
            }
            return value;
        } catch (RuntimeException refused) {
            throw UNKNOWN;
        }
    }

    /** At most nine digits, an optional minus: read the same by every integer parser. */
    private static boolean isPlainInteger(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int length = text.length() - start;
        if (length < 1 || length > 9) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Digits with an optional minus and fraction (as Java writes a double, without exponent or NaN). */
    private static boolean isPlainDecimal(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = 0;
        boolean point = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' && !point && digits > 0) {
                point = true;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                return false;
            }
        }
        return digits > 0 && digits <= 17 && text.charAt(text.length() - 1) != '.';
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (textFeature != null) {
            text.append(ch, start, length);
            textSeen = true;
            return;
        }
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                throw UNKNOWN; // text where EMF's loader expects none
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (textFeature != null) {
            if (!textSeen || text.isEmpty()) {
                throw UNKNOWN;
            }
            EObject owner = stack.get(stack.size() - 1);
            Object value = value(textFeature, text.toString(), table(owner).inAssignment);
            @SuppressWarnings("unchecked")
            EList<Object> list = (EList<Object>) owner.eGet(textFeature);
            if (list.contains(value)) {
                throw UNKNOWN; // how EMF keeps a repeated value is left to EMF
            }
            list.add(value);
            textFeature = null;
            return;
        }
        stack.remove(stack.size() - 1);
    }

    @Override
    public void processingInstruction(String target, String data) {
        throw UNKNOWN;
    }

    @Override
    public void skippedEntity(String name) {
        throw UNKNOWN;
    }

    /** Sets the references by id, as EMF's loader resolves them; false if one is not a plain id of this file. */
    private boolean resolve() {
        if (root == null || !stack.isEmpty()) {
            return false;
        }
        for (EObject object : otherIds ? objects : List.<EObject> of()) {
            if (table(object).otherId) {
                String id = EcoreUtil.getID(object);
                if (id != null && ids.put(id, object) != null) {
                    return false;
                }
            }
        }
        for (Pending reference : pending) {
            String value = reference.ids();
            if (!reference.reference().isMany()) {
                EObject target = plainTarget(value, reference.reference(), ids);
                if (target == null) {
                    return false;
                }
                reference.object().eSet(reference.reference(), target);
                continue;
            }
            @SuppressWarnings("unchecked")
            EList<EObject> list = (EList<EObject>) reference.object().eGet(reference.reference());
            StringTokenizer tokens = new StringTokenizer(value);
            if (!tokens.hasMoreTokens()) {
                return false;
            }
            while (tokens.hasMoreTokens()) {
                EObject target = plainTarget(tokens.nextToken(), reference.reference(), ids);
                if (target == null || list.contains(target)) {
                    return false;
                }
                list.add(target);
            }
        }
        return true;
    }

    /** The object {@code id} names, if it is a plain id (no URI, path or type) of an object of the right type. */
    private static EObject plainTarget(String id, EReference reference, Map<String, EObject> ids) {
        if (id.isEmpty()) {
            return null;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c <= ' ' || c == '#' || c == ':' || c == '/' || c == '?' || c == '\u00A0' || Character.isWhitespace(c)) {
                return null;
            }
        }
        EObject target = ids.get(id);
        return target != null && reference.getEReferenceType().isInstance(target) ? target : null;
    }

    /** Whether {@code options} ask for nothing this reader does not do as EMF's loader does. */
    static boolean handles(Map<?, ?> options) {
        for (Object key : options.keySet()) {
            if (!(XMLResource.OPTION_PARSER_FEATURES.equals(key) || XMLResource.OPTION_PARSER_PROPERTIES.equals(key)
                    || XMLResource.OPTION_DEFER_IDREF_RESOLUTION.equals(key) || XMLResource.OPTION_USE_PARSER_POOL.equals(key)
                    || XMLResource.OPTION_USE_DEPRECATED_METHODS.equals(key)
                    || XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP.equals(key)
                    || FramebenchResource.OPTION_SHARED_ASSIGNMENT_STRINGS.equals(key))) {
                return false;
            }
        }
        return true;
    }
}
