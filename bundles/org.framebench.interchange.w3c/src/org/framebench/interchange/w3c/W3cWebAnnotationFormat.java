package org.framebench.interchange.w3c;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.TextRegion;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;

/**
 * W3C Web Annotation (JSON-LD, {@code http://www.w3.org/ns/anno.jsonld}), as Hypothesis and Recogito speak it.
 * <p>
 * <b>Export</b>: one file holding an {@code AnnotationCollection} whose first {@code AnnotationPage} lists one
 * {@code Annotation} per Framebench annotation:
 * <ul>
 * <li>{@code target.source}: the article's web address when the assignment gives one, else
 * {@code urn:framebench:ASSIGNMENT:ARTICLE}; {@code target.selector}: a {@code TextQuoteSelector} (exact, and
 * up to 32 characters of prefix and suffix) and a {@code TextPositionSelector} (start and end counted in Unicode
 * code points, end exclusive). An annotation on the headline says so with the property
 * {@value #REGION} {@code "headline"} on its target (the positions then count in the headline).</li>
 * <li>{@code body}: a {@code TextualBody} with purpose {@code tagging}, value the code's id and {@code label}
 * the code's label (always the first body); one further {@code tagging} body per attribute, value
 * {@code KEY=VALUE} (e.g. {@code affiliation=US government}, {@code implicit_source=true}); the note as a
 * {@code TextualBody} with purpose {@code commenting}.</li>
 * <li>{@code id}: {@code urn:uuid:ID} of the Framebench annotation (its UUID), {@code created}, {@code modified},
 * {@code creator} (the annotator).</li>
 * </ul>
 * A link is an {@code Annotation} with motivation {@code linking} whose {@code target} is the pair of
 * annotation ids, source first, with a {@code tagging} body naming the kind ({@code same-statement},
 * {@code same-source}, {@code contrasting-framing}, {@code omission}, {@code attribution}) and the link's note as a {@code commenting} body.
 * <p>
 * <b>Import</b> reads the same, and also a JSON array of annotations, one annotation, or an
 * {@code AnnotationPage}. An annotation is placed by its position selector when that covers its quote (or
 * there is no quote); otherwise by its quote (exact, prefix and suffix) in the article's text as it is now, so
 * annotations made on a changed text still find their words. The code is the first tagging body naming a code
 * of the codebook by id (or else by label). What cannot be placed, or has no known code, is reported, never
 * silently dropped.
 */
public final class W3cWebAnnotationFormat implements InterchangeFormat {

    public static final String ID = "w3c";
    public static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Framebench's own property on a target: which of the article's texts its selectors count in. */
    public static final String REGION = "https://framebench.org/ns/interchange#region";

    private static final int CONTEXT_LENGTH = TextAnchors.CONTEXT_LENGTH;
    private static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final Pattern GSON_POSITION = Pattern.compile("line (\\d+) column (\\d+)");
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final String ANNOTATION_URN = InterchangeDocuments.URN_PREFIX + "annotation:";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String label() {
        return "W3C Web Annotation (Hypothesis, Recogito)";
    }

    @Override
    public String targetDescription() {
        return ".jsonld";
    }

    // ------------------------------------------------------------------ export

