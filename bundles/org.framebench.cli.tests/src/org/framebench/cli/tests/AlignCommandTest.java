package org.framebench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.framebench.cli.CommandLine;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framebench align}: JSON pairs with UTF-16 offsets, for every sentence or for a file's annotations. */
class AlignCommandTest {

    private static final Pattern PAIR = Pattern.compile("\\{\"source\": \\{\"article\": \"([a-z-]+)\", \"begin\": (\\d+), "
            + "\"end\": (\\d+)\\}, \"target\": \\{\"article\": \"([a-z-]+)\", \"begin\": (\\d+), \"end\": (\\d+)\\}, "
            + "\"score\": (\\d\\.\\d+)\\},?");

    @TempDir
    Path folder;

    record Pair(String source, int sourceBegin, int sourceEnd, String target, int targetBegin, int targetEnd, double score) {
    }

    @Test
    void withoutAFileEverySentenceOfTheBundledArticlesIsAligned() throws Exception {
        Result result = run("align");
        assertEquals(0, result.exitCode, result.err);
        assertEquals("", result.err);
        List<Pair> pairs = parse(result.out);
        Map<String, String> texts = texts();
        String bbc = texts.get("bbc");
        String ghana = texts.get("bbc-ghana");
        String sentence = "Nato later took over \u2013 although the US continues to play a support role.";
        int begin = bbc.indexOf(sentence);
        Pair nato = pairs.stream().filter(p -> p.source.equals("bbc") && p.sourceBegin == begin
                && p.target.equals("bbc-ghana")).findFirst().orElseThrow(() -> new AssertionError(result.out));
        assertEquals(begin + sentence.length(), nato.sourceEnd, "end exclusive, UTF-16");
        assertEquals("Nato later took over - although the US continues to play a support role.",
                ghana.substring(nato.targetBegin, nato.targetEnd));
        assertTrue(nato.score > 0.99, "the republished copy: " + nato.score);
        for (Pair pair : pairs) {
            assertTrue(pair.score >= 0.1 && pair.score <= 1, pair.toString());
            assertTrue(!pair.source.equals(pair.target), pair.toString());
            assertTrue(pair.sourceEnd <= texts.get(pair.source).length() && pair.targetEnd <= texts.get(pair.target).length());
        }
        assertTrue(pairs.stream().anyMatch(p -> p.source.equals("cnn") && p.target.equals("third")), "all articles against all");
        assertTrue(pairs.stream().anyMatch(p -> p.source.equals("third") && p.target.equals("cnn")));
    }

