package org.framebench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framebench.cli.CommandLine;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.grading.review.ReviewStore;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.ReviewDocument;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code framebench return}: one returned copy and one report per graded student, from real files. */
class ReturnCommandTest {

    @TempDir
    Path folder;

    @Test
    void writesEachGradedStudentTheirOwnCopyAndReport() throws Exception {
        Path classFolder = Files.createDirectories(folder.resolve("class"));
        AnnotationDocument key = document(Role.KEY, "Key", "k");
        annotate(key, "S1", 100, 120);
        annotate(key, "S2", 200, 230);
        AnnotationDocument ama = document(Role.STUDENT, "Ama Mensah", "s-101");
        Annotation amaS1 = annotate(ama, "S1", 100, 120);
        AnnotationDocument kofi = document(Role.STUDENT, "Kofi Boateng", "s-102");
        Annotation kofiS2 = annotate(kofi, "S2", 200, 230);
        DocumentStore.save(key, classFolder.resolve("key.fbench"));
        DocumentStore.save(ama, classFolder.resolve("ama.fbench"));
        DocumentStore.save(kofi, classFolder.resolve("kofi.fbench"));
        ReviewDocument review = ReviewStore.newReview(key.getAssignment().getId(), "Dr Owusu");
        ReviewStore.addFeedback(review, ama, amaS1, "Dr Owusu", "Ama: well found.", 1.0);
        ReviewStore.addFeedback(review, kofi, kofiS2, "Dr Owusu", "Kofi: right source.", null);
        ReviewStore.save(review, ReviewStore.reviewFileOf(classFolder));
        Path out = folder.resolve("back");

        Result result = run("return", "--submissions", classFolder.toString(), "--out", out.toString());

        assertEquals(0, result.exitCode, result.out + result.err);
        assertEquals("Returned feedback to 2 students in " + out + "." + System.lineSeparator(), result.out);
        assertEquals(List.of("Ama-Mensah-feedback.html", "Ama-Mensah-returned.fbench", "Kofi-Boateng-feedback.html",
                "Kofi-Boateng-returned.fbench"), Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
        AnnotationDocument back = DocumentStore.load(out.resolve("Ama-Mensah-returned.fbench"));
        assertEquals(List.of("Ama: well found."), back.getReturnedReview().getFeedback().stream().map(Feedback::getText).toList());
        assertEquals(1, back.getReturnedReview().getGhosts().size(), "she missed S2");
        String html = Files.readString(out.resolve("Ama-Mensah-feedback.html"));
        assertTrue(html.contains("Ama: well found."));
        assertFalse(html.contains("Kofi"));
        assertTrue(DocumentStore.load(classFolder.resolve("ama.fbench")).getReturnedReview() == null, "her own file is unchanged");
    }

    @Test
    void aClassDownloadedFromMoodleIsReturnedToo() throws Exception {
        AnnotationDocument key = document(Role.KEY, "Key", "k");
        annotate(key, "S1", 100, 120);
        AnnotationDocument ama = document(Role.STUDENT, "", "");
        annotate(ama, "S1", 100, 120);
        Path keyFile = folder.resolve("key.fbench");
        DocumentStore.save(key, keyFile);
        Path single = folder.resolve("ama.fbench");
        DocumentStore.save(ama, single);
        // Moodle's "Download all submissions": a folder per student, named "Full Name_participant id_...".
        Path zip = folder.resolve("class.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("Ama Mensah_4711_assignsubmission_file_/ama.fbench"));
            out.write(Files.readAllBytes(single));
            out.closeEntry();
        }
        Path out = folder.resolve("back");

        Result result = run("return", "--submissions", zip.toString(), "--key", keyFile.toString(), "--out", out.toString());

        assertEquals(0, result.exitCode, result.out + result.err);
        assertEquals(List.of("Ama-Mensah-feedback.html", "Ama-Mensah-returned.fbench"),
                Files.list(out).map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(0, DocumentStore.load(out.resolve("Ama-Mensah-returned.fbench")).getReturnedReview().getGhosts().size());
    }

    @Test
    void wrongCommandLinesAreUsageErrorsAndWriteNothing() throws Exception {
        Path classFolder = Files.createDirectories(folder.resolve("class"));
        Result noOut = run("return", "--submissions", classFolder.toString());
        assertEquals(2, noOut.exitCode);
        assertEquals("framebench return: no output folder given (--out FOLDER). Run 'framebench return --help'."
                + System.lineSeparator(), noOut.err);
        Path file = Files.writeString(folder.resolve("grades.txt"), "x");
        Result onFile = run("return", "--submissions", classFolder.toString(), "--out", file.toString());
        assertEquals(2, onFile.exitCode);
        assertTrue(onFile.err.contains("is a file, not a folder; nothing was written."), onFile.err);
        Result noKey = run("return", "--submissions", classFolder.toString(), "--out", folder.resolve("o").toString());
        assertEquals(1, noKey.exitCode);
        assertTrue(noKey.err.startsWith("framebench return: There is no key to grade against"), noKey.err);
        assertFalse(Files.exists(folder.resolve("o")));
        assertTrue(run("--help").out.contains("return"));
        // Into the class folder itself the copies would be graded as hand-ins next time: refused, nothing written.
        AnnotationDocument key = document(Role.KEY, "Key", "k");
        annotate(key, "S1", 100, 120);
        DocumentStore.save(key, classFolder.resolve("key.fbench"));
        DocumentStore.save(document(Role.STUDENT, "Ama Mensah", "s-101"), classFolder.resolve("ama.fbench"));
        Result intoClass = run("return", "--submissions", classFolder.toString(), "--out", classFolder.toString());
        assertEquals(1, intoClass.exitCode);
        assertTrue(intoClass.err.contains("another folder than the class folder"), intoClass.err);
        assertEquals(List.of("ama.fbench", "key.fbench"),
                Files.list(classFolder).map(p -> p.getFileName().toString()).sorted().toList());
    }

    private static AnnotationDocument document(Role role, String name, String id) throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), role);
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        return document;
    }

    private static Annotation annotate(AnnotationDocument document, String code, int begin, int end) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, document.getAssignment().getArticles().get(0), begin, end);
        annotation.setCode(Codebooks.findById(document.getAssignment().getCodebook(), code).orElseThrow());
        annotation.setCreated(new java.util.Date());
        document.getAnnotations().add(annotation);
        return annotation;
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
