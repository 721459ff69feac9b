package org.framebench.interchange.refiqda;

import org.framebench.core.interchange.XmlOut;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.interchange.InterchangeException;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Layer;

/**
 * A Framebench codebook as REFI-QDA codes: each layer a top-level code (not codable) with its codes as children. GUIDs
 * are name-based UUIDs of the ids, so the same codebook always gets the same GUIDs. REFI-QDA has no place for a code's
 * id or shortcut key: they go in a last line of the description, {@code [Framebench: code=S1 key=s]}, which is read
 * back (and is plain to read in ATLAS.ti or MAXQDA).
 */
public final class RefiQdaCodebooks {

    public static final String CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0";
    public static final String PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0";

    private static final Pattern TRAILER = Pattern
            .compile("(?:\\n\\n|^)\\[Framebench: (layer|code)=(\\S+?)(?: key=(\\S))?\\]\\s*$");
    private static final String EXAMPLE = "Example: ";
    private static final String EXAMPLE_SOURCE = "Example source: ";
    private static final String[] PALETTE = { "#E57373", "#64B5F6", "#81C784", "#FFB74D", "#BA68C8", "#4DB6AC",
            "#F06292", "#A1887F", "#90A4AE", "#DCE775" };

    private RefiQdaCodebooks() {
    }

    /** A stable GUID for {@code kind} and {@code id} (a name-based UUID), upper-case as ATLAS.ti writes them. */
    public static String guid(String kind, String id) {
        return UUID.nameUUIDFromBytes(("framebench:" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString()
                .toUpperCase(Locale.ROOT);
    }

    public static String layerGuid(Layer layer) {
        return guid("layer", layer.getId());
    }

    public static String codeGuid(Code code) {
        return guid("code", code.getId());
    }

    static String layerDescription(Layer layer) {
        String text = layer.getDescription() == null ? "" : layer.getDescription();
        return (text.isEmpty() ? "" : text + "\n\n") + "[Framebench: layer=" + layer.getId() + "]";
    }

    static String codeDescription(Code code) {
        StringBuilder text = new StringBuilder();
        if (code.getDefinition() != null && !code.getDefinition().isBlank()) {
            text.append(code.getDefinition());
        }
        if (code.getExample() != null && !code.getExample().isBlank()) {
            text.append(text.isEmpty() ? "" : "\n\n").append(EXAMPLE).append(code.getExample());
        }
        if (code.getExampleSource() != null && !code.getExampleSource().isBlank()) {
            text.append(text.isEmpty() ? "" : "\n\n").append(EXAMPLE_SOURCE).append(code.getExampleSource());
        }
        text.append(text.isEmpty() ? "" : "\n\n").append("[Framebench: code=").append(code.getId());
        String key = code.getShortcutKey();
        if (key != null && key.codePointCount(0, key.length()) == 1 && !Character.isWhitespace(key.codePointAt(0))
                && !"]".equals(key)) {
            text.append(" key=").append(key);
        }
        return text.append(']').toString();
    }

    /** Writes the {@code <Codes>} element (in the current default namespace). */
    static void writeCodes(XmlOut out, Codebook codebook) throws IOException {
        out.start("Codes").newline();
        for (Layer layer : codebook.getLayers()) {
            out.start("Code").attribute("guid", layerGuid(layer)).attribute("name", layer.getLabel())
                    .attribute("isCodable", "false").newline();
            out.element("Description", layerDescription(layer));
            for (Code code : layer.getCodes()) {
                out.start("Code").attribute("guid", codeGuid(code)).attribute("name", code.getLabel())
                        .attribute("isCodable", "true").attribute("color", colour(code.getColour())).newline();
                out.element("Description", codeDescription(code));
                out.end("Code");
            }
            out.end("Code");
        }
        out.end("Codes");
    }

    private static String colour(String colour) {
        return colour != null && colour.matches("#[0-9A-Fa-f]{6}") ? colour.toUpperCase(Locale.ROOT) : null;
    }

    // ------------------------------------------------------------------------------------------------ reading

    /** A code as read: its GUID, and the Framebench code (or layer) it became. */
    record ReadCode(String guid, Code code) {
    }

    /** What a {@code <Codes>} element held: the codebook and each codable code's GUID. */
    record ReadCodebook(Codebook codebook, List<ReadCode> codes) {
    }

    private static final class Node {
        String guid;
        String name;
        String colour;
        boolean codable = true;
        String description;
        int line;
        final List<Node> children = new ArrayList<>();
    }

    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory.createXMLStreamReader(in);
    }

    /** Reads a .qdc file's codebook; {@code name} is the file's name, for messages and the codebook's name. */
    static ReadCodebook readCodebookFile(InputStream in, String name) throws InterchangeException {
        try {
            XMLStreamReader xml = reader(in);
            xml.nextTag();
            if (!"CodeBook".equals(xml.getLocalName()) || !CODEBOOK_NAMESPACE.equals(xml.getNamespaceURI())) {
                throw new InterchangeException(name + " is not a REFI-QDA codebook: its root element is <"
                        + qualified(xml) + ">, not <CodeBook xmlns=\"" + CODEBOOK_NAMESPACE + "\">.");
            }
            List<Node> roots = null;
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if ("Codes".equals(xml.getLocalName())) {
                    roots = readCodes(xml, name);
                } else {
                    skip(xml);
                }
            }
            if (roots == null) {
                throw new InterchangeException(name + ": its <CodeBook> has no <Codes> element.");
            }
            return build(roots, stem(name), name);
        } catch (XMLStreamException e) {
            throw notXml(name, e);
        }
    }

