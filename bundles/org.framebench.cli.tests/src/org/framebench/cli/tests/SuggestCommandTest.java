package org.framebench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.cli.CommandLine;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Layer;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code framebench suggest} and {@code framebench key --suggest}: real files in, JSON lines and a key out. */
class SuggestCommandTest {

    @TempDir
    Path folder;

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = CommandLine.standard().run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theBundledAssignmentGivesOneJsonObjectASuggestionLinedUpWithTheText() throws Exception {
        Result result = run("suggest");
        assertEquals(0, result.exitCode, result.err);
        assertEquals("", result.err);
        Map<String, String> texts = new HashMap<>();
        for (Article article : CorpusLoader.loadDefault().getArticles()) {
            texts.put(article.getId(), article.getText());
        }
        List<String> lines = result.out.lines().toList();
        assertTrue(lines.size() > 150, "lines: " + lines.size());
        Map<String, Set<String>> partsOfGroup = new HashMap<>();
        for (String line : lines) {
            JsonObject json = JsonParser.parseString(line).getAsJsonObject();
            assertEquals(Set.of("article", "begin", "end", "code", "text", "confidence", "attribution", "part"),
                    json.keySet(), line);
            String text = texts.get(json.get("article").getAsString());
            int begin = json.get("begin").getAsInt();
            int end = json.get("end").getAsInt();
            assertEquals(text.substring(begin, end), json.get("text").getAsString(), line);
            double confidence = json.get("confidence").getAsDouble();
            assertTrue(confidence > 0 && confidence <= 1, line);
            assertTrue(json.get("code").getAsString().matches("[AS][1-8]"), line);
            partsOfGroup.computeIfAbsent(json.get("attribution").getAsString(), k -> new HashSet<>())
                    .add(json.get("part").getAsString());
        }
        long complete = partsOfGroup.values().stream()
                .filter(parts -> parts.containsAll(Set.of("source", "cue", "content"))).count();
        assertTrue(complete > 50, "attributions with source, cue and content: " + complete);
        assertTrue(result.out.contains("\"text\": \"Libyan government spokesman Musa Ibrahim\", \"confidence\""),
                "a named source with its title");
        assertTrue(result.out.contains("\"code\": \"A8\", \"text\": \"denied\""), "a denial");
    }

    @Test
    void anAssignmentsOwnCodebookDecidesTheCodes() throws Exception {
        Assignment assignment = EcoreUtil.copy(CorpusLoader.loadDefault());
        for (Layer layer : assignment.getCodebook().getLayers()) {
            layer.getCodes().removeIf(code -> code.getId().equals("A1") || code.getId().equals("S4"));
        }
        Path file = folder.resolve("fewer-codes.fbassign");
        AssignmentFiles.save(assignment, file);
        Result result = run("suggest", file.toString());
        assertEquals(0, result.exitCode, result.err);
        assertFalse(result.out.isBlank());
        assertFalse(result.out.contains("\"code\": \"A1\""), "no A1 in this codebook");
        assertFalse(result.out.contains("\"code\": \"S4\""), "no S4 in this codebook");
        assertTrue(result.out.contains("\"code\": \"A2\""));
    }

