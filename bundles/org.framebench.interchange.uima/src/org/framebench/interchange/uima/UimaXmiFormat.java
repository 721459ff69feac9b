package org.framebench.interchange.uima;

import org.framebench.core.interchange.XmlOut;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.AtomicFiles;
import org.framebench.core.document.Documents;
import org.framebench.core.interchange.ImportResult;
import org.framebench.core.interchange.InterchangeException;
import org.framebench.core.interchange.InterchangeFormat;
import org.framebench.core.interchange.InterchangeReport;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Layer;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.TextRegion;
import org.framebench.interchange.uima.UimaTypes.AttributeFeature;
import org.framebench.interchange.uima.UimaTypes.LayerType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * UIMA CAS XMI with its TypeSystem.xml, as INCEpTION ("UIMA CAS XMI"), DKPro Core and uimaj-core read and write it.
 * The export is a folder: {@code TypeSystem.xml} and one {@code <articleId>.xmi} per article, whose sofa is the
 * article's body text (offsets are UTF-16 units in both UIMA and Framebench). A CAS holds one text, so links between
 * articles, and annotations in headlines, cannot be written: the report lists them.
 */
public class UimaXmiFormat implements InterchangeFormat {

    public static final String ID = "uima";
    public static final String TYPE_SYSTEM_FILE = "TypeSystem.xml";
    public static final String XMI_SUFFIX = ".xmi";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "UIMA CAS XMI (INCEpTION, DKPro)";
    }

    @Override
    public String targetDescription() {
        return "folder";
    }

    // ------------------------------------------------------------------------------------------------ export

    @Override
    public InterchangeReport exportDocument(AnnotationDocument document, Path target) throws InterchangeException {
        if (document.getAssignment() == null || document.getAssignment().getCodebook() == null) {
            throw new InterchangeException("The document has no assignment with a codebook to export.");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InterchangeException(target + " is a file; UIMA CAS XMI is exported into a folder.");
        }
        Codebook codebook = document.getAssignment().getCodebook();
        UimaTypes types = new UimaTypes(codebook);
        List<String> losses = new ArrayList<>();
        Map<Article, List<Annotation>> byArticle = new LinkedHashMap<>();
        for (Article article : document.getAssignment().getArticles()) {
            byArticle.put(article, new ArrayList<>());
        }
        int headline = 0;
        int uncoded = 0;
        for (Annotation annotation : document.getAnnotations()) {
            if (TextAnchors.inHeadline(annotation)) {
                headline++;
            } else if (annotation.getCode() == null || annotation.getCode().getLayer() == null
                    || !byArticle.containsKey(annotation.getArticle())) {
                uncoded++;
            } else {
                byArticle.get(annotation.getArticle()).add(annotation);
            }
        }
        if (headline > 0) {
            losses.add(headline + (headline == 1 ? " annotation lies" : " annotations lie")
                    + " in a headline: a CAS holds the article's body text only, so they were left out.");
        }
        if (uncoded > 0) {
            losses.add(uncoded + (uncoded == 1 ? " annotation has" : " annotations have")
                    + " no code or article and were left out.");
        }
        Map<Article, List<Link>> linksByArticle = new HashMap<>();
        int across = 0;
        int unwritable = 0;
        for (Link link : document.getLinks()) {
            Annotation source = link.getSource();
            Annotation target2 = link.getTarget();
            if (source == null || target2 == null) {
                unwritable++;
            } else if (source.getArticle() != target2.getArticle()) {
                across++;
            } else if (TextAnchors.inHeadline(source) || TextAnchors.inHeadline(target2)
                    || !byArticle.getOrDefault(source.getArticle(), List.of()).contains(source)
                    || !byArticle.getOrDefault(source.getArticle(), List.of()).contains(target2)) {
                unwritable++;
            } else {
                linksByArticle.computeIfAbsent(source.getArticle(), a -> new ArrayList<>()).add(link);
            }
        }
        if (across > 0) {
            losses.add(across + (across == 1 ? " link joins annotations" : " links join annotations")
                    + " in different articles: one CAS holds one article, so they were left out.");
        }
        if (unwritable > 0) {
            losses.add(unwritable + (unwritable == 1 ? " link touches" : " links touch")
                    + " an annotation that was left out, so it was left out too.");
        }

        Map<String, Writing> files = new LinkedHashMap<>();
        files.put(TYPE_SYSTEM_FILE, out -> writeTypeSystem(types, out));
        int annotations = 0;
        int links = 0;
        Map<String, Article> names = new HashMap<>();
        for (Map.Entry<Article, List<Annotation>> entry : byArticle.entrySet()) {
            Article article = entry.getKey();
            if (article.getText() == null) {
                continue;
            }
            String name = fileName(article, names);
            List<Annotation> spans = entry.getValue();
            List<Link> articleLinks = linksByArticle.getOrDefault(article, List.of());
            annotations += spans.size();
            links += articleLinks.size();
            files.put(name, out -> writeXmi(document, article, spans, articleLinks, types, out));
        }
        List<Path> written = writeFolder(target, files);
        return new InterchangeReport(written, annotations, links, losses);
    }

    private static String fileName(Article article, Map<String, Article> names) {
        String base = article.getId() == null ? "article" : article.getId().replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty() || base.startsWith(".")) {
            base = "article" + base;
        }
        String name = base;
        for (int n = 2; names.putIfAbsent(name, article) != null; n++) {
            name = base + "-" + n;
        }
        return name + XMI_SUFFIX;
    }

    @FunctionalInterface
    private interface Writing {
        void write(Writer out) throws IOException;
    }

    /**
     * Writes every file into a fresh folder beside {@code target} first, so a failure leaves {@code target} as it
     * was; then moves each whole file into place.
     */
    private static List<Path> writeFolder(Path target, Map<String, Writing> files) throws InterchangeException {
        Path absolute = target.toAbsolutePath();
        Path staging = null;
        try {
            Files.createDirectories(absolute.getParent());
            staging = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".tmp");
            for (Map.Entry<String, Writing> file : files.entrySet()) {
                try (Writer out = new BufferedWriter(new OutputStreamWriter(
                        Files.newOutputStream(staging.resolve(file.getKey())), StandardCharsets.UTF_8), 64 * 1024)) {
                    file.getValue().write(out);
                }
            }
            Files.createDirectories(absolute);
            List<Path> written = new ArrayList<>();
            for (String name : files.keySet()) {
                Path destination = absolute.resolve(name);
                Path staged = staging.resolve(name);
                AtomicFiles.write(destination, out -> Files.copy(staged, out), false);
                written.add(destination);
            }
            return written;
        } catch (IOException e) {
            throw new InterchangeException("The UIMA files could not be written to " + target + ": "
                    + AtomicFiles.describe(e), e);
        } finally {
            deleteQuietly(staging);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // a left-over hidden staging folder is harmless
        }
    }

    static void writeTypeSystem(UimaTypes types, Writer writer) throws IOException {
        XmlOut out = new XmlOut(writer);
        out.declaration();
        out.start("typeSystemDescription").attribute("xmlns", "http://uima.apache.org/resourceSpecifier").newline();
        out.element("name", "Framebench");
        out.element("description", "The types of a Framebench codebook: one span type per layer, a relation type"
                + " for links, and DKPro's DocumentMetaData.");
        out.element("version", "1.0");
        out.element("vendor", "Framebench");
        out.start("types").newline();
        type(out, UimaTypes.SPAN, "A Framebench annotation (the layer types below are its kinds).",
                "uima.tcas.Annotation", List.of());
        for (LayerType layer : types.layerTypes()) {
            List<String[]> features = new ArrayList<>();
            features.add(new String[] { UimaTypes.FEATURE_CODE, "The code's id in the codebook.", "uima.cas.String" });
            features.add(new String[] { UimaTypes.FEATURE_LABEL, "The code's label.", "uima.cas.String" });
            features.add(new String[] { UimaTypes.FEATURE_NOTE, "The annotator's note (why).", "uima.cas.String" });
            for (AttributeFeature attribute : layer.attributes().values()) {
                features.add(new String[] { attribute.feature(), attribute.description(), "uima.cas.String" });
            }
            String description = layer.layer().getLabel() == null ? layer.shortName() : layer.layer().getLabel();
            if (layer.layer().getDescription() != null && !layer.layer().getDescription().isBlank()) {
                description += ": " + layer.layer().getDescription();
            }
            type(out, layer.name(), description, UimaTypes.SPAN, features);
        }
        type(out, UimaTypes.LINK, "A link between two annotations of one article.", "uima.tcas.Annotation",
                List.of(new String[] { UimaTypes.FEATURE_GOVERNOR, "The link's source.", UimaTypes.SPAN },
                        new String[] { UimaTypes.FEATURE_DEPENDENT, "The link's target.", UimaTypes.SPAN },
                        new String[] { UimaTypes.FEATURE_KIND,
                                "One of: " + org.framebench.core.interchange.InterchangeDocuments.linkKindLiterals() + ".",
                                "uima.cas.String" },
                        new String[] { UimaTypes.FEATURE_NOTE, "The annotator's note on the link.",
                                "uima.cas.String" }));
        type(out, UimaTypes.METADATA, "Which document the CAS holds (DKPro Core's type).",
                "uima.tcas.DocumentAnnotation",
                List.of(new String[] { "documentTitle", "The article's title.", "uima.cas.String" },
                        new String[] { "documentId", "The article's id.", "uima.cas.String" },
                        new String[] { "documentUri", "", "uima.cas.String" },
                        new String[] { "collectionId", "The assignment's id.", "uima.cas.String" },
                        new String[] { "documentBaseUri", "", "uima.cas.String" },
                        new String[] { "isLastSegment", "", "uima.cas.Boolean" }));
        out.end("types");
        out.end("typeSystemDescription");
    }

    private static void type(XmlOut out, String name, String description, String supertype, List<String[]> features)
            throws IOException {
        out.start("typeDescription").newline();
        out.element("name", name);
        out.element("description", description);
        out.element("supertypeName", supertype);
        if (!features.isEmpty()) {
            out.start("features").newline();
            for (String[] feature : features) {
                out.start("featureDescription").newline();
                out.element("name", feature[0]);
                out.element("description", feature[1]);
                out.element("rangeTypeName", feature[2]);
                out.end("featureDescription");
            }
            out.end("features");
        }
        out.end("typeDescription");
    }

    private static void writeXmi(AnnotationDocument document, Article article, List<Annotation> spans,
            List<Link> links, UimaTypes types, Writer writer) throws IOException {
        XmlOut out = new XmlOut(writer);
        out.declaration();
        out.start("xmi:XMI").attribute("xmlns:xmi", UimaTypes.XMI_NAMESPACE)
                .attribute("xmlns:cas", UimaTypes.CAS_NAMESPACE).attribute("xmlns:tcas", UimaTypes.TCAS_NAMESPACE)
                .attribute("xmlns:type", UimaTypes.NAMESPACE).attribute("xmlns:type2", UimaTypes.METADATA_NAMESPACE)
                .attribute("xmi:version", "2.0").newline();
        int sofa = 1;
        out.start("cas:NULL").attribute("xmi:id", 0).empty();
        int nextId = 2;
        StringBuilder members = new StringBuilder();
        int metadata = nextId++;
        members.append(metadata);
        String text = article.getText();
        out.start("type2:DocumentMetaData").attribute("xmi:id", metadata).attribute("sofa", sofa)
                .attribute("begin", 0).attribute("end", text.length()).attribute("language", "x-unspecified")
                .attribute("documentTitle", article.getTitle()).attribute("documentId", article.getId())
                .attribute("collectionId", document.getAssignment().getId()).attribute("isLastSegment", "false")
                .empty();
        Map<Annotation, Integer> ids = new IdentityHashMap<>();
        for (Annotation annotation : spans) {
            int id = nextId++;
            ids.put(annotation, id);
            members.append(' ').append(id);
            Code code = annotation.getCode();
            LayerType layer = types.of(code.getLayer());
            XmlOut element = out.start("type:" + layer.shortName()).attribute("xmi:id", id).attribute("sofa", sofa)
                    .attribute("begin", annotation.getBegin()).attribute("end", annotation.getEnd())
                    .attribute(UimaTypes.FEATURE_CODE, code.getId()).attribute(UimaTypes.FEATURE_LABEL, code.getLabel())
                    .attribute(UimaTypes.FEATURE_NOTE, annotation.getNote());
            for (AttributeValue value : annotation.getAttributeValues()) {
                AttributeFeature feature = layer.attributes().get(value.getKey());
                if (feature != null) {
                    element.attribute(feature.feature(), value.getValue());
                }
            }
            element.empty();
        }
        for (Link link : links) {
            int id = nextId++;
            members.append(' ').append(id);
            Annotation dependent = link.getTarget();
            out.start("type:Link").attribute("xmi:id", id).attribute("sofa", sofa)
                    .attribute("begin", dependent.getBegin()).attribute("end", dependent.getEnd())
                    .attribute(UimaTypes.FEATURE_GOVERNOR, ids.get(link.getSource()))
                    .attribute(UimaTypes.FEATURE_DEPENDENT, ids.get(dependent))
                    .attribute(UimaTypes.FEATURE_KIND, link.getKind() == null ? null : link.getKind().getLiteral())
                    .attribute(UimaTypes.FEATURE_NOTE, link.getNote()).empty();
        }
        out.start("cas:Sofa").attribute("xmi:id", sofa).attribute("sofaNum", 1).attribute("sofaID", "_InitialView")
                .attribute("mimeType", "text/plain").attribute("sofaString", text).empty();
        out.start("cas:View").attribute("sofa", sofa).attribute("members", members).empty();
        out.end("xmi:XMI");
    }

    // ------------------------------------------------------------------------------------------------ import

    @Override
    public ImportResult importDocument(Path source, AnnotationDocument template) throws InterchangeException {
        if (template.getAssignment() == null || template.getAssignment().getCodebook() == null) {
            throw new InterchangeException("The open document has no assignment to import annotations into.");
        }
        if (Files.isRegularFile(source) && source.getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".zip")) {
            return importZip(source, template);
        }
        List<Path> xmiFiles = new ArrayList<>();
        Path folder;
        if (Files.isDirectory(source)) {
            folder = source;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(source, "*" + XMI_SUFFIX)) {
                entries.forEach(xmiFiles::add);
            } catch (IOException e) {
                throw new InterchangeException("The folder " + source + " could not be read: "
                        + AtomicFiles.describe(e), e);
            }
            List<String> order = template.getAssignment().getArticles().stream().map(Article::getId).toList();
            xmiFiles.sort(Comparator.<Path>comparingInt(p -> {
                int at = order.indexOf(p.getFileName().toString().replaceFirst("\\.xmi$", ""));
                return at < 0 ? Integer.MAX_VALUE : at;
            }).thenComparing(Path::toString));
            if (xmiFiles.isEmpty()) {
                throw new InterchangeException("The folder " + source + " holds no .xmi file.");
            }
        } else if (Files.isRegularFile(source)) {
            folder = source.toAbsolutePath().getParent();
            xmiFiles.add(source);
        } else {
            throw new InterchangeException(source + " does not exist.");
        }
        Map<String, String> supertypes = readTypeSystem(folder.resolve(TYPE_SYSTEM_FILE));

        AnnotationDocument result = Documents.newDocument(template.getAssignment(), template.getRole());
        result.setAnnotatorName(template.getAnnotatorName());
        result.setAnnotatorId(template.getAnnotatorId());
        Codebook codebook = result.getAssignment().getCodebook();
        UimaTypes types = new UimaTypes(codebook);
        List<String> losses = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        Map<String, Integer> foreign = new TreeMap<>();
        for (Path file : xmiFiles) {
            importXmi(file, result, codebook, types, supertypes, losses, foreign);
            read.add(file);
        }
        for (Map.Entry<String, Integer> entry : foreign.entrySet()) {
            losses.add(entry.getValue() + " annotation" + (entry.getValue() == 1 ? "" : "s") + " of the type "
                    + entry.getKey() + ", which is not a layer of this codebook, left out.");
        }
        return new ImportResult(result, new InterchangeReport(read, result.getAnnotations().size(),
                result.getLinks().size(), losses));
    }

    /**
     * A ZIP as INCEpTION exports a document ("UIMA CAS XMI"): its .xmi files and TypeSystem.xml, in any folder of the
     * archive, are unpacked into a temporary folder (by their own names only) and read from there.
     */
    private ImportResult importZip(Path zipFile, AnnotationDocument template) throws InterchangeException {
        Path staging = null;
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
            staging = Files.createTempDirectory("framebench-uima");
            boolean any = false;
            for (var entries = zip.entries(); entries.hasMoreElements();) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (entry.isDirectory() || !(name.endsWith(XMI_SUFFIX) || name.equals(TYPE_SYSTEM_FILE))
                        || name.startsWith(".") || name.contains("\\")) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, staging.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                any |= name.endsWith(XMI_SUFFIX);
            }
            if (!any) {
                throw new InterchangeException(zipFile.getFileName() + " holds no .xmi file.");
            }
            ImportResult result = importDocument(staging, template);
            InterchangeReport report = result.report();
            return new ImportResult(result.document(), new InterchangeReport(List.of(zipFile), report.annotations(),
                    report.links(), report.losses()));
        } catch (java.util.zip.ZipException e) {
            throw new InterchangeException(zipFile.getFileName() + " is not a ZIP archive.", e);
        } catch (IOException e) {
            throw new InterchangeException(zipFile.getFileName() + " could not be read: " + AtomicFiles.describe(e),
                    e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /** Type name to supertype name from TypeSystem.xml; empty when there is none. */
    private static Map<String, String> readTypeSystem(Path file) throws InterchangeException {
        Map<String, String> supertypes = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return supertypes;
        }
        Document xml = parse(file);
        Element root = xml.getDocumentElement();
        if (!"typeSystemDescription".equals(root.getLocalName())) {
            throw new InterchangeException(file.getFileName() + " is not a UIMA type system: its root element is <"
                    + root.getTagName() + ">, not <typeSystemDescription>.");
        }
        for (Element type : children(root, "types", "typeDescription")) {
            String name = childText(type, "name");
            String supertype = childText(type, "supertypeName");
            if (name == null || name.isBlank()) {
                throw new InterchangeException(file.getFileName() + ": a <typeDescription> has no <name>.");
            }
            supertypes.put(name.strip(), supertype == null ? "uima.cas.TOP" : supertype.strip());
        }
        return supertypes;
    }

    private static List<Element> children(Element parent, String wrapper, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element wrap && wrapper.equals(wrap.getLocalName())) {
                for (Node m = wrap.getFirstChild(); m != null; m = m.getNextSibling()) {
                    if (m instanceof Element e && name.equals(e.getLocalName())) {
                        found.add(e);
                    }
                }
            }
        }
        return found;
    }

    private static String childText(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return null;
    }

    private static boolean isSpanType(String typeName, Map<String, String> supertypes) {
        String current = typeName;
        for (int depth = 0; current != null && depth < 50; depth++) {
            if (UimaTypes.SPAN.equals(current)) {
                return true;
            }
            current = supertypes.get(current);
        }
        return false;
    }

    private static void importXmi(Path file, AnnotationDocument result, Codebook codebook, UimaTypes types,
            Map<String, String> supertypes, List<String> losses, Map<String, Integer> foreign)
            throws InterchangeException {
        String fileName = file.getFileName().toString();
        Element root = parse(file).getDocumentElement();
        if (!UimaTypes.XMI_NAMESPACE.equals(root.getNamespaceURI()) || !"XMI".equals(root.getLocalName())) {
            throw new InterchangeException(fileName + " is not a UIMA CAS XMI file: its root element is <"
                    + root.getTagName() + ">, not <xmi:XMI>.");
        }
        // The sofa (the text) and the DocumentMetaData say which article this is.
        Element sofa = null;
        String documentId = null;
        List<Element> elements = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element element)) {
                continue;
            }
            String ns = element.getNamespaceURI();
            if (UimaTypes.CAS_NAMESPACE.equals(ns) && "Sofa".equals(element.getLocalName())) {
                String id = element.getAttribute("sofaID");
                if (sofa == null || "_InitialView".equals(id)) {
                    sofa = element;
                }
            } else if ("DocumentMetaData".equals(element.getLocalName())) {
                documentId = element.hasAttribute("documentId") ? element.getAttribute("documentId") : null;
            } else if (ns != null && !UimaTypes.CAS_NAMESPACE.equals(ns) && !UimaTypes.TCAS_NAMESPACE.equals(ns)) {
                elements.add(element);
            }
        }
        if (sofa == null) {
            throw new InterchangeException(fileName + " has no <cas:Sofa> element: it holds no text to anchor"
                    + " annotations in.");
        }
        if (!sofa.hasAttribute("sofaString")) {
            throw new InterchangeException(fileName + ": its <cas:Sofa xmi:id=\"" + sofa.getAttributeNS(
                    UimaTypes.XMI_NAMESPACE, "id") + "\"> has no sofaString (a text kept elsewhere cannot be read).");
        }
        String sofaId = sofa.getAttributeNS(UimaTypes.XMI_NAMESPACE, "id");
        String text = sofa.getAttribute("sofaString");
        String stem = fileName.endsWith(XMI_SUFFIX) ? fileName.substring(0, fileName.length() - XMI_SUFFIX.length())
                : fileName;
        Article article = findArticle(result, documentId, stem, text);
        if (article == null) {
            throw new InterchangeException(fileName + " is about none of the assignment's articles: no article has"
                    + " the id \"" + (documentId != null ? documentId : stem) + "\" or its text.");
        }
        String articleText = article.getText();
        boolean sameText = text.equals(articleText);

        Map<String, Annotation> byXmiId = new HashMap<>();
        List<Element> linkElements = new ArrayList<>();
        int moved = 0;
        for (Element element : elements) {
            String local = element.getLocalName();
            String typeName = typeName(element);
            if (UimaTypes.LINK.equals(typeName) || UimaTypes.NAMESPACE.equals(element.getNamespaceURI())
                    && "Link".equals(local)) {
                linkElements.add(element);
                continue;
            }
            LayerType layerType = types.byShortName(local);
            boolean ours = UimaTypes.NAMESPACE.equals(element.getNamespaceURI()) || isSpanType(typeName, supertypes);
            if (!ours && (layerType == null || !element.hasAttribute(UimaTypes.FEATURE_CODE))) {
                foreign.merge(typeName, 1, Integer::sum);
                continue;
            }
            String name = describe(element);
            if (element.hasAttribute("sofa") && !element.getAttribute("sofa").equals(sofaId)) {
                losses.add(fileName + ": " + name + " lies in another view of the CAS and was left out.");
                continue;
            }
            int begin = number(fileName, element, name, "begin");
            int end = number(fileName, element, name, "end");
            if (begin < 0 || end > text.length() || begin >= end) {
                throw new InterchangeException(fileName + ": " + name + " spans [" + begin + ", " + end
                        + "), outside the " + text.length() + " characters of its text.");
            }
            Code code = null;
            String codeId = element.getAttribute(UimaTypes.FEATURE_CODE);
            if (!codeId.isEmpty()) {
                code = Codebooks.findById(codebook, codeId).orElse(null);
            }
            if (code == null && element.hasAttribute(UimaTypes.FEATURE_LABEL) && layerType != null) {
                String label = element.getAttribute(UimaTypes.FEATURE_LABEL);
                code = layerType.layer().getCodes().stream().filter(c -> label.equals(c.getLabel())).findFirst()
                        .orElse(null);
            }
            if (code == null) {
                losses.add(fileName + ": " + name + " has the code \"" + codeId + "\", which this codebook does not"
                        + " have; left out.");
                continue;
            }
            if (!sameText && (end > articleText.length()
                    || !text.substring(begin, end).equals(articleText.substring(begin, end)))) {
                moved++;
                continue;
            }
            Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
            annotation.setId(Documents.newId());
            TextAnchors.anchor(annotation, article, TextRegion.BODY, begin, end);
            annotation.setCode(code);
            Date now = new Date();
            annotation.setCreated(now);
            annotation.setModified(now);
            String note = element.getAttribute(UimaTypes.FEATURE_NOTE);
            annotation.setNote(note.isEmpty() ? null : note);
            LayerType codeLayer = types.of(code.getLayer());
            for (AttributeDefinition definition : code.getAttributes()) {
                AttributeFeature feature = codeLayer.attributes().get(definition.getId());
                if (feature != null && element.hasAttribute(feature.feature())
                        && !element.getAttribute(feature.feature()).isEmpty()) {
                    AttributeValue value = FramebenchFactory.eINSTANCE.createAttributeValue();
                    value.setKey(definition.getId());
                    value.setValue(element.getAttribute(feature.feature()));
                    annotation.getAttributeValues().add(value);
                }
            }
            result.getAnnotations().add(annotation);
            byXmiId.put(element.getAttributeNS(UimaTypes.XMI_NAMESPACE, "id"), annotation);
        }
        if (moved > 0) {
            losses.add(fileName + ": " + moved + " annotation" + (moved == 1 ? "" : "s") + " cover text that is not"
                    + " at the same place in article \"" + article.getId() + "\" (its text differs); left out.");
        }
        for (Element element : linkElements) {
            String name = describe(element);
            Annotation governor = byXmiId.get(element.getAttribute(UimaTypes.FEATURE_GOVERNOR));
            Annotation dependent = byXmiId.get(element.getAttribute(UimaTypes.FEATURE_DEPENDENT));
            if (governor == null || dependent == null) {
                losses.add(fileName + ": " + name + " joins an annotation that was not imported; left out.");
                continue;
            }
            Link link = FramebenchFactory.eINSTANCE.createLink();
            link.setId(Documents.newId());
            link.setSource(governor);
            link.setTarget(dependent);
            String kind = element.getAttribute(UimaTypes.FEATURE_KIND);
            LinkKind linkKind = LinkKind.get(kind);
            if (linkKind == null) {
                linkKind = LinkKind.SAME_STATEMENT;
                if (!kind.isEmpty()) {
                    losses.add(fileName + ": " + name + " has the kind \"" + kind + "\", which Framebench does not"
                            + " know; imported as " + linkKind.getLiteral() + ".");
                }
            }
            link.setKind(linkKind);
            String note = element.getAttribute(UimaTypes.FEATURE_NOTE);
            link.setNote(note.isEmpty() ? null : note);
            link.setCreated(new Date());
            result.getLinks().add(link);
        }
    }

    private static Article findArticle(AnnotationDocument document, String documentId, String stem, String text) {
        List<Article> articles = document.getAssignment().getArticles();
        for (String id : new String[] { documentId, stem }) {
            if (id != null) {
                for (Article article : articles) {
                    if (id.equals(article.getId())) {
                        return article;
                    }
                }
            }
        }
        return articles.stream().filter(article -> text.equals(article.getText())).findFirst().orElse(null);
    }

    /** The UIMA type name of an XMI element: its namespace (http:///a/b/c.ecore) and local name give a.b.c.Local. */
    private static String typeName(Element element) {
        String ns = element.getNamespaceURI();
        if (ns == null || !ns.startsWith("http:///") || !ns.endsWith(".ecore")) {
            return element.getTagName();
        }
        return ns.substring("http:///".length(), ns.length() - ".ecore".length()).replace('/', '.') + "."
                + element.getLocalName();
    }

    private static String describe(Element element) {
        String id = element.getAttributeNS(UimaTypes.XMI_NAMESPACE, "id");
        return "<" + element.getTagName() + (id.isEmpty() ? "" : " xmi:id=\"" + id + "\"") + ">";
    }

    private static int number(String file, Element element, String name, String attribute)
            throws InterchangeException {
        String value = element.getAttribute(attribute);
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InterchangeException(file + ": " + name + " has " + attribute + "=\"" + value
                    + "\", which is not a whole number.");
        }
    }

    private static Document parse(Path file) throws InterchangeException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            try (InputStream in = Files.newInputStream(file)) {
                return builder.parse(in, file.toUri().toString());
            }
        } catch (SAXParseException e) {
            throw new InterchangeException(file.getFileName() + " is not well-formed XML (line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + "): " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new InterchangeException(file.getFileName() + " is not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InterchangeException(file.getFileName() + " could not be read: " + AtomicFiles.describe(e), e);
        } catch (ParserConfigurationException e) {
            throw new InterchangeException("No XML parser is available: " + e.getMessage(), e);
        }
    }
}