    static InterchangeException notXml(String name, XMLStreamException e) {
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
        String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("^ParseError at \\[.*?\\]\\s*", "")
                .replaceFirst("^Message: ", "");
        return new InterchangeException(name + " is not well-formed XML" + where + ": " + message, e);
    }

    private static String qualified(XMLStreamReader xml) {
        String prefix = xml.getPrefix();
        return (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + xml.getLocalName();
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Reads the {@code <Code>} children of the {@code <Codes>} element the reader stands on. */
    static List<Node> readCodes(XMLStreamReader xml, String file) throws XMLStreamException, InterchangeException {
        List<Node> codes = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if ("Code".equals(xml.getLocalName())) {
                codes.add(readCode(xml, file));
            } else {
                skip(xml);
            }
        }
        return codes;
    }

    private static Node readCode(XMLStreamReader xml, String file) throws XMLStreamException, InterchangeException {
        Node node = new Node();
        node.line = xml.getLocation().getLineNumber();
        node.guid = xml.getAttributeValue(null, "guid");
        node.name = xml.getAttributeValue(null, "name");
        node.colour = xml.getAttributeValue(null, "color");
        String codable = xml.getAttributeValue(null, "isCodable");
        node.codable = codable == null || !"false".equals(codable.strip()) && !"0".equals(codable.strip());
        String where = file + ", line " + node.line + ": <Code" + (node.name == null ? "" : " name=\"" + node.name
                + "\"") + ">";
        if (node.name == null || node.name.isBlank()) {
            throw new InterchangeException(where + " has no name.");
        }
        if (node.guid == null || node.guid.isBlank()) {
            throw new InterchangeException(where + " has no guid.");
        }
        if (node.colour != null && !node.colour.strip().matches("#([0-9A-Fa-f]{6}|[0-9A-Fa-f]{3})")) {
            throw new InterchangeException(where + " has the color \"" + node.colour
                    + "\": REFI-QDA writes a colour #RRGGBB.");
        }
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if ("Description".equals(xml.getLocalName())) {
                node.description = xml.getElementText();
            } else if ("Code".equals(xml.getLocalName())) {
                node.children.add(readCode(xml, file));
            } else {
                skip(xml);
            }
        }
        return node;
    }

