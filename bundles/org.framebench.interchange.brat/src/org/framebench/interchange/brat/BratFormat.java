package org.framebench.interchange.brat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.AtomicFiles;
import org.framebench.core.document.Documents;
import org.framebench.core.interchange.ImportResult;
import org.framebench.core.interchange.InterchangeDocuments;
import org.framebench.core.interchange.InterchangeException;
import org.framebench.core.interchange.InterchangeFormat;
import org.framebench.core.interchange.InterchangeReport;
import org.framebench.core.text.CodePoints;
import org.framebench.core.text.QuoteAnchors;
import org.framebench.core.text.TextAnchors;
import org.framebench.core.text.TextSpan;
import org.framebench.core.text.XmlText;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Layer;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.TextRegion;

/**
 * brat standoff (brat rapid annotation tool): a folder with, per article, {@code ID.txt} (the article's text,
 * exactly, UTF-8) and {@code ID.ann}; an article whose headline carries annotations also gets
 * {@code ID.headline.txt} and {@code ID.headline.ann}. Offsets count Unicode code points, as brat (Python 3)
 * counts characters. In {@code .ann}:
 * <ul>
 * <li>{@code T1\tCODE BEGIN END\twords}: an annotation; one crossing a line break is written as brat writes
 * it, in fragments ({@code BEGIN END;BEGIN END}).</li>
 * <li>{@code A1\tKEY T1 VALUE}: a choice attribute (spaces in the value written as {@code _}), {@code A1\tKEY T1}
 * a yes/no attribute that is yes (brat's binary attributes cannot say "no": those are counted as losses).</li>
 * <li>{@code #1\tAnnotatorNotes T1\tnote}: the note (line breaks as {@code \n}, tabs as {@code \t}, backslashes
 * as {@code \\}); {@code #2\tAttribute:KEY T1\tvalue}: a free-text attribute, which brat's own attributes
 * (binary or from a list) cannot hold.</li>
 * <li>{@code R1\tKIND Arg1:T1 Arg2:T2}: a link between two annotations of the same text, with its note as
 * {@code AnnotatorNotes} on {@code R1}. brat has no relations across documents: those links are counted as losses.</li>
 * </ul>
 * {@code annotation.conf} lists the codes (grouped by layer), the link kinds and the attributes with their
 * values; {@code visual.conf} gives each code its label and colour.
 */
public final class BratFormat implements InterchangeFormat {

    public static final String ID = "brat";
    public static final String ANNOTATION_CONF = "annotation.conf";
    public static final String VISUAL_CONF = "visual.conf";
    static final String HEADLINE_SUFFIX = ".headline";
    static final String NOTES = "AnnotatorNotes";
    static final String TEXT_ATTRIBUTE = "Attribute:";

