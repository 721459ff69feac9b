package org.framebench.interchange.refiqda;

import org.framebench.core.interchange.XmlOut;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.TextRegion;
import org.framebench.core.codebook.Codebooks;

/**
 * REFI-QDA, the exchange standard of ATLAS.ti, MAXQDA, NVivo and QualCoder: a codebook on its own as {@code .qdc},
 * and a document as a {@code .qdpx} project (a ZIP holding {@code project.qde} and the articles' texts under
 * {@code Sources/}): the articles are TextSources, each annotation a PlainTextSelection coded with its code, the
 * annotator the project's user, links REFI-QDA Links with their notes as Notes. Positions in REFI-QDA count Unicode
 * characters (code points); Framebench's count UTF-16 units, and are converted both ways.
 */
public class RefiQdaFormat implements InterchangeFormat {

    public static final String ID = "refiqda";
    public static final String PROJECT_ENTRY = "project.qde";
    public static final String SOURCES = "Sources/";
    static final String ATTRIBUTES = "[Framebench attributes]";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "REFI-QDA (ATLAS.ti, MAXQDA, NVivo, QualCoder)";
    }

    @Override
    public String targetDescription() {
        return ".qdpx";
    }

    @Override
    public boolean carriesCodebook() {
        return true;
    }

    private static String origin() {
        return Documents.TOOL_VERSION;
    }

    // ------------------------------------------------------------------------------------------------ codebook

    @Override
    public InterchangeReport exportCodebook(Codebook codebook, Path target) throws InterchangeException {
        try {
            AtomicFiles.write(target, out -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(shield(out), StandardCharsets.UTF_8));
                writeCodebook(codebook, writer);
                writer.flush();
            }, false);
        } catch (IOException e) {
            throw new InterchangeException("The codebook could not be written to " + target + ": "
                    + AtomicFiles.describe(e), e);
        }
        return new InterchangeReport(List.of(target), 0, 0, codebookLosses(codebook));
    }

    static void writeCodebook(Codebook codebook, Writer writer) throws IOException {
        XmlOut out = new XmlOut(writer);
        out.declaration();
        out.start("CodeBook").attribute("xmlns", RefiQdaCodebooks.CODEBOOK_NAMESPACE).attribute("origin", origin())
                .newline();
        RefiQdaCodebooks.writeCodes(out, codebook);
        out.end("CodeBook");
    }

    private static List<String> codebookLosses(Codebook codebook) {
        List<String> losses = new ArrayList<>();
        int attributes = 0;
        for (Code code : Codebooks.allCodes(codebook)) {
            attributes += code.getAttributes().size();
        }
        if (attributes > 0) {
            losses.add(attributes + " attribute definition" + (attributes == 1 ? "" : "s")
                    + " of codes: a REFI-QDA codebook has no place for them.");
        }
        if (!codebook.getReferences().isEmpty()) {
            losses.add(codebook.getReferences().size() + " literature reference"
                    + (codebook.getReferences().size() == 1 ? "" : "s") + ": a REFI-QDA codebook has no place for them.");
        }
        return losses;
    }

    @Override
    public Codebook importCodebook(Path source) throws InterchangeException {
        String name = source.getFileName().toString();
        try (InputStream in = Files.newInputStream(source)) {
            return RefiQdaCodebooks.readCodebookFile(in, name).codebook();
        } catch (NoSuchFileException e) {
            throw new InterchangeException(source + " does not exist.", e);
        } catch (IOException e) {
            throw new InterchangeException(name + " could not be read: " + AtomicFiles.describe(e), e);
        }
    }

    // ------------------------------------------------------------------------------------------------ project

    @Override
    public InterchangeReport exportDocument(AnnotationDocument document, Path target) throws InterchangeException {
        if (document.getAssignment() == null || document.getAssignment().getCodebook() == null) {
            throw new InterchangeException("The document has no assignment with a codebook to export.");
        }
        List<String> losses = new ArrayList<>(codebookLosses(document.getAssignment().getCodebook()));
        Map<Article, List<Annotation>> byArticle = new LinkedHashMap<>();
        for (Article article : document.getAssignment().getArticles()) {
            if (article.getText() != null) {
                byArticle.put(article, new ArrayList<>());
            }
        }
        int headline = 0;
        int other = 0;
        for (Annotation annotation : document.getAnnotations()) {
            if (TextAnchors.inHeadline(annotation)) {
                headline++;
            } else if (annotation.getCode() == null || !byArticle.containsKey(annotation.getArticle())) {
                other++;
            } else {
                byArticle.get(annotation.getArticle()).add(annotation);
            }
        }
        if (headline > 0) {
            losses.add(headline + (headline == 1 ? " annotation lies" : " annotations lie") + " in a headline: a"
                    + " REFI-QDA text source is the article's body text, so they were left out.");
        }
        if (other > 0) {
            losses.add(other + (other == 1 ? " annotation has" : " annotations have") + " no code or article;"
                    + " left out.");
        }
        List<Link> links = new ArrayList<>();
        int dropped = 0;
        for (Link link : document.getLinks()) {
            if (written(byArticle, link.getSource()) && written(byArticle, link.getTarget())) {
                links.add(link);
            } else {
                dropped++;
            }
        }
        if (dropped > 0) {
            losses.add(dropped + (dropped == 1 ? " link touches" : " links touch")
                    + " an annotation that was left out, so it was left out too.");
        }
        int annotations = byArticle.values().stream().mapToInt(List::size).sum();
        try {
            AtomicFiles.write(target, out -> writeProject(document, byArticle, links, out), false);
        } catch (IOException e) {
            throw new InterchangeException("The project could not be written to " + target + ": "
                    + AtomicFiles.describe(e), e);
        }
        return new InterchangeReport(List.of(target), annotations, links.size(), losses);
    }

    private static boolean written(Map<Article, List<Annotation>> byArticle, Annotation annotation) {
        return annotation != null && byArticle.containsKey(annotation.getArticle())
                && !TextAnchors.inHeadline(annotation) && annotation.getCode() != null;
    }

    static String sourceGuid(AnnotationDocument document, Article article) {
        return RefiQdaCodebooks.guid("article", document.getAssignment().getId() + "/" + article.getId());
    }

    private static String userGuid(AnnotationDocument document) {
        String who = document.getAnnotatorId() != null ? document.getAnnotatorId()
                : document.getAnnotatorName() != null ? document.getAnnotatorName() : document.getId();
        return RefiQdaCodebooks.guid("user", String.valueOf(who));
    }

    private static String time(Date date) {
        return date == null ? null : date.toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Entries get a fixed time so that exporting the same document twice gives the same bytes. */
    private static final long ENTRY_TIME = Instant.parse("2020-01-01T00:00:00Z").toEpochMilli();

    private static void writeProject(AnnotationDocument document, Map<Article, List<Annotation>> byArticle,
            List<Link> links, OutputStream stream) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(shield(stream), StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(PROJECT_ENTRY);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        Writer writer = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
        writeProjectXml(document, byArticle, links, writer);
        writer.flush();
        zip.closeEntry();
        for (Article article : byArticle.keySet()) {
            ZipEntry text = new ZipEntry(SOURCES + sourceGuid(document, article) + ".txt");
            text.setTime(ENTRY_TIME);
            zip.putNextEntry(text);
            zip.write(article.getText().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
    }

    static void writeProjectXml(AnnotationDocument document, Map<Article, List<Annotation>> byArticle,
            List<Link> links, Writer writer) throws IOException {
        String user = userGuid(document);
        Codebook codebook = document.getAssignment().getCodebook();
        XmlOut out = new XmlOut(writer);
        out.declaration();
        String title = document.getAssignment().getTitle();
        out.start("Project").attribute("xmlns", RefiQdaCodebooks.PROJECT_NAMESPACE)
                .attribute("name", title != null ? title : String.valueOf(document.getAssignment().getId()))
                .attribute("origin", origin()).attribute("creatingUserGUID", user)
                .attribute("creationDateTime", time(document.getCreated()))
                .attribute("modifyingUserGUID", user).attribute("modifiedDateTime", time(document.getModified()))
                .newline();
        out.start("Users").newline();
        out.start("User").attribute("guid", user).attribute("name", document.getAnnotatorName())
                .attribute("id", document.getAnnotatorId()).empty();
        out.end("Users");
        out.start("CodeBook").newline();
        RefiQdaCodebooks.writeCodes(out, codebook);
        out.end("CodeBook");
        out.start("Sources").newline();
        for (Map.Entry<Article, List<Annotation>> entry : byArticle.entrySet()) {
            Article article = entry.getKey();
            String guid = sourceGuid(document, article);
            String name = article.getOutlet() != null && article.getTitle() != null
                    ? article.getOutlet() + ": " + article.getTitle()
                    : article.getTitle() != null ? article.getTitle() : article.getId();
            out.start("TextSource").attribute("guid", guid).attribute("name", name)
                    .attribute("plainTextPath", "internal://" + guid + ".txt").newline();
            out.element("Description", "[Framebench: article=" + article.getId() + "]");
            String text = article.getText();
            for (Annotation annotation : entry.getValue()) {
                int start = text.codePointCount(0, annotation.getBegin());
                int end = start + text.codePointCount(annotation.getBegin(), annotation.getEnd());
                Date created = annotation.getCreated();
                out.start("PlainTextSelection").attribute("guid", RefiQdaCodebooks.guid("annotation", annotation.getId()))
                        .attribute("name", annotation.getCoveredText()).attribute("startPosition", start)
                        .attribute("endPosition", end).attribute("creatingUser", user)
                        .attribute("creationDateTime", time(created)).attribute("modifyingUser", user)
                        .attribute("modifiedDateTime", time(annotation.getModified())).newline();
                out.element("Description", selectionDescription(annotation));
                out.start("Coding").attribute("guid", RefiQdaCodebooks.guid("coding", annotation.getId()))
                        .attribute("creatingUser", user).attribute("creationDateTime", time(created)).newline();
                out.start("CodeRef").attribute("targetGUID", RefiQdaCodebooks.codeGuid(annotation.getCode())).empty();
                out.end("Coding");
                out.end("PlainTextSelection");
            }
            out.end("TextSource");
        }
        out.end("Sources");
        List<Link> noted = links.stream().filter(l -> l.getNote() != null && !l.getNote().isBlank()).toList();
        if (!noted.isEmpty()) {
            out.start("Notes").newline();
            for (Link link : noted) {
                out.start("Note").attribute("guid", RefiQdaCodebooks.guid("note", link.getId()))
                        .attribute("name", "Link note").attribute("creatingUser", user)
                        .attribute("creationDateTime", time(link.getCreated())).newline();
                out.element("PlainTextContent", link.getNote());
                out.end("Note");
            }
            out.end("Notes");
        }
        if (!links.isEmpty()) {
            out.start("Links").newline();
            for (Link link : links) {
                out.start("Link").attribute("guid", RefiQdaCodebooks.guid("link", link.getId()))
                        .attribute("name", link.getKind() == null ? null : link.getKind().getLiteral())
                        .attribute("direction", "OneWay")
                        .attribute("originGUID", RefiQdaCodebooks.guid("annotation", link.getSource().getId()))
                        .attribute("targetGUID", RefiQdaCodebooks.guid("annotation", link.getTarget().getId()))
                        .newline();
                if (link.getNote() != null && !link.getNote().isBlank()) {
                    out.start("NoteRef").attribute("targetGUID", RefiQdaCodebooks.guid("note", link.getId())).empty();
                }
                out.end("Link");
            }
            out.end("Links");
        }
        out.end("Project");
    }

    /** The selection's description: the annotator's note, then the attribute values, one {@code id = value} a line. */
    static String selectionDescription(Annotation annotation) {
        StringBuilder text = new StringBuilder();
        if (annotation.getNote() != null) {
            text.append(annotation.getNote());
        }
        if (!annotation.getAttributeValues().isEmpty()) {
            text.append(text.isEmpty() ? "" : "\n\n").append(ATTRIBUTES);
            for (AttributeValue value : annotation.getAttributeValues()) {
                text.append('\n').append(value.getKey()).append(" = ")
                        .append(value.getValue() == null ? "" : value.getValue().replace("\n", " "));
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    /** Keeps a stream open when a writer or ZIP stream wrapped around it is closed (AtomicFiles closes it). */
    private static OutputStream shield(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    // ------------------------------------------------------------------------------------------------ reading

    private record Selection(String guid, int start, int end, String description, List<String> codeGuids, int line) {
    }

    private record Source(String guid, String name, String path, String content, String description,
            List<Selection> selections, int line) {
    }

    @Override
    public ImportResult importDocument(Path source, AnnotationDocument template) throws InterchangeException {
        if (template.getAssignment() == null || template.getAssignment().getCodebook() == null) {
            throw new InterchangeException("The open document has no assignment to import codings into.");
        }
        String fileName = source.getFileName().toString();
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".qdc")) {
            throw new InterchangeException(fileName + " is a REFI-QDA codebook: it holds codes but no codings;"
                    + " import it as a codebook.");
        }
        try (ZipFile zip = new ZipFile(source.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry project = zip.getEntry(PROJECT_ENTRY);
            if (project == null) {
                throw new InterchangeException(fileName + " holds no " + PROJECT_ENTRY
                        + ": it is not a REFI-QDA project (.qdpx).");
            }
            String where = fileName + " (" + PROJECT_ENTRY + ")";
            List<Source> sources = new ArrayList<>();
            List<String[]> links = new ArrayList<>();
            Map<String, String> notes = new HashMap<>();
            RefiQdaCodebooks.ReadCodebook codes = null;
            try (InputStream in = zip.getInputStream(project)) {
                XMLStreamReader xml = RefiQdaCodebooks.reader(in);
                xml.nextTag();
                if (!"Project".equals(xml.getLocalName())
                        || !RefiQdaCodebooks.PROJECT_NAMESPACE.equals(xml.getNamespaceURI())) {
                    throw new InterchangeException(where + " is not a REFI-QDA project: its root element is <"
                            + xml.getLocalName() + ">, not <Project xmlns=\"" + RefiQdaCodebooks.PROJECT_NAMESPACE
                            + "\">.");
                }
                while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "CodeBook" -> codes = readProjectCodebook(xml, where);
                        case "Sources" -> readSources(xml, where, sources);
                        case "Notes" -> readNotes(xml, notes);
                        case "Links" -> readLinks(xml, links);
                        default -> RefiQdaCodebooks.skip(xml);
                    }
                }
            } catch (XMLStreamException e) {
                throw RefiQdaCodebooks.notXml(where, e);
            }
            return build(zip, source, template, codes, sources, links, notes);
        } catch (NoSuchFileException e) {
            throw new InterchangeException(source + " does not exist.", e);
        } catch (ZipException e) {
            throw new InterchangeException(fileName + " is not a REFI-QDA project: it is not a ZIP archive.", e);
        } catch (IOException e) {
            throw new InterchangeException(fileName + " could not be read: " + AtomicFiles.describe(e), e);
        }
    }

    private static RefiQdaCodebooks.ReadCodebook readProjectCodebook(XMLStreamReader xml, String where)
            throws XMLStreamException, InterchangeException {
        RefiQdaCodebooks.ReadCodebook codes = null;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if ("Codes".equals(xml.getLocalName())) {
                codes = RefiQdaCodebooks.build(RefiQdaCodebooks.readCodes(xml, where), "codebook", where);
            } else {
                RefiQdaCodebooks.skip(xml);
            }
        }
        return codes;
    }

    private static void readSources(XMLStreamReader xml, String where, List<Source> sources)
            throws XMLStreamException, InterchangeException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!"TextSource".equals(xml.getLocalName())) {
                RefiQdaCodebooks.skip(xml);
                continue;
            }
            int line = xml.getLocation().getLineNumber();
            String guid = xml.getAttributeValue(null, "guid");
            String name = xml.getAttributeValue(null, "name");
            String path = xml.getAttributeValue(null, "plainTextPath");
            String content = null;
            String description = null;
            List<Selection> selections = new ArrayList<>();
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "Description" -> description = xml.getElementText();
                    case "PlainTextContent" -> content = xml.getElementText();
                    case "PlainTextSelection" -> selections.add(readSelection(xml, where));
                    default -> RefiQdaCodebooks.skip(xml);
                }
            }
            sources.add(new Source(guid, name, path, content, description, selections, line));
        }
    }

    private static Selection readSelection(XMLStreamReader xml, String where)
            throws XMLStreamException, InterchangeException {
        int line = xml.getLocation().getLineNumber();
        String guid = xml.getAttributeValue(null, "guid");
        int start = position(xml, where, line, "startPosition");
        int end = position(xml, where, line, "endPosition");
        String description = null;
        List<String> codes = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "Description" -> description = xml.getElementText();
                case "Coding" -> {
                    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        if ("CodeRef".equals(xml.getLocalName())) {
                            codes.add(xml.getAttributeValue(null, "targetGUID"));
                        }
                        RefiQdaCodebooks.skip(xml);
                    }
                }
                default -> RefiQdaCodebooks.skip(xml);
            }
        }
        return new Selection(guid, start, end, description, codes, line);
    }

    private static int position(XMLStreamReader xml, String where, int line, String attribute)
            throws InterchangeException {
        String value = xml.getAttributeValue(null, attribute);
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new InterchangeException(where + ", line " + line + ": <PlainTextSelection> has " + attribute + "=\""
                    + (value == null ? "" : value) + "\", not a whole number.");
        }
    }

    private static void readNotes(XMLStreamReader xml, Map<String, String> notes) throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!"Note".equals(xml.getLocalName())) {
                RefiQdaCodebooks.skip(xml);
                continue;
            }
            String guid = xml.getAttributeValue(null, "guid");
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if ("PlainTextContent".equals(xml.getLocalName())) {
                    notes.put(guid, xml.getElementText());
                } else {
                    RefiQdaCodebooks.skip(xml);
                }
            }
        }
    }

    private static void readLinks(XMLStreamReader xml, List<String[]> links) throws XMLStreamException {
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!"Link".equals(xml.getLocalName())) {
                RefiQdaCodebooks.skip(xml);
                continue;
            }
            String[] link = { xml.getAttributeValue(null, "originGUID"), xml.getAttributeValue(null, "targetGUID"),
                    xml.getAttributeValue(null, "name"), null };
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                if ("NoteRef".equals(xml.getLocalName())) {
                    link[3] = xml.getAttributeValue(null, "targetGUID");
                }
                RefiQdaCodebooks.skip(xml);
            }
            links.add(link);
        }
    }

    private static ImportResult build(ZipFile zip, Path file, AnnotationDocument template,
            RefiQdaCodebooks.ReadCodebook codes, List<Source> sources, List<String[]> linkList,
            Map<String, String> notes) throws IOException, InterchangeException {
        AnnotationDocument result = Documents.newDocument(template.getAssignment(), template.getRole());
        result.setAnnotatorName(template.getAnnotatorName());
        result.setAnnotatorId(template.getAnnotatorId());
        Codebook codebook = result.getAssignment().getCodebook();
        // A project's code GUID names a code of this codebook: by the GUID Framebench gives it, by the code id kept
        // in its description, or by its label.
        Map<String, Code> byGuid = new HashMap<>();
        for (Code code : Codebooks.allCodes(codebook)) {
            byGuid.put(RefiQdaCodebooks.codeGuid(code).toUpperCase(Locale.ROOT), code);
        }
        if (codes != null) {
            for (RefiQdaCodebooks.ReadCode read : codes.codes()) {
                Code code = Codebooks.findById(codebook, read.code().getId()).orElse(null);
                if (code == null) {
                    code = Codebooks.allCodes(codebook).stream()
                            .filter(c -> read.code().getLabel().equalsIgnoreCase(String.valueOf(c.getLabel())))
                            .findFirst().orElse(null);
                }
                if (code != null) {
                    byGuid.putIfAbsent(read.guid().toUpperCase(Locale.ROOT).replaceAll("[{}]", ""), code);
                }
            }
        }
        String fileName = file.getFileName().toString();
        List<String> losses = new ArrayList<>();
        Map<String, Annotation> bySelection = new HashMap<>();
        int unknownCodes = 0;
        String where = fileName + " (" + PROJECT_ENTRY + ")";
        for (Source source : sources) {
            String text = sourceText(zip, source, where);
            Article article = findArticle(result, source, text);
            if (article == null) {
                losses.add("The text source \"" + source.name() + "\" is none of the assignment's articles; its "
                        + source.selections().size() + " coding(s) were left out.");
                continue;
            }
            String articleText = article.getText();
            for (Selection selection : source.selections()) {
                int codePoints = text.codePointCount(0, text.length());
                if (selection.start() < 0 || selection.end() > codePoints || selection.start() >= selection.end()) {
                    throw new InterchangeException(where + ", line " + selection.line() + ": <PlainTextSelection>"
                            + " spans [" + selection.start() + ", " + selection.end() + "), outside the " + codePoints
                            + " characters of its source.");
                }
                int begin = text.offsetByCodePoints(0, selection.start());
                int end = text.offsetByCodePoints(begin, selection.end() - selection.start());
                if (!text.equals(articleText) && (end > articleText.length()
                        || !text.substring(begin, end).equals(articleText.substring(begin, end)))) {
                    losses.add(where + ", line " + selection.line() + ": a selection covers text that is not at the"
                            + " same place in article \"" + article.getId() + "\"; left out.");
                    continue;
                }
                Annotation first = null;
                for (String codeGuid : selection.codeGuids()) {
                    Code code = codeGuid == null ? null
                            : byGuid.get(codeGuid.strip().toUpperCase(Locale.ROOT).replaceAll("[{}]", ""));
                    if (code == null) {
                        unknownCodes++;
                        continue;
                    }
                    Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
                    annotation.setId(Documents.newId());
                    TextAnchors.anchor(annotation, article, TextRegion.BODY, begin, end);
                    annotation.setCode(code);
                    Date now = new Date();
                    annotation.setCreated(now);
                    annotation.setModified(now);
                    readDescription(selection.description(), annotation, code);
                    result.getAnnotations().add(annotation);
                    if (first == null) {
                        first = annotation;
                    }
                }
                if (first != null && selection.guid() != null) {
                    bySelection.put(selection.guid().strip().toUpperCase(Locale.ROOT), first);
                }
            }
        }
        if (unknownCodes > 0) {
            losses.add(unknownCodes + " coding" + (unknownCodes == 1 ? "" : "s") + " with a code this codebook does"
                    + " not have; left out.");
        }
        int unlinked = 0;
        for (String[] entry : linkList) {
            Annotation source = entry[0] == null ? null : bySelection.get(entry[0].strip().toUpperCase(Locale.ROOT));
            Annotation target = entry[1] == null ? null : bySelection.get(entry[1].strip().toUpperCase(Locale.ROOT));
            if (source == null || target == null) {
                unlinked++;
                continue;
            }
            Link link = FramebenchFactory.eINSTANCE.createLink();
            link.setId(Documents.newId());
            link.setSource(source);
            link.setTarget(target);
            LinkKind kind = entry[2] == null ? null : LinkKind.get(entry[2]);
            link.setKind(kind == null ? LinkKind.SAME_STATEMENT : kind);
            link.setNote(entry[3] == null ? null : notes.get(entry[3]));
            link.setCreated(new Date());
            result.getLinks().add(link);
        }
        if (unlinked > 0) {
            losses.add(unlinked + " link" + (unlinked == 1 ? "" : "s") + " between things other than imported"
                    + " codings; left out.");
        }
        return new ImportResult(result, new InterchangeReport(List.of(file),
                result.getAnnotations().size(), result.getLinks().size(), losses));
    }

    private static String sourceText(ZipFile zip, Source source, String where) throws IOException,
            InterchangeException {
        if (source.content() != null) {
            return source.content();
        }
        String path = source.path();
        if (path == null) {
            throw new InterchangeException(where + ", line " + source.line() + ": <TextSource name=\"" + source.name()
                    + "\"> has neither plainTextPath nor PlainTextContent.");
        }
        if (path.startsWith("internal://")) {
            String name = path.substring("internal://".length());
            ZipEntry entry = null;
            for (var entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry candidate = entries.nextElement();
                String entryName = candidate.getName();
                if (entryName.equalsIgnoreCase(SOURCES + name) || entryName.equalsIgnoreCase(name)) {
                    entry = candidate;
                    break;
                }
            }
            if (entry == null) {
                throw new InterchangeException(where + ", line " + source.line() + ": <TextSource name=\""
                        + source.name() + "\"> names " + path + ", which the project does not hold.");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                String text = bytes.toString(StandardCharsets.UTF_8);
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            }
        }
        throw new InterchangeException(where + ", line " + source.line() + ": <TextSource name=\"" + source.name()
                + "\"> keeps its text outside the project (" + path + "), which cannot be read.");
    }

    private static Article findArticle(AnnotationDocument document, Source source, String text) {
        String description = source.description() == null ? "" : source.description();
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\[Framebench: article=(\\S+?)\\]")
                .matcher(description);
        List<Article> articles = document.getAssignment().getArticles();
        if (id.find()) {
            for (Article article : articles) {
                if (id.group(1).equals(article.getId())) {
                    return article;
                }
            }
        }
        for (Article article : articles) {
            if (source.guid() != null && sourceGuid(document, article).equalsIgnoreCase(source.guid().strip())) {
                return article;
            }
        }
        return articles.stream().filter(article -> text.equals(article.getText())).findFirst().orElse(null);
    }

    private static void readDescription(String description, Annotation annotation, Code code) {
        if (description == null || description.isEmpty()) {
            return;
        }
        String note = description;
        int marker = description.indexOf(ATTRIBUTES);
        if (marker >= 0 && (marker == 0 || description.startsWith("\n\n", marker - 2))) {
            note = description.substring(0, Math.max(0, marker - 2));
            if (marker == 0) {
                note = "";
            }
            for (String line : description.substring(marker + ATTRIBUTES.length()).split("\n")) {
                int equals = line.indexOf(" = ");
                if (equals <= 0) {
                    continue;
                }
                String key = line.substring(0, equals).strip();
                String value = line.substring(equals + 3);
                boolean known = code.getAttributes().stream().map(AttributeDefinition::getId).anyMatch(key::equals);
                if (known && !value.isEmpty()) {
                    AttributeValue attribute = FramebenchFactory.eINSTANCE.createAttributeValue();
                    attribute.setKey(key);
                    attribute.setValue(value);
                    annotation.getAttributeValues().add(attribute);
                }
            }
        }
        annotation.setNote(note.isEmpty() ? null : note);
    }
}