    /**
     * Builds the codebook: top-level codes with children are layers, their descendants its codes; top-level codes
     * without children are gathered in one layer "Codes".
     */
    static ReadCodebook build(List<Node> roots, String codebookName, String file) throws InterchangeException {
        if (roots.isEmpty()) {
            throw new InterchangeException(file + ": its <Codes> element holds no <Code>.");
        }
        Codebook codebook = Codebooks.blank();
        codebook.getLayers().clear();
        codebook.setName(codebookName);
        List<ReadCode> codes = new ArrayList<>();
        Set<String> layerIds = new HashSet<>();
        Set<String> codeIds = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Layer loose = null;
        int colours = 0;
        for (Node root : roots) {
            Layer layer;
            List<Node> members = new ArrayList<>();
            if (root.children.isEmpty()) {
                if (loose == null) {
                    loose = FramebenchFactory.eINSTANCE.createLayer();
                    loose.setId(unique("codes", layerIds));
                    loose.setLabel("Codes");
                    codebook.getLayers().add(loose);
                }
                layer = loose;
                members.add(root);
            } else {
                layer = FramebenchFactory.eINSTANCE.createLayer();
                Matcher trailer = TRAILER.matcher(root.description == null ? "" : root.description);
                String id = trailer.find() && "layer".equals(trailer.group(1)) ? trailer.group(2) : slug(root.name);
                layer.setId(unique(id, layerIds));
                layer.setLabel(root.name.strip());
                String description = root.description == null ? null
                        : TRAILER.matcher(root.description).replaceFirst("").strip();
                layer.setDescription(description == null || description.isEmpty() ? null : description);
                codebook.getLayers().add(layer);
                flatten(root.children, members);
            }
            for (Node node : members) {
                Code code = FramebenchFactory.eINSTANCE.createCode();
                String text = node.description == null ? "" : node.description;
                Matcher trailer = TRAILER.matcher(text);
                String id = null;
                String key = null;
                if (trailer.find() && "code".equals(trailer.group(1))) {
                    id = trailer.group(2);
                    key = trailer.group(3);
                    text = text.substring(0, trailer.start());
                }
                code.setId(unique(id != null ? id : slug(node.name), codeIds));
                code.setLabel(node.name.strip());
                String example = null;
                String exampleSource = null;
                List<String> definition = new ArrayList<>();
                for (String paragraph : text.split("\n\n")) {
                    if (paragraph.startsWith(EXAMPLE)) {
                        example = paragraph.substring(EXAMPLE.length());
                    } else if (paragraph.startsWith(EXAMPLE_SOURCE)) {
                        exampleSource = paragraph.substring(EXAMPLE_SOURCE.length());
                    } else if (!paragraph.isBlank()) {
                        definition.add(paragraph);
                    }
                }
                code.setDefinition(definition.isEmpty() ? null : String.join("\n\n", definition));
                code.setExample(example);
                code.setExampleSource(exampleSource);
                code.setColour(node.colour != null ? expand(node.colour.strip()) : PALETTE[colours++ % PALETTE.length]);
                if (key != null && keys.add(key.toLowerCase(Locale.ROOT))) {
                    code.setShortcutKey(key);
                }
                layer.getCodes().add(code);
                codes.add(new ReadCode(node.guid.strip(), code));
            }
        }
        return new ReadCodebook(codebook, codes);
    }

    private static void flatten(List<Node> nodes, List<Node> into) {
        for (Node node : nodes) {
            into.add(node);
            flatten(node.children, into);
        }
    }

    private static String expand(String colour) {
        String hex = colour.substring(1);
        if (hex.length() == 3) {
            hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
        }
        return "#" + hex.toUpperCase(Locale.ROOT);
    }

    private static String slug(String name) {
        String slug = name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "code" : slug;
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