    @Test
    void badInputIsExplained() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.fbench"), "not a document");
        Result result = run("suggest", broken.toString());
        assertEquals(1, result.exitCode);
        assertTrue(result.err.startsWith("framebench suggest: "), result.err);
        assertTrue(result.err.contains("broken.fbench"), result.err);
        assertEquals("", result.out);
        Result two = run("suggest", "a.fbench", "b.fbench");
        assertEquals(2, two.exitCode);
        assertEquals("framebench suggest: give at most one file. Run 'framebench suggest --help'." + System.lineSeparator(),
                two.err);
        assertEquals(2, run("suggest", "--all").exitCode);
        assertTrue(run("--help").out.contains("  suggest "));
    }

    @Test
    void keySuggestWritesADraftKeyWithTheThreePartsLinked() throws Exception {
        Path draft = folder.resolve("draft.fbench");
        Result result = run("key", "--suggest", "--out", draft.toString(), "--author", "Dr. Owusu");
        assertEquals(0, result.exitCode, result.err);
        assertTrue(result.out.startsWith("Wrote " + draft + ": a draft key by Dr. Owusu with "), result.out);

        AnnotationDocument key = DocumentStore.load(draft);
        assertEquals(Role.KEY, key.getRole());
        assertEquals("Dr. Owusu", key.getAnnotatorName());
        Set<String> distinct = new HashSet<>();
        for (String line : run("suggest").out.lines().toList()) {
            JsonObject json = JsonParser.parseString(line).getAsJsonObject();
            distinct.add(json.get("article").getAsString() + ":" + json.get("begin") + ":" + json.get("end") + ":"
                    + json.get("code").getAsString());
        }
        assertEquals(distinct.size(), key.getAnnotations().size(), "one annotation per distinct suggested span");
        for (Annotation annotation : key.getAnnotations()) {
            assertTrue(TextAnchors.isAnchored(annotation), annotation.getCoveredText());
            assertTrue(key.getAssignment().getCodebook().getLayers().stream()
                    .anyMatch(layer -> layer.getCodes().contains(annotation.getCode())), "code of the key's codebook");
        }
        assertFalse(key.getLinks().isEmpty());
        int cueToContent = 0;
        for (Link link : key.getLinks()) {
            assertEquals(LinkKind.ATTRIBUTION, link.getKind());
            assertEquals(link.getSource().getArticle(), link.getTarget().getArticle(), "one attribution, one article");
            String from = link.getSource().getCode().getId();
            String to = link.getTarget().getCode().getId();
            if (from.matches("A[4-8]") && to.matches("A[1-3]")) {
                cueToContent++;
            }
        }
        assertTrue(cueToContent > 50, "cue-content links: " + cueToContent);
        Annotation named = key.getAnnotations().stream()
                .filter(a -> a.getCoveredText().equals("Libyan government spokesman Musa Ibrahim")).findFirst().orElseThrow();
        assertEquals("S1", named.getCode().getId());
        assertTrue(named.getAttributeValues().stream()
                .anyMatch(v -> v.getKey().equals("identification") && v.getValue().equals("named")));

        Result clash = run("key", "--suggest", "--from", draft.toString(), "--out", folder.resolve("x.fbench").toString());
        assertEquals(2, clash.exitCode);
        assertEquals("framebench key: give one of --from FILE, --draft-from FOLDER or --suggest. Run 'framebench key --help'."
                + System.lineSeparator(), clash.err);
    }

    @Test
    void theDraftKeyLinksEachAttributionsCueToItsSourceAndContent() throws Exception {
        Path draft = folder.resolve("linked.fbench");
        assertEquals(0, run("key", "--suggest", "--out", draft.toString()).exitCode);
        // What the finder groups, as `suggest` prints it: per attribution id, the spans of its cue, sources, contents.
        Map<String, String> cueOf = new HashMap<>();
        Map<String, List<String>> othersOf = new HashMap<>();
        for (String line : run("suggest").out.lines().toList()) {
            JsonObject json = JsonParser.parseString(line).getAsJsonObject();
            String span = json.get("article").getAsString() + ":" + json.get("begin") + ":" + json.get("end") + ":"
                    + json.get("code").getAsString();
            String group = json.get("attribution").getAsString();
            String code = json.get("code").getAsString();
            if (code.matches("A[4-8]")) {
                cueOf.put(group, span);
            } else if (code.matches("A[1-3]|S[1-4]")) {
                othersOf.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(span);
            }
        }
        // Saved and read back through EMF: the links join those very annotations.
        AnnotationDocument key = DocumentStore.load(draft);
        Set<String> links = new HashSet<>();
        for (Link link : key.getLinks()) {
            if (link.getKind() == LinkKind.ATTRIBUTION) {
                links.add(span(link.getSource()) + ">" + span(link.getTarget()));
            }
        }
        int expected = 0;
        for (Map.Entry<String, String> cue : cueOf.entrySet()) {
            for (String other : othersOf.getOrDefault(cue.getKey(), List.of())) {
                assertTrue(links.contains(cue.getValue() + ">" + other), "attribution " + cue.getKey() + ": "
                        + cue.getValue() + " is linked to " + other);
                expected++;
            }
        }
        assertTrue(expected > 60, "cue links checked: " + expected);
        // One attribution read by hand: the CNN spokesman, his verb and his words.
        Annotation musa = key.getAnnotations().stream()
                .filter(a -> a.getCoveredText().equals("Libyan government spokesman Musa Ibrahim")).findFirst().orElseThrow();
        Link toMusa = key.getLinks().stream().filter(l -> l.getTarget() == musa).findFirst().orElseThrow();
        Annotation cue = toMusa.getSource();
        assertTrue(cue.getCode().getId().matches("A[4-8]"), cue.getCode().getId() + " " + cue.getCoveredText());
        assertTrue(key.getLinks().stream().anyMatch(l -> l.getSource() == cue && l.getTarget() != musa
                && l.getTarget().getCode().getId().matches("A[1-3]")), "the cue is linked to the quote too");
    }

    private static String span(Annotation annotation) {
        return annotation.getArticle().getId() + ":" + annotation.getBegin() + ":" + annotation.getEnd() + ":"
                + annotation.getCode().getId();
    }
}