    private static final Pattern NOT_IN_TYPE = Pattern.compile("[\\s|,:=<>!#]+");
    private static final Pattern NOT_IN_FILE_NAME = Pattern.compile("[^A-Za-z0-9._-]");
    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");
    private static final Pattern TEXT_BOUND = Pattern.compile("(T[^\\t ]*)\\t([^\\t ]+) ([0-9]+ [0-9]+(?:;[0-9]+ [0-9]+)*)(?:\\t(.*))?");
    private static final Pattern ATTRIBUTE = Pattern.compile("([AM][^\\t ]*)\\t([^\\t ]+) ([^\\t ]+)(?: ([^\\t ]+))?");
    private static final Pattern RELATION = Pattern.compile("(R[^\\t ]*)\\t([^\\t ]+) Arg1:([^\\t ]+) Arg2:([^\\t ]+)\\s*");
    private static final Pattern COMMENT = Pattern.compile("(#[^\\t ]*)\\t([^\\t ]+) ([^\\t ]+)(?:\\t(.*))?");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "brat standoff (.txt + .ann)";
    }

    @Override
    public String targetDescription() {
        return "folder";
    }

    @Override
    public boolean carriesCodebook() {
        return true;
    }

    // ------------------------------------------------------------------ names

    /** A brat type name for {@code id}: no spaces, tabs or the characters brat's configuration reads specially. */
    static String typeName(String id) {
        String name = NOT_IN_TYPE.matcher((id == null ? "" : id).strip()).replaceAll("_");
        return name.isEmpty() ? "_" : name;
    }

    /** A file name (without extension) for article {@code id}. */
    static String fileName(String id) {
        String name = NOT_IN_FILE_NAME.matcher(id == null ? "" : id).replaceAll("_");
        if (name.isEmpty() || name.startsWith(".")) {
            name = "_" + name;
        }
        return name;
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case '\\' -> out.append('\\');
                    default -> out.append(c).append(next);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ------------------------------------------------------------------ export

    /** One brat document: an article's body or headline and the annotations on it. */
    private record Text(Article article, TextRegion region, String base, List<Annotation> annotations) {
    }

    @Override
    public InterchangeReport exportDocument(AnnotationDocument document, Path target) throws InterchangeException {
        Assignment assignment = document.getAssignment();
        if (assignment == null) {
            throw new InterchangeException("The document has no assignment, so it has no articles to write.");
        }
        Map<String, Text> texts = new LinkedHashMap<>();
        Map<Article, String> bases = new IdentityHashMap<>();
        Set<String> taken = new java.util.HashSet<>(Set.of("annotation", "visual", "tools", "kb_shortcuts"));
        for (Article article : assignment.getArticles()) {
            String base = fileName(article.getId());
            while (!taken.add(base.toLowerCase(Locale.ROOT))) {
                base = base + "_";
            }
            bases.put(article, base);
            texts.put(base, new Text(article, TextRegion.BODY, base, new ArrayList<>()));
        }
        List<String> losses = new ArrayList<>();
        int unanchored = 0;
        Map<Annotation, Text> textOf = new IdentityHashMap<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation.getArticle() == null || annotation.getCode() == null || !TextAnchors.isAnchored(annotation)
                    || !bases.containsKey(annotation.getArticle())) {
                unanchored++;
                continue;
            }
            String base = bases.get(annotation.getArticle())
                    + (TextAnchors.inHeadline(annotation) ? HEADLINE_SUFFIX : "");
            Text text = texts.computeIfAbsent(base,
                    b -> new Text(annotation.getArticle(), annotation.getRegion(), b, new ArrayList<>()));
            text.annotations().add(annotation);
            textOf.put(annotation, text);
        }
        if (unanchored > 0) {
            losses.add(unanchored + (unanchored == 1 ? " annotation has" : " annotations have")
                    + " no code or no longer covers its words, so " + (unanchored == 1 ? "it was" : "they were") + " left out");
        }
        Map<Text, List<Link>> linksOf = new IdentityHashMap<>();
        int across = 0;
        int dangling = 0;
        int links = 0;
        for (Link link : document.getLinks()) {
            Text source = link.getSource() == null ? null : textOf.get(link.getSource());
            Text linkTarget = link.getTarget() == null ? null : textOf.get(link.getTarget());
            if (source == null || linkTarget == null) {
                dangling++;
            } else if (source != linkTarget) {
                across++;
            } else {
                linksOf.computeIfAbsent(source, t -> new ArrayList<>()).add(link);
                links++;
            }
        }
        if (across > 0) {
            losses.add("brat has no relations across documents: " + across + (across == 1 ? " link" : " links")
                    + " left out");
        }
        if (dangling > 0) {
            losses.add(dangling + (dangling == 1 ? " link joins" : " links join") + " an annotation that was left out, so "
                    + (dangling == 1 ? "it was" : "they were") + " left out");
        }
        int[] noValues = new int[1];
        Map<String, String> files = new LinkedHashMap<>();
        for (Text text : texts.values()) {
            String content = TextAnchors.textOf(text.article(), text.region());
            files.put(text.base() + ".txt", content == null ? "" : content);
            files.put(text.base() + ".ann", ann(text, content == null ? "" : content, linksOf.getOrDefault(text, List.of()),
                    noValues));
        }
        if (noValues[0] > 0) {
            losses.add("brat's yes/no attributes cannot say \"no\" apart from \"not set\": " + noValues[0]
                    + (noValues[0] == 1 ? " \"no\" was" : " \"no\"s were") + " left out");
        }
        Codebook codebook = assignment.getCodebook();
        files.put(ANNOTATION_CONF, annotationConf(codebook));
        files.put(VISUAL_CONF, visualConf(codebook));
        List<Path> written = writeFolder(target, files);
        return new InterchangeReport(written, textOf.size(), links, losses);
    }

    private static String ann(Text text, String content, List<Link> links, int[] noValues) {
        CodePoints points = CodePoints.of(content);
        List<Annotation> annotations = new ArrayList<>(text.annotations());
        annotations.sort(Comparator.comparingInt(Annotation::getBegin).thenComparingInt(Annotation::getEnd));
        Map<Annotation, String> ids = new IdentityHashMap<>();
        StringBuilder t = new StringBuilder();
        StringBuilder a = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        int attributeCount = 0;
        int noteCount = 0;
        int index = 0;
        for (Annotation annotation : annotations) {
            String id = "T" + ++index;
            ids.put(annotation, id);
            t.append(id).append('\t').append(typeName(annotation.getCode().getId())).append(' ')
                    .append(fragments(content, annotation.getBegin(), annotation.getEnd(), points)).append('\t')
                    .append(LINE_BREAK.matcher(content.substring(annotation.getBegin(), annotation.getEnd())).replaceAll(" "))
                    .append('\n');
            for (AttributeValue value : annotation.getAttributeValues()) {
                if (value.getKey() == null || value.getValue() == null || value.getValue().isEmpty()) {
                    continue;
                }
                AttributeKind kind = Codebooks.attribute(annotation.getCode(), value.getKey())
                        .map(AttributeDefinition::getKind).orElse(AttributeKind.TEXT);
                String key = typeName(value.getKey());
                if (kind == AttributeKind.BOOLEAN) {
                    if ("true".equalsIgnoreCase(value.getValue())) {
                        a.append('A').append(++attributeCount).append('\t').append(key).append(' ').append(id).append('\n');
                    } else {
                        noValues[0]++;
                    }
                } else if (kind == AttributeKind.CHOICE) {
                    a.append('A').append(++attributeCount).append('\t').append(key).append(' ').append(id).append(' ')
                            .append(typeName(value.getValue())).append('\n');
                } else {
                    notes.append('#').append(++noteCount).append('\t').append(TEXT_ATTRIBUTE).append(key).append(' ')
                            .append(id).append('\t').append(escape(value.getValue())).append('\n');
                }
            }
            if (annotation.getNote() != null && !annotation.getNote().isEmpty()) {
                notes.append('#').append(++noteCount).append('\t').append(NOTES).append(' ').append(id).append('\t')
                        .append(escape(annotation.getNote())).append('\n');
            }
        }
        StringBuilder r = new StringBuilder();
        int relationCount = 0;
        for (Link link : links) {
            String id = "R" + ++relationCount;
            LinkKind kind = link.getKind() == null ? LinkKind.SAME_STATEMENT : link.getKind();
            r.append(id).append('\t').append(kind.getLiteral()).append(" Arg1:").append(ids.get(link.getSource()))
                    .append(" Arg2:").append(ids.get(link.getTarget())).append('\n');
            if (link.getNote() != null && !link.getNote().isEmpty()) {
                notes.append('#').append(++noteCount).append('\t').append(NOTES).append(' ').append(id).append('\t')
                        .append(escape(link.getNote())).append('\n');
            }
        }
        return t.append(a).append(r).append(notes).toString();
    }

    /** {@code BEGIN END} in code points, split at line breaks into fragments as brat does. */
    private static String fragments(String text, int begin, int end, CodePoints points) {
        StringBuilder out = new StringBuilder();
        int start = begin;
        for (int i = begin; i <= end; i++) {
            boolean breakHere = i == end || text.charAt(i) == '\n' || text.charAt(i) == '\r';
            if (breakHere) {
                if (i > start) {
                    if (out.length() > 0) {
                        out.append(';');
                    }
                    out.append(points.toCodePoints(start)).append(' ').append(points.toCodePoints(i));
                }
                start = i + 1;
            }
        }
        if (out.length() == 0) {
            out.append(points.toCodePoints(begin)).append(' ').append(points.toCodePoints(end));
        }
        return out.toString();
    }

    private static String annotationConf(Codebook codebook) {
        StringBuilder out = new StringBuilder();
        out.append("# Written by ").append(Documents.TOOL_VERSION).append(": the codebook \"")
                .append(codebook == null ? "" : codebook.getName()).append("\"\n[entities]\n");
        Map<String, Set<String>> values = new LinkedHashMap<>();
        Map<String, Set<String>> argsOf = new LinkedHashMap<>();
        Map<String, Boolean> binary = new LinkedHashMap<>();
        if (codebook != null) {
            for (Layer layer : codebook.getLayers()) {
                out.append('!').append(typeName(layer.getId())).append('\n');
                for (Code code : layer.getCodes()) {
                    String type = typeName(code.getId());
                    out.append('\t').append(type).append('\n');
                    for (AttributeDefinition attribute : code.getAttributes()) {
                        if (attribute.getKind() == AttributeKind.TEXT || attribute.getId() == null) {
                            continue;
                        }
                        String key = typeName(attribute.getId());
                        argsOf.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(type);
                        Set<String> set = values.computeIfAbsent(key, k -> new LinkedHashSet<>());
                        if (attribute.getKind() == AttributeKind.CHOICE) {
                            attribute.getAllowedValues().forEach(v -> set.add(typeName(v)));
                            binary.put(key, false);
                        } else {
                            binary.putIfAbsent(key, true);
                        }
                    }
                }
            }
        }
        out.append("\n[relations]\n");
        for (LinkKind kind : LinkKind.VALUES) {
            out.append(kind.getLiteral()).append("\tArg1:<ENTITY>, Arg2:<ENTITY>\n");
        }
        out.append("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
        out.append("\n[events]\n\n[attributes]\n");
        for (Map.Entry<String, Set<String>> entry : argsOf.entrySet()) {
            String key = entry.getKey();
            out.append(key).append("\tArg:").append(String.join("|", entry.getValue()));
            if (!binary.get(key) && !values.get(key).isEmpty()) {
                out.append(", Value:").append(String.join("|", values.get(key)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String visualConf(Codebook codebook) {
        StringBuilder labels = new StringBuilder("[labels]\n");
        StringBuilder drawing = new StringBuilder("[drawing]\n");
        if (codebook != null) {
            for (Code code : Codebooks.allCodes(codebook)) {
                String type = typeName(code.getId());
                String label = code.getLabel() == null ? type : code.getLabel().replace('|', '/').replaceAll("\\s+", " ").strip();
                labels.append(type).append(" | ").append(label).append(" | ").append(type).append('\n');
                if (code.getColour() != null && code.getColour().matches("#[0-9A-Fa-f]{6}")) {
                    drawing.append(type).append("\tbgColor:").append(code.getColour()).append('\n');
                }
            }
        }
        for (LinkKind kind : LinkKind.VALUES) {
            labels.append(kind.getLiteral()).append(" | ").append(kind.getName().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append('\n');
        }
        return labels.append('\n').append(drawing).toString();
    }

    /**
     * Writes {@code files} into {@code folder}. A new (or empty) folder is filled beside it and renamed into
     * place in one step; into a folder that holds other files, each file is replaced atomically.
     */
    private static List<Path> writeFolder(Path folder, Map<String, String> files) throws InterchangeException {
        Path absolute = folder.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new InterchangeException(absolute.getFileName() + " is a file; brat standoff is written into a folder."
                    + " Nothing was written.");
        }
        List<Path> written = new ArrayList<>();
        files.keySet().forEach(name -> written.add(absolute.resolve(name)));
        Path staging = null;
        try {
            Files.createDirectories(absolute.getParent());
            boolean empty = !Files.exists(absolute) || isEmpty(absolute);
            if (empty) {
                staging = Files.createDirectory(absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID()
                        + ".tmp"));
                for (Map.Entry<String, String> file : files.entrySet()) {
                    Files.writeString(staging.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
                }
                Files.deleteIfExists(absolute);
                try {
                    Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(staging, absolute);
                }
                staging = null;
            } else {
                for (Map.Entry<String, String> file : files.entrySet()) {
                    byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
                    AtomicFiles.write(absolute.resolve(file.getKey()), out -> out.write(bytes), false);
                }
            }
        } catch (IOException e) {
            throw new InterchangeException("Could not write the brat files into " + absolute.getFileName() + " ("
                    + AtomicFiles.describe(e) + ").", e);
        } finally {
            deleteTree(staging);
        }
        return written;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            return !entries.iterator().hasNext();
        }
    }

    private static void deleteTree(Path folder) {
        if (folder == null) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A hidden leftover; the caller reports the failure.
        }
    }

    // ------------------------------------------------------------------ codebook

    @Override
    public InterchangeReport exportCodebook(Codebook codebook, Path target) throws InterchangeException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ANNOTATION_CONF, annotationConf(codebook));
        files.put(VISUAL_CONF, visualConf(codebook));
        List<String> losses = new ArrayList<>();
        long textAttributes = Codebooks.allCodes(codebook).stream().flatMap(c -> c.getAttributes().stream())
                .filter(a -> a.getKind() == AttributeKind.TEXT).count();
        if (textAttributes > 0) {
            losses.add("brat attributes are yes/no or a list of values: " + textAttributes
                    + " free-text attributes are not in annotation.conf");
        }
        losses.add("definitions, examples, shortcut keys and literature are not in annotation.conf");
        return new InterchangeReport(writeFolder(target, files), 0, 0, losses);
    }

    @Override
    public Codebook importCodebook(Path source) throws InterchangeException {
        Path conf = Files.isDirectory(source) ? source.resolve(ANNOTATION_CONF) : source;
        return BratCodebook.read(conf, conf.resolveSibling(VISUAL_CONF));
    }

    // ------------------------------------------------------------------ import

    @Override
    public ImportResult importDocument(Path source, AnnotationDocument template) throws InterchangeException {
        if (!Files.isDirectory(source)) {
            throw new InterchangeException(source.getFileName() + " is not a folder: brat standoff is a folder of .txt"
                    + " and .ann files.");
        }
        List<Path> annFiles = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(source, "*.ann")) {
            entries.forEach(annFiles::add);
        } catch (IOException e) {
            throw new InterchangeException("The folder " + source.getFileName() + " could not be read ("
                    + AtomicFiles.describe(e) + ").", e);
        }
        annFiles.sort(Comparator.comparing(p -> p.getFileName().toString()));
        if (annFiles.isEmpty()) {
            throw new InterchangeException("The folder " + source.getFileName() + " holds no .ann files, so it is not"
                    + " brat standoff.");
        }
        AnnotationDocument document = InterchangeDocuments.newDocumentFrom(template);
        Assignment assignment = document.getAssignment();
        List<String> losses = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        int links = 0;
        for (Path annFile : annFiles) {
            String file = annFile.getFileName().toString();
            String base = file.substring(0, file.length() - ".ann".length());
            TextRegion region = TextRegion.BODY;
            String articleName = base;
            if (base.endsWith(HEADLINE_SUFFIX) && findArticle(assignment, base).isEmpty()) {
                region = TextRegion.HEADLINE;
                articleName = base.substring(0, base.length() - HEADLINE_SUFFIX.length());
            }
            List<Line> lines = parse(annFile, file);
            read.add(annFile);
            Optional<Article> article = findArticle(assignment, articleName);
            if (article.isEmpty()) {
                long count = lines.stream().filter(l -> l.kind == 'T').count();
                if (count > 0) {
                    losses.add(file + ": no article of the assignment has the id \"" + articleName + "\", so its " + count
                            + (count == 1 ? " annotation was" : " annotations were") + " left out");
                }
                continue;
            }
            String articleText = TextAnchors.textOf(article.get(), region);
            if (articleText == null) {
                losses.add(file + ": the article " + article.get().getId() + " has no headline, so its annotations were left out");
                continue;
            }
            Path txt = annFile.resolveSibling(base + ".txt");
            String bratText = Files.isRegularFile(txt) ? readText(txt, base + ".txt") : articleText;
            if (Files.isRegularFile(txt)) {
                read.add(txt);
            }
            links += new AnnReading(document, article.get(), region, articleText, bratText, Files.isRegularFile(txt), file,
                    losses).apply(lines);
        }
        return new ImportResult(document, new InterchangeReport(read, document.getAnnotations().size(), links, losses));
    }

    private static Optional<Article> findArticle(Assignment assignment, String base) {
        Optional<Article> exact = assignment.getArticles().stream().filter(a -> base.equals(a.getId())).findFirst();
        return exact.isPresent() ? exact
                : assignment.getArticles().stream().filter(a -> fileName(a.getId()).equals(base)).findFirst();
    }

    /** One line of an .ann file, parsed. */
    static final class Line {
        final int number;
        final char kind;
        final Matcher match;
        /** The annotation id the line defines (T1, A1, R1, E1, ...); null for notes. */
        final String id;

        Line(int number, char kind, Matcher match, String id) {
            this.number = number;
            this.kind = kind;
            this.match = match;
            this.id = id;
        }
    }

    private static String readText(Path file, String name) throws InterchangeException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InterchangeException(name + " is not UTF-8 text; brat reads its files as UTF-8.", e);
        } catch (IOException e) {
            throw new InterchangeException(name + " could not be read (" + AtomicFiles.describe(e) + ").", e);
        }
    }

    /** The lines of {@code file}; a line brat would not read is an error naming the file and the line. */
    static List<Line> parse(Path path, String file) throws InterchangeException {
        String content = readText(path, file);
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        int number = 0;
        for (String raw : content.split("\n", -1)) {
            number++;
            String text = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (text.isBlank()) {
                continue;
            }
            char kind = text.charAt(0);
            Pattern pattern = switch (kind) {
                case 'T' -> TEXT_BOUND;
                case 'A', 'M' -> ATTRIBUTE;
                case 'R' -> RELATION;
                case '#' -> COMMENT;
                case 'E', 'N', '*' -> null;
                default -> throw new InterchangeException(file + ", line " + number + ": \"" + abbreviate(text)
                        + "\" is not a brat annotation (lines start with T, A, R, E, N, # or *).");
            };
            if (pattern == null) {
                int tab = text.indexOf('\t');
                lines.add(new Line(number, kind, null, tab > 0 ? text.substring(0, tab) : null));
                continue;
            }
            Matcher match = pattern.matcher(text);
            if (!match.matches()) {
                throw new InterchangeException(file + ", line " + number + ": \"" + abbreviate(text) + "\" is not a"
                        + " well-formed " + switch (kind) {
                            case 'T' -> "text annotation (T1<tab>TYPE BEGIN END<tab>text)";
                            case 'R' -> "relation (R1<tab>TYPE Arg1:T1 Arg2:T2)";
                            case '#' -> "note (#1<tab>AnnotatorNotes T1<tab>text)";
                            default -> "attribute (A1<tab>NAME T1 VALUE)";
                        } + ".");
            }
            if (kind != '#' && !ids.add(match.group(1))) {
                throw new InterchangeException(file + ", line " + number + ": the id " + match.group(1)
                        + " is used twice in the file.");
            }
            lines.add(new Line(number, kind, match, kind == '#' ? null : match.group(1)));
        }
        return lines;
    }

    static String abbreviate(String text) {
        String shown = text.replace('\t', '→');
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }

    /** Applying one .ann file's lines to the document. */
    private static final class AnnReading {
        private final AnnotationDocument document;
        private final Article article;
        private final TextRegion region;
        private final String articleText;
        private final String bratText;
        private final boolean sameText;
        private final String file;
        private final List<String> losses;
        private final CodePoints points;
        private final boolean hasTxt;
        private QuoteAnchors anchors;

        AnnReading(AnnotationDocument document, Article article, TextRegion region, String articleText, String bratText,
                boolean hasTxt, String file, List<String> losses) {
            this.hasTxt = hasTxt;
            this.document = document;
            this.article = article;
            this.region = region;
            this.articleText = articleText;
            this.bratText = bratText;
            this.sameText = articleText.equals(bratText);
            this.file = file;
            this.losses = losses;
            this.points = CodePoints.of(bratText);
        }

        int apply(List<Line> lines) throws InterchangeException {
            Map<String, Annotation> annotations = new HashMap<>();
            Map<String, Line> known = new HashMap<>();
            Map<String, Integer> unknownCodes = new LinkedHashMap<>();
            Codebook codebook = document.getAssignment().getCodebook();
            Map<String, Code> codes = new HashMap<>();
            for (Code code : Codebooks.allCodes(codebook)) {
                codes.putIfAbsent(code.getId(), code);
                codes.putIfAbsent(typeName(code.getId()), code);
            }
            for (Line line : lines) {
                if (line.id != null) {
                    known.put(line.id, line);
                }
            }
            int skippedOther = 0;
            Date now = new Date();
            for (Line line : lines) {
                if (line.kind != 'T') {
                    if (line.match == null) {
                        skippedOther++;
                    }
                    continue;
                }
                Matcher m = line.match;
                Code code = codes.get(m.group(2));
                if (code == null) {
                    unknownCodes.merge(m.group(2), 1, Integer::sum);
                    continue;
                }
                int begin = Integer.MAX_VALUE;
                int end = -1;
                for (String fragment : m.group(3).split(";")) {
                    String[] ends = fragment.split(" ");
                    long from = Long.parseLong(ends[0]);
                    long to = Long.parseLong(ends[1]);
                    int b = points.toUtf16(from);
                    int e = points.toUtf16(to);
                    if (b < 0 || e < 0 || to < from) {
                        throw new InterchangeException(file + ", line " + line.number + ": the span " + fragment
                                + " lies outside the text (" + points.codePointLength() + " characters).");
                    }
                    begin = Math.min(begin, b);
                    end = Math.max(end, e);
                }
                TextSpan span = sameText ? new TextSpan(begin, end) : reanchor(begin, end);
                if (!hasTxt && m.group(4) != null && !sameWords(m.group(4), bratText.substring(begin, end))) {
                    // No .txt beside the .ann: the line's own words say whether the offsets still fit the article.
                    if (anchors == null) {
                        anchors = QuoteAnchors.in(articleText);
                    }
                    span = anchors.locate(m.group(4), "", "", begin);
                }
                if (span == null || span.isEmpty()) {
                    losses.add(file + ", line " + line.number + ": " + m.group(1) + " (" + code.getId() + " on \""
                            + abbreviate(!hasTxt && m.group(4) != null ? m.group(4) : bratText.substring(begin, end))
                            + "\") could not be found in the text of "
                            + article.getId() + " as it is now, so it was left out");
                    continue;
                }
                Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
                annotation.setId(Documents.newId());
                TextAnchors.anchor(annotation, article, region, span.begin(), span.end());
                annotation.setCode(code);
                annotation.setCreated(now);
                annotation.setModified(now);
                document.getAnnotations().add(annotation);
                annotations.put(m.group(1), annotation);
            }
            unknownCodes.forEach((type, count) -> losses.add(file + ": " + type + " is not a code of the codebook, so "
                    + count + (count == 1 ? " annotation was" : " annotations were") + " left out"));
            if (skippedOther > 0) {
                losses.add(file + ": " + skippedOther + (skippedOther == 1 ? " event, normalization or equivalence line"
                        : " event, normalization or equivalence lines") + " left out (Framebench has no such annotations)");
            }
            Map<String, Link> relations = new HashMap<>();
            int links = 0;
            for (Line line : lines) {
                if (line.kind == 'A' || line.kind == 'M') {
                    attribute(line, annotations, known);
                } else if (line.kind == 'R') {
                    Link link = relation(line, annotations, known);
                    if (link != null) {
                        relations.put(line.match.group(1), link);
                        links++;
                    }
                }
            }
            for (Line line : lines) {
                if (line.kind == '#') {
                    comment(line, annotations, relations, known);
                }
            }
            return links;
        }

        /** Whether a T line's words are the text it spans, line breaks and runs of spaces aside. */
        private static boolean sameWords(String written, String spanned) {
            return written.strip().replaceAll("\\s+", " ").equals(spanned.strip().replaceAll("\\s+", " "));
        }

        private TextSpan reanchor(int begin, int end) {
            if (anchors == null) {
                anchors = QuoteAnchors.in(articleText);
            }
            String exact = bratText.substring(begin, end);
            String prefix = bratText.substring(Math.max(0, begin - TextAnchors.CONTEXT_LENGTH), begin);
            String suffix = bratText.substring(end, Math.min(bratText.length(), end + TextAnchors.CONTEXT_LENGTH));
            return anchors.locate(exact, prefix, suffix, Math.min(begin, articleText.length()));
        }

        private void requireKnown(Line line, String id, Map<String, Line> known) throws InterchangeException {
            if (!known.containsKey(id)) {
                throw new InterchangeException(file + ", line " + line.number + ": " + line.match.group(1) + " refers to "
                        + id + ", which the file does not have.");
            }
        }

        private void attribute(Line line, Map<String, Annotation> annotations, Map<String, Line> known)
                throws InterchangeException {
            Matcher m = line.match;
            String key = m.group(2);
            String targetId = m.group(3);
            requireKnown(line, targetId, known);
            Annotation annotation = annotations.get(targetId);
            if (annotation == null) {
                return; // on an annotation left out (and reported) already
            }
            Code code = annotation.getCode();
            Optional<AttributeDefinition> definition = code.getAttributes().stream()
                    .filter(d -> key.equals(d.getId()) || key.equals(typeName(d.getId()))).findFirst();
            if (definition.isEmpty()) {
                losses.add(file + ", line " + line.number + ": " + code.getId() + " has no attribute " + key
                        + ", so it was left out");
                return;
            }
            AttributeDefinition attribute = definition.get();
            String raw = m.group(4);
            String value;
            if (attribute.getKind() == AttributeKind.BOOLEAN) {
                value = raw == null || List.of("true", "yes").contains(raw.toLowerCase(Locale.ROOT)) ? "true"
                        : List.of("false", "no").contains(raw.toLowerCase(Locale.ROOT)) ? "false" : null;
            } else if (raw == null) {
                value = null;
            } else if (attribute.getKind() == AttributeKind.CHOICE) {
                value = attribute.getAllowedValues().stream().filter(v -> v.equals(raw) || typeName(v).equals(raw))
                        .findFirst().orElse(null);
            } else {
                value = raw.replace('_', ' ');
            }
            if (value == null) {
                losses.add(file + ", line " + line.number + ": \"" + (raw == null ? "" : raw) + "\" is not a value of "
                        + attribute.getId() + (attribute.getKind() == AttributeKind.CHOICE
                                ? " (" + String.join(", ", attribute.getAllowedValues()) + ")" : "")
                        + ", so it was left out");
                return;
            }
            set(annotation, attribute.getId(), value);
        }

        private Link relation(Line line, Map<String, Annotation> annotations, Map<String, Line> known)
                throws InterchangeException {
            Matcher m = line.match;
            requireKnown(line, m.group(3), known);
            requireKnown(line, m.group(4), known);
            Annotation source = annotations.get(m.group(3));
            Annotation target = annotations.get(m.group(4));
            String type = m.group(2);
            LinkKind kind = LinkKind.get(type.toLowerCase(Locale.ROOT));
            if (kind == null) {
                kind = LinkKind.getByName(type.toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            if (kind == null) {
                losses.add(file + ", line " + line.number + ": " + type + " is not a kind of link Framebench has ("
                        + InterchangeDocuments.linkKindLiterals() + "), so it was left out");
                return null;
            }
            if (source == null || target == null) {
                losses.add(file + ", line " + line.number + ": " + m.group(1) + " joins an annotation that was left out,"
                        + " so it was left out");
                return null;
            }
            Link link = FramebenchFactory.eINSTANCE.createLink();
            link.setId(Documents.newId());
            link.setSource(source);
            link.setTarget(target);
            link.setKind(kind);
            link.setCreated(new Date());
            document.getLinks().add(link);
            return link;
        }

        private void comment(Line line, Map<String, Annotation> annotations, Map<String, Link> relations,
                Map<String, Line> known) throws InterchangeException {
            Matcher m = line.match;
            String type = m.group(2);
            String targetId = m.group(3);
            requireKnown(line, targetId, known);
            String text = XmlText.clean(unescape(m.group(4) == null ? "" : m.group(4)));
            if (text == null || text.isEmpty()) {
                return;
            }
            Annotation annotation = annotations.get(targetId);
            Link link = relations.get(targetId);
            if (annotation == null && link == null) {
                return; // on something left out (and reported) already
            }
            if (NOTES.equals(type)) {
                if (annotation != null) {
                    annotation.setNote(annotation.getNote() == null ? text : annotation.getNote() + "\n\n" + text);
                } else {
                    link.setNote(link.getNote() == null ? text : link.getNote() + "\n\n" + text);
                }
            } else if (type.startsWith(TEXT_ATTRIBUTE) && annotation != null) {
                String key = type.substring(TEXT_ATTRIBUTE.length());
                Optional<AttributeDefinition> definition = annotation.getCode().getAttributes().stream()
                        .filter(d -> key.equals(d.getId()) || key.equals(typeName(d.getId()))).findFirst();
                if (definition.isEmpty()) {
                    losses.add(file + ", line " + line.number + ": " + annotation.getCode().getId() + " has no attribute "
                            + key + ", so it was left out");
                    return;
                }
                set(annotation, definition.get().getId(), text);
            } else {
                losses.add(file + ", line " + line.number + ": a note of type " + type + " (not AnnotatorNotes) was left out");
            }
        }

        private static void set(Annotation annotation, String key, String value) {
            if (annotation.getAttributeValues().stream().anyMatch(v -> key.equals(v.getKey()))) {
                return;
            }
            AttributeValue attributeValue = FramebenchFactory.eINSTANCE.createAttributeValue();
            attributeValue.setKey(key);
            attributeValue.setValue(value);
            annotation.getAttributeValues().add(attributeValue);
        }
    }
}