    @Override
    public InterchangeReport exportDocument(AnnotationDocument document, Path target) throws InterchangeException {
        Assignment assignment = document.getAssignment();
        if (assignment == null) {
            throw new InterchangeException("The document has no assignment, so its annotations have nothing to point at.");
        }
        JsonArray items = new JsonArray();
        Map<Annotation, String> ids = new IdentityHashMap<>();
        Map<Article, CodePoints> codePoints = new IdentityHashMap<>();
        Map<Article, CodePoints> headlineCodePoints = new IdentityHashMap<>();
        List<String> losses = new ArrayList<>();
        int annotations = 0;
        int unanchored = 0;
        for (Annotation annotation : document.getAnnotations()) {
            if (annotation.getArticle() == null || annotation.getCode() == null || !TextAnchors.isAnchored(annotation)) {
                unanchored++;
                continue;
            }
            ids.put(annotation, annotationIri(annotation));
            CodePoints points = (TextAnchors.inHeadline(annotation) ? headlineCodePoints : codePoints)
                    .computeIfAbsent(annotation.getArticle(), a -> CodePoints.of(TextAnchors.textOf(annotation)));
            items.add(annotationJson(document, annotation, ids.get(annotation), points));
            annotations++;
        }
        if (unanchored > 0) {
            losses.add(unanchored + (unanchored == 1 ? " annotation has" : " annotations have")
                    + " no code or no longer covers its words, so " + (unanchored == 1 ? "it was" : "they were") + " left out");
        }
        int links = 0;
        int danglingLinks = 0;
        for (Link link : document.getLinks()) {
            String source = link.getSource() == null ? null : ids.get(link.getSource());
            String linkTarget = link.getTarget() == null ? null : ids.get(link.getTarget());
            if (source == null || linkTarget == null) {
                danglingLinks++;
                continue;
            }
            items.add(linkJson(link, source, linkTarget));
            links++;
        }
        if (danglingLinks > 0) {
            losses.add(danglingLinks + (danglingLinks == 1 ? " link joins" : " links join")
                    + " an annotation that was left out, so " + (danglingLinks == 1 ? "it was" : "they were") + " left out");
        }
        JsonObject collection = new JsonObject();
        collection.addProperty("@context", CONTEXT);
        collection.addProperty("id", "urn:uuid:" + (document.getId() == null ? UUID.randomUUID() : document.getId()));
        collection.addProperty("type", "AnnotationCollection");
        String who = document.getAnnotatorName();
        collection.addProperty("label", (assignment.getTitle() == null ? assignment.getId() : assignment.getTitle())
                + (who == null || who.isBlank() ? "" : ": annotations by " + who));
        collection.addProperty("total", items.size());
        collection.add("generator", generator());
        JsonObject page = new JsonObject();
        page.addProperty("type", "AnnotationPage");
        page.addProperty("startIndex", 0);
        page.add("items", items);
        collection.add("first", page);

        Gson gson = new GsonBuilder().disableHtmlEscaping().create();
        try {
            AtomicFiles.write(target, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                JsonWriter json = new JsonWriter(writer);
                json.setIndent("  ");
                json.setHtmlSafe(false);
                gson.toJson(collection, json);
                json.flush();
                writer.write('\n');
                writer.flush();
            }, false);
        } catch (IOException | JsonIOException e) {
            throw new InterchangeException("Could not write " + target.getFileName() + " (" + AtomicFiles.describe(e)
                    + "). Nothing was written.", e);
        }
        return new InterchangeReport(List.of(target), annotations, links, losses);
    }

    private static JsonObject generator() {
        JsonObject generator = new JsonObject();
        generator.addProperty("type", "Software");
        generator.addProperty("name", Documents.TOOL_VERSION);
        return generator;
    }

    private static String annotationIri(Annotation annotation) {
        String id = annotation.getId();
        if (id != null && UUID_TEXT.matcher(id).matches()) {
            return "urn:uuid:" + id.toLowerCase(Locale.ROOT);
        }
        return ANNOTATION_URN + InterchangeDocuments.encode(id == null ? UUID.randomUUID().toString() : id);
    }

    private static JsonObject annotationJson(AnnotationDocument document, Annotation annotation, String iri,
            CodePoints points) {
        JsonObject json = new JsonObject();
        json.addProperty("id", iri);
        json.addProperty("type", "Annotation");
        addDates(json, annotation.getCreated(), annotation.getModified());
        addCreator(json, document);
        JsonArray bodies = new JsonArray();
        Code code = annotation.getCode();
        JsonObject codeBody = textualBody("tagging", code.getId());
        if (code.getLabel() != null) {
            codeBody.addProperty("label", code.getLabel());
        }
        bodies.add(codeBody);
        for (AttributeValue value : annotation.getAttributeValues()) {
            if (value.getKey() != null && value.getValue() != null) {
                bodies.add(textualBody("tagging", value.getKey() + "=" + value.getValue()));
            }
        }
        if (annotation.getNote() != null && !annotation.getNote().isEmpty()) {
            bodies.add(textualBody("commenting", annotation.getNote()));
        }
        json.add("body", bodies);

        String text = TextAnchors.textOf(annotation);
        int begin = annotation.getBegin();
        int end = annotation.getEnd();
        JsonObject target = new JsonObject();
        target.addProperty("source", InterchangeDocuments.articleIri(document.getAssignment(), annotation.getArticle()));
        if (TextAnchors.inHeadline(annotation)) {
            target.addProperty(REGION, TextRegion.HEADLINE.getLiteral());
        }
        JsonArray selectors = new JsonArray();
        JsonObject quote = new JsonObject();
        quote.addProperty("type", "TextQuoteSelector");
        quote.addProperty("exact", text.substring(begin, end));
        quote.addProperty("prefix", text.substring(wholeStart(text, begin - CONTEXT_LENGTH), begin));
        quote.addProperty("suffix", text.substring(end, wholeEnd(text, end + CONTEXT_LENGTH)));
        selectors.add(quote);
        JsonObject position = new JsonObject();
        position.addProperty("type", "TextPositionSelector");
        position.addProperty("start", points.toCodePoints(begin));
        position.addProperty("end", points.toCodePoints(end));
        selectors.add(position);
        target.add("selector", selectors);
        json.add("target", target);
        return json;
    }

    /** {@code index} clamped to the text and moved off the second half of a surrogate pair. */
    private static int wholeStart(String text, int index) {
        int at = Math.max(0, index);
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at + 1 : at;
    }

    private static int wholeEnd(String text, int index) {
        int at = Math.min(text.length(), index);
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }

    private static JsonObject linkJson(Link link, String source, String target) {
        JsonObject json = new JsonObject();
        json.addProperty("id", link.getId() != null && UUID_TEXT.matcher(link.getId()).matches()
                ? "urn:uuid:" + link.getId().toLowerCase(Locale.ROOT)
                : ANNOTATION_URN + InterchangeDocuments.encode(link.getId() == null ? UUID.randomUUID().toString() : link.getId()));
        json.addProperty("type", "Annotation");
        json.addProperty("motivation", "linking");
        addDates(json, link.getCreated(), null);
        JsonArray bodies = new JsonArray();
        LinkKind kind = link.getKind() == null ? LinkKind.SAME_STATEMENT : link.getKind();
        bodies.add(textualBody("tagging", kind.getLiteral()));
        if (link.getNote() != null && !link.getNote().isEmpty()) {
            bodies.add(textualBody("commenting", link.getNote()));
        }
        json.add("body", bodies);
        JsonArray targets = new JsonArray();
        targets.add(source);
        targets.add(target);
        json.add("target", targets);
        return json;
    }

    private static JsonObject textualBody(String purpose, String value) {
        JsonObject body = new JsonObject();
        body.addProperty("type", "TextualBody");
        body.addProperty("purpose", purpose);
        body.addProperty("value", value);
        body.addProperty("format", "text/plain");
        return body;
    }

    private static void addDates(JsonObject json, Date created, Date modified) {
        if (created != null) {
            json.addProperty("created", created.toInstant().toString());
        }
        if (modified != null) {
            json.addProperty("modified", modified.toInstant().toString());
        }
    }

    private static void addCreator(JsonObject json, AnnotationDocument document) {
        if (document.getAnnotatorName() == null && document.getAnnotatorId() == null) {
            return;
        }
        JsonObject creator = new JsonObject();
        creator.addProperty("type", "Person");
        if (document.getAnnotatorName() != null) {
            creator.addProperty("name", document.getAnnotatorName());
        }
        if (document.getAnnotatorId() != null) {
            creator.addProperty("nickname", document.getAnnotatorId());
        }
        json.add("creator", creator);
    }

    // ------------------------------------------------------------------ import

    @Override
    public ImportResult importDocument(Path source, AnnotationDocument template) throws InterchangeException {
        String name = source.getFileName() == null ? source.toString() : source.getFileName().toString();
        JsonElement root = parse(source, name);
        List<JsonObject> items = items(root, name);
        AnnotationDocument document = InterchangeDocuments.newDocumentFrom(template);
        return new Reading(document, source).read(items);
    }

    /** The JSON of {@code source}, strictly parsed; malformed JSON is reported with its line and column. */
    static JsonElement parse(Path source, String name) throws InterchangeException {
        if (Files.isDirectory(source)) {
            throw new InterchangeException(name + " is a folder; a W3C Web Annotation file (.jsonld or .json) is needed.");
        }
        try {
            if (Files.size(source) > MAX_BYTES) {
                throw new InterchangeException(name + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB; that is far more"
                        + " than annotations of a few articles take, so it was not read.");
            }
            byte[] bytes = Files.readAllBytes(source);
            String content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (content.startsWith("\uFEFF")) {
                content = content.substring(1); // a byte order mark, as some Windows programs write
            }
            Reader reader = new java.io.StringReader(content);
            JsonReader json = new JsonReader(reader);
            json.setStrictness(Strictness.STRICT);
            JsonElement element;
            try {
                element = new Gson().getAdapter(JsonElement.class).read(json);
                if (json.peek() != JsonToken.END_DOCUMENT) {
                    throw new MalformedJsonException("More JSON after the end of the document" + position(json));
                }
            } catch (java.io.EOFException e) {
                throw new InterchangeException(name + " is not valid JSON: it ends too early"
                        + place(e.getMessage()) + " (is the file cut short?).", e);
            } catch (MalformedJsonException | JsonParseException | IllegalStateException e) {
                throw new InterchangeException(name + " is not valid JSON" + place(e.getMessage()) + ": "
                        + reason(e.getMessage()) + ".", e);
            }
            return element;
        } catch (NoSuchFileException e) {
            throw new InterchangeException(name + " does not exist.", e);
        } catch (CharacterCodingException e) {
            throw new InterchangeException(name + " is not UTF-8 text, so it is not a W3C Web Annotation file.", e);
        } catch (IOException e) {
            throw new InterchangeException(name + " could not be read (" + AtomicFiles.describe(e) + ").", e);
        }
    }

    private static String position(JsonReader json) {
        String where = json.toString();
        Matcher matcher = GSON_POSITION.matcher(where);
        return matcher.find() ? " at line " + matcher.group(1) + " column " + matcher.group(2) : "";
    }

    /** ", line L, column C" from one of Gson's messages, or nothing. */
    private static String place(String message) {
        Matcher matcher = GSON_POSITION.matcher(String.valueOf(message));
        return matcher.find() ? " (line " + matcher.group(1) + ", column " + matcher.group(2) + ")" : "";
    }

    /** Gson's message without its position, path and troubleshooting link, in lower case. */
    private static String reason(String message) {
        String text = String.valueOf(message);
        int at = text.indexOf(" at line ");
        if (at >= 0) {
            text = text.substring(0, at);
        }
        at = text.indexOf("\nSee ");
        if (at >= 0) {
            text = text.substring(0, at);
        }
        text = text.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "")
                .replace("Use JsonReader.setLenient(true) to accept malformed JSON", "").strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return text.isEmpty() ? "malformed JSON" : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The annotations a file holds: a collection's first page, a page, an array, or one annotation. */
    static List<JsonObject> items(JsonElement root, String name) throws InterchangeException {
        JsonArray array;
        if (root.isJsonArray()) {
            array = root.getAsJsonArray();
        } else if (root.isJsonObject()) {
            JsonObject object = root.getAsJsonObject();
            if (object.has("items") || object.has("first")) {
                JsonElement page = object.has("items") ? object : object.get("first");
                if (!page.isJsonObject()) {
                    throw new InterchangeException(name + ": the collection's annotations are on a separate page ("
                            + page + "); save that page and import it.");
                }
                array = new JsonArray();
                // The first page, and the pages after it when the file holds them (not when it only names them).
                for (int pages = 0; page != null && page.isJsonObject() && pages < 100_000; pages++) {
                    JsonElement pageItems = page.getAsJsonObject().get("items");
                    if (pageItems == null || !pageItems.isJsonArray()) {
                        throw new InterchangeException(name + ": annotation page " + (pages + 1) + " has no list of items.");
                    }
                    array.addAll(pageItems.getAsJsonArray());
                    page = page.getAsJsonObject().get("next");
                }
                if (page != null && page.isJsonPrimitive()) {
                    throw new InterchangeException(name + ": the collection goes on on a separate page (" + page.getAsString()
                            + "); save that page too and import it on its own.");
                }
            } else if (types(object).contains("Annotation") || object.has("target")) {
                array = new JsonArray();
                array.add(object);
            } else {
                throw new InterchangeException(name + " is JSON but not a W3C Web Annotation file: it holds neither"
                        + " annotations nor an annotation collection or page.");
            }
        } else {
            throw new InterchangeException(name + " is JSON but not a W3C Web Annotation file: it holds neither"
                    + " annotations nor an annotation collection or page.");
        }
        List<JsonObject> items = new ArrayList<>();
        int index = 0;
        for (JsonElement element : array) {
            index++;
            if (!element.isJsonObject()) {
                throw new InterchangeException(name + ": item " + index + " of the annotations is not an annotation"
                        + " (a JSON object) but " + shortly(element) + ".");
            }
            JsonObject item = element.getAsJsonObject();
            if (!item.has("target")) {
                throw new InterchangeException(name + ": annotation " + index + describeId(item)
                        + " has no target, so it says nothing about what it annotates.");
            }
            items.add(item);
        }
        return items;
    }

    private static String describeId(JsonObject item) {
        String id = string(item.get("id"));
        return id == null ? "" : " (" + id + ")";
    }

    private static String shortly(JsonElement element) {
        String text = element.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static Set<String> types(JsonObject object) {
        Set<String> types = new HashSet<>();
        for (String key : new String[] { "type", "@type" }) {
            JsonElement type = object.get(key);
            if (type != null && type.isJsonArray()) {
                type.getAsJsonArray().forEach(t -> types.add(String.valueOf(string(t))));
            } else if (type != null) {
                types.add(String.valueOf(string(type)));
            }
        }
        return types;
    }

    private static String string(JsonElement element) {
        return element != null && element.isJsonPrimitive() ? element.getAsString() : null;
    }

    private static List<JsonElement> list(JsonElement element) {
        List<JsonElement> list = new ArrayList<>();
        if (element == null || element.isJsonNull()) {
            return list;
        }
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(list::add);
        } else {
            list.add(element);
        }
        return list;
    }

    /** One import under way. */
    private static final class Reading {

        private final AnnotationDocument document;
        private final Path source;
        private final Assignment assignment;
        private final Codebook codebook;
        private final Map<String, Annotation> byIri = new HashMap<>();
        private final Set<String> usedIds = new HashSet<>();
        private final Map<String, QuoteAnchors> anchors = new HashMap<>();
        private final Map<String, CodePoints> points = new HashMap<>();
        private final List<String> losses = new ArrayList<>();

        Reading(AnnotationDocument document, Path source) {
            this.document = document;
            this.source = source;
            this.assignment = document.getAssignment();
            this.codebook = assignment.getCodebook();
        }

        ImportResult read(List<JsonObject> items) {
            List<Integer> linkIndexes = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                JsonObject item = items.get(i);
                if (isLink(item)) {
                    linkIndexes.add(i);
                } else {
                    readAnnotation(i + 1, item);
                }
            }
            int links = 0;
            for (int i : linkIndexes) {
                if (readLink(i + 1, items.get(i))) {
                    links++;
                }
            }
            return new ImportResult(document,
                    new InterchangeReport(List.of(source), document.getAnnotations().size(), links, losses));
        }

        private static boolean isLink(JsonObject item) {
            return list(item.get("motivation")).stream().anyMatch(m -> "linking".equals(string(m)));
        }

        private String which(int index, JsonObject item) {
            return "annotation " + index + describeId(item);
        }

        private void readAnnotation(int index, JsonObject item) {
            List<String> tags = new ArrayList<>();
            List<String> comments = new ArrayList<>();
            for (JsonElement body : list(item.get("body"))) {
                readBody(body, tags, comments);
            }
            // The code: the first tag naming a code by id, or else by label.
            Code code = null;
            String codeTag = null;
            for (String tag : tags) {
                Optional<Code> byId = Codebooks.findById(codebook, tag.strip());
                if (byId.isPresent()) {
                    code = byId.get();
                    codeTag = tag;
                    break;
                }
            }
            if (code == null) {
                for (String tag : tags) {
                    Optional<Code> byLabel = Codebooks.allCodes(codebook).stream()
                            .filter(c -> c.getLabel() != null && c.getLabel().equalsIgnoreCase(tag.strip())).findFirst();
                    if (byLabel.isPresent()) {
                        code = byLabel.get();
                        codeTag = tag;
                        break;
                    }
                }
            }
            if (code == null) {
                losses.add(which(index, item) + (tags.isEmpty() ? " has no tag naming a code, so it was left out"
                        : " names no code of the codebook (its tags: " + String.join(", ", tags) + "), so it was left out"));
                return;
            }
            List<JsonElement> targets = list(item.get("target"));
            JsonElement targetElement = targets.stream().filter(JsonElement::isJsonObject).findFirst()
                    .orElse(targets.isEmpty() ? null : targets.get(0));
            if (targetElement == null || !targetElement.isJsonObject()) {
                losses.add(which(index, item) + " points at " + (targetElement == null ? "nothing"
                        : "a whole resource (" + string(targetElement) + "), not at words in an article")
                        + ", so it was left out");
                return;
            }
            JsonObject target = targetElement.getAsJsonObject();
            String sourceIri = string(target.get("source"));
            if (sourceIri == null) {
                losses.add(which(index, item) + "'s target has no source, so it was left out");
                return;
            }
            Optional<Article> found = InterchangeDocuments.articleForIri(assignment, sourceIri);
            if (found.isEmpty()) {
                losses.add(which(index, item) + " is on " + sourceIri + ", which is none of the assignment's articles,"
                        + " so it was left out");
                return;
            }
            Article article = found.get();
            String exact = null;
            String prefix = "";
            String suffix = "";
            Long start = null;
            Long end = null;
            for (JsonElement selectorElement : list(target.get("selector"))) {
                if (!selectorElement.isJsonObject()) {
                    continue;
                }
                JsonObject selector = selectorElement.getAsJsonObject();
                Set<String> types = types(selector);
                if (types.contains("TextQuoteSelector") && exact == null) {
                    exact = string(selector.get("exact"));
                    prefix = orEmpty(string(selector.get("prefix")));
                    suffix = orEmpty(string(selector.get("suffix")));
                } else if (types.contains("TextPositionSelector") && start == null) {
                    start = number(selector.get("start"));
                    end = number(selector.get("end"));
                }
            }
            if (exact == null && (start == null || end == null)) {
                losses.add(which(index, item) + " has no text quote or text position selector, so it cannot be placed"
                        + " in " + article.getId() + " and was left out");
                return;
            }
            String regionText = string(target.get(REGION));
            TextRegion stated = TextRegion.HEADLINE.getLiteral().equals(regionText) ? TextRegion.HEADLINE
                    : regionText == null ? null : TextRegion.BODY;
            TextRegion region = stated == null ? TextRegion.BODY : stated;
            TextSpan span = place(article, region, exact, prefix, suffix, start, end);
            if (span == null && stated == null && article.getHeadline() != null) {
                span = place(article, TextRegion.HEADLINE, exact, prefix, suffix, start, end);
                if (span != null) {
                    region = TextRegion.HEADLINE;
                }
            }
            if (span == null) {
                losses.add(which(index, item) + " (" + code.getId() + (exact == null ? "" : " on \"" + abbreviate(exact) + "\"")
                        + ") could not be found in the text of " + article.getId() + ", so it was left out");
                return;
            }
            Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
            String iri = string(item.get("id"));
            annotation.setId(idFrom(iri));
            TextAnchors.anchor(annotation, article, region, span.begin(), span.end());
            annotation.setCode(code);
            Date created = date(item.get("created"));
            Date modified = date(item.get("modified"));
            Date now = new Date();
            annotation.setCreated(created == null ? now : created);
            annotation.setModified(modified == null ? annotation.getCreated() : modified);
            boolean codeTaken = false;
            for (String tag : tags) {
                if (!codeTaken && tag.equals(codeTag)) {
                    codeTaken = true;
                    continue;
                }
                readAttribute(index, item, annotation, code, tag);
            }
            if (!comments.isEmpty()) {
                annotation.setNote(XmlText.clean(String.join("\n\n", comments)));
            }
            document.getAnnotations().add(annotation);
            if (iri != null) {
                byIri.put(iri, annotation);
            }
        }

        private void readBody(JsonElement body, List<String> tags, List<String> comments) {
            if (body.isJsonPrimitive()) {
                return; // a body given only by address: a resource elsewhere, nothing to read here
            }
            if (!body.isJsonObject()) {
                return;
            }
            JsonObject object = body.getAsJsonObject();
            if (object.has("items") && types(object).contains("Choice")) {
                list(object.get("items")).stream().findFirst().ifPresent(first -> readBody(first, tags, comments));
                return;
            }
            String value = string(object.get("value"));
            if (value == null) {
                value = string(object.get("chars"));
            }
            if (value == null) {
                return;
            }
            List<String> purposes = list(object.get("purpose")).stream().map(W3cWebAnnotationFormat::string).toList();
            if (purposes.contains("tagging") || purposes.contains("classifying") || purposes.contains("identifying")) {
                tags.add(value);
            } else if (!value.isBlank()) {
                comments.add(value);
            }
        }

        private void readAttribute(int index, JsonObject item, Annotation annotation, Code code, String tag) {
            int equals = tag.indexOf('=');
            if (equals <= 0) {
                losses.add(which(index, item) + ": the tag \"" + tag + "\" is neither a code nor an attribute (KEY=VALUE)"
                        + " of " + code.getId() + ", so it was left out");
                return;
            }
            String key = tag.substring(0, equals).strip();
            String value = XmlText.clean(tag.substring(equals + 1).strip());
            Optional<AttributeDefinition> definition = Codebooks.attribute(code, key);
            if (definition.isEmpty()) {
                losses.add(which(index, item) + ": " + code.getId() + " has no attribute \"" + key + "\", so \"" + tag
                        + "\" was left out");
                return;
            }
            AttributeDefinition attribute = definition.get();
            if (attribute.getKind() == AttributeKind.CHOICE && !attribute.getAllowedValues().contains(value)) {
                losses.add(which(index, item) + ": \"" + value + "\" is not one of the values of " + key
                        + " (" + String.join(", ", attribute.getAllowedValues()) + "), so it was left out");
                return;
            }
            if (attribute.getKind() == AttributeKind.BOOLEAN) {
                String lower = value.toLowerCase(Locale.ROOT);
                if (List.of("true", "yes").contains(lower)) {
                    value = "true";
                } else if (List.of("false", "no").contains(lower)) {
                    value = "false";
                } else {
                    losses.add(which(index, item) + ": " + key + " is yes or no, not \"" + value + "\", so it was left out");
                    return;
                }
            }
            if (value.isEmpty() || annotation.getAttributeValues().stream().anyMatch(v -> key.equals(v.getKey()))) {
                return;
            }
            AttributeValue attributeValue = FramebenchFactory.eINSTANCE.createAttributeValue();
            attributeValue.setKey(key);
            attributeValue.setValue(value);
            annotation.getAttributeValues().add(attributeValue);
        }

        /** Where the selectors put the annotation in {@code region} of {@code article}, or null. */
        private TextSpan place(Article article, TextRegion region, String exact, String prefix, String suffix,
                Long start, Long end) {
            String text = TextAnchors.textOf(article, region);
            if (text == null || text.isEmpty()) {
                return null;
            }
            String key = article.getId() + "\u0000" + region.getLiteral();
            int expected = 0;
            if (start != null && end != null) {
                CodePoints converter = points.computeIfAbsent(key, k -> CodePoints.of(text));
                int begin = converter.toUtf16(start);
                int stop = converter.toUtf16(end);
                if (begin >= 0 && stop > begin && (exact == null || text.regionMatches(begin, exact, 0, exact.length())
                        && exact.length() == stop - begin)) {
                    return new TextSpan(begin, stop);
                }
                expected = begin >= 0 ? begin : 0;
            }
            if (exact == null || exact.isEmpty()) {
                return null;
            }
            return anchors.computeIfAbsent(key, k -> QuoteAnchors.in(text)).locate(exact, prefix, suffix, expected);
        }

        private String idFrom(String iri) {
            String id = null;
            if (iri != null && iri.startsWith("urn:uuid:") && UUID_TEXT.matcher(iri.substring(9)).matches()) {
                id = iri.substring(9);
            } else if (iri != null && iri.startsWith(ANNOTATION_URN)) {
                id = InterchangeDocuments.decode(iri.substring(ANNOTATION_URN.length()));
            }
            if (id == null || id.isBlank() || !usedIds.add(id)) {
                id = Documents.newId();
                usedIds.add(id);
            }
            return id;
        }

        private boolean readLink(int index, JsonObject item) {
            List<JsonElement> targets = list(item.get("target"));
            List<Annotation> ends = new ArrayList<>();
            for (JsonElement target : targets) {
                String iri = target.isJsonObject() ? string(target.getAsJsonObject().get("id")) : string(target);
                if (iri == null && target.isJsonObject()) {
                    iri = string(target.getAsJsonObject().get("source"));
                }
                ends.add(iri == null ? null : byIri.get(iri));
            }
            if (ends.size() != 2) {
                losses.add("link " + index + describeId(item) + " joins " + ends.size()
                        + " things; Framebench links join two annotations, so it was left out");
                return false;
            }
            if (ends.contains(null)) {
                losses.add("link " + index + describeId(item) + " joins an annotation that is not in the file or was"
                        + " left out, so it was left out");
                return false;
            }
            List<String> tags = new ArrayList<>();
            List<String> comments = new ArrayList<>();
            for (JsonElement body : list(item.get("body"))) {
                readBody(body, tags, comments);
            }
            LinkKind kind = null;
            for (String tag : tags) {
                LinkKind byLiteral = LinkKind.get(tag.strip().toLowerCase(Locale.ROOT));
                LinkKind byName = LinkKind.getByName(tag.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
                kind = byLiteral != null ? byLiteral : byName;
                if (kind != null) {
                    break;
                }
            }
            if (kind == null) {
                losses.add("link " + index + describeId(item) + " has no kind Framebench knows ("
                        + InterchangeDocuments.linkKindLiterals() + "), so it was left out");
                return false;
            }
            Link link = FramebenchFactory.eINSTANCE.createLink();
            link.setId(idFrom(string(item.get("id"))));
            link.setSource(ends.get(0));
            link.setTarget(ends.get(1));
            link.setKind(kind);
            if (!comments.isEmpty()) {
                link.setNote(XmlText.clean(String.join("\n\n", comments)));
            }
            Date created = date(item.get("created"));
            link.setCreated(created == null ? new Date() : created);
            document.getLinks().add(link);
            return true;
        }

        private static String orEmpty(String text) {
            return text == null ? "" : text;
        }

        private static Long number(JsonElement element) {
            if (element == null || !element.isJsonPrimitive()) {
                return null;
            }
            JsonPrimitive primitive = element.getAsJsonPrimitive();
            try {
                return primitive.isNumber() || primitive.isString() ? Long.valueOf(primitive.getAsString().strip()) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static Date date(JsonElement element) {
            String text = string(element);
            if (text == null) {
                return null;
            }
            try {
                return Date.from(Instant.parse(text));
            } catch (DateTimeParseException e) {
                try {
                    return Date.from(java.time.OffsetDateTime.parse(text).toInstant());
                } catch (DateTimeParseException again) {
                    return null;
                }
            }
        }

        private static String abbreviate(String text) {
            String oneLine = text.replaceAll("\\s+", " ");
            return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
        }
    }
}