    @Test
    void withAFileThePairsAreForItsAnnotations() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        Article cnn = document.getAssignment().getArticles().get(0);
        int begin = cnn.getText().indexOf("a first step");
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, cnn, begin, begin + "a first step".length());
        annotation.setCode(Codebooks.allCodes(document.getAssignment().getCodebook()).get(0));
        annotation.setCreated(new java.util.Date());
        document.getAnnotations().add(annotation);
        Path file = folder.resolve("ama.fbench");
        DocumentStore.save(document, file);
        byte[] before = Files.readAllBytes(file);

        Result result = run("align", file.toString(), "--top", "2");
        assertEquals(0, result.exitCode, result.err);
        List<Pair> pairs = parse(result.out);
        assertTrue(pairs.stream().allMatch(p -> p.source.equals("cnn") && p.sourceBegin == begin
                && p.sourceEnd == begin + 12), result.out);
        for (String other : List.of("third", "bbc-ghana", "bbc")) {
            long count = pairs.stream().filter(p -> p.target.equals(other)).count();
            assertTrue(count <= 2, other + ": " + count + " (--top 2)");
        }
        // The BBC text and its copy say the talks were "an important step"; the third outlet has no such
        // passage, and nothing of it scores the default minimum.
        assertTrue(pairs.stream().anyMatch(p -> p.target.equals("bbc")), result.out);
        assertTrue(pairs.stream().anyMatch(p -> p.target.equals("bbc-ghana")), result.out);
        String bbc = texts().get("bbc");
        Pair best = pairs.stream().filter(p -> p.target.equals("bbc")).findFirst().orElseThrow();
        assertTrue(bbc.substring(best.targetBegin, best.targetEnd).contains("hailed the talks as an important step"));
        assertEquals(List.of(before.length), List.of(Files.readAllBytes(file).length), "the file is left as it was");
    }

    @Test
    void aHeadlineAnnotationIsAlignedToTheOtherHeadlinesFirstWithOffsetsIntoTheHeadline() throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), Role.STUDENT);
        Article cnn = document.getAssignment().getArticles().get(0);
        int begin = cnn.getHeadline().indexOf("Tunisia");
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, cnn, org.framebench.model.TextRegion.HEADLINE, begin, begin + 7);
        annotation.setCode(Codebooks.allCodes(document.getAssignment().getCodebook()).get(0));
        annotation.setCreated(new java.util.Date());
        document.getAnnotations().add(annotation);
        Path file = folder.resolve("headline.fbench");
        DocumentStore.save(document, file);

        Result result = run("align", file.toString());
        assertEquals(0, result.exitCode, result.err);
        List<String> lines = result.out.lines().filter(l -> l.startsWith("{")).toList();
        String source = "{\"source\": {\"article\": \"cnn\", \"begin\": " + begin + ", \"end\": " + (begin + 7)
                + ", \"region\": \"headline\"}";
        assertTrue(!lines.isEmpty() && lines.stream().allMatch(l -> l.startsWith(source)),
                "every pair is for the headline's \"Tunisia\", offsets into the headline (before: read as the text's): " + result.out);
        String bbcHeadline = "\"target\": {\"article\": \"bbc\", \"begin\": 0, \"end\": "
                + document.getAssignment().getArticles().get(3).getHeadline().length() + ", \"region\": \"headline\"}";
        int headlineAt = -1;
        int bodyAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(bbcHeadline)) {
                headlineAt = i;
            } else if (lines.get(i).contains("\"target\": {\"article\": \"bbc\"") && bodyAt < 0) {
                bodyAt = i;
            }
        }
        assertTrue(headlineAt >= 0, "the BBC headline is proposed: " + result.out);
        assertTrue(bodyAt > headlineAt, "before the BBC's best sentence: " + result.out);
    }

    @Test
    void wrongCommandLinesAreOneLineAndExitTwo() {
        Result top = run("align", "--top", "0");
        assertEquals(2, top.exitCode);
        assertEquals("framebench align: --top takes a whole number of at least 1. Run 'framebench align --help'."
                + System.lineSeparator(), top.err);
        Result missing = run("align", folder.resolve("nothing.fbench").toString());
        assertEquals(1, missing.exitCode);
        assertEquals(1, missing.err.lines().count(), missing.err);
        assertTrue(run("--help").out.contains("align"), "the overview lists align");
    }

    private static List<Pair> parse(String out) {
        List<String> lines = out.lines().toList();
        assertEquals("[", lines.get(0));
        assertEquals("]", lines.get(lines.size() - 1));
        List<Pair> pairs = new ArrayList<>();
        for (String line : lines.subList(1, lines.size() - 1)) {
            Matcher m = PAIR.matcher(line);
            assertTrue(m.matches(), line);
            pairs.add(new Pair(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4),
                    Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), Double.parseDouble(m.group(7))));
        }
        assertTrue(!pairs.isEmpty());
        return pairs;
    }

    private static Map<String, String> texts() throws Exception {
        Map<String, String> texts = new HashMap<>();
        for (Article article : CorpusLoader.loadDefault().getArticles()) {
            texts.put(article.getId(), article.getText());
        }
        return texts;
    }

    private static Result run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = CommandLine.standard().run(arguments, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String out, String err) {
    }
}
