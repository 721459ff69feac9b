package org.framebench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.framebench.cli.CommandLine;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.grading.ClassSubmissions;
import org.framebench.grading.Problem;
import org.framebench.grading.Submission;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Hostile and damaged hand-ins, generated from real files with a fixed seed: byte flips, truncations,
 * removed and duplicated elements, out-of-range offsets, repeated ids, and references out of the file (to
 * a loopback server, to local files, to a named pipe, to unknown packages). For every file, {@code validate}
 * exits 0, 1 or 2 within 10 s, prints no stack trace, and the class loading behind {@code grade} agrees
 * with it: what validate calls invalid is left out of grading, and what grading reads as a valid hand-in
 * validate calls valid. Nothing outside the named file is ever opened: the server must see no
 * connection and no reader may open the pipe.
 */
class HandInFuzzTest {

    private static final long SEED = 20261201L;
    private static final int MUTATIONS = 300;

    @TempDir
    Path folder;

    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private Path pipe;
    private final AtomicBoolean pipeOpened = new AtomicBoolean();
    private Thread pipeWatcher;

    @BeforeEach
    void listen() throws Exception {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket ignored = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "fuzz-loopback-server");
        acceptor.setDaemon(true);
        acceptor.start();

        pipe = folder.resolve("outside/pipe.fbench");
        Files.createDirectories(pipe.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo works");
        // Opening a pipe for writing waits until someone opens it for reading: if that ever returns before
        // the test itself does, Framebench opened the pipe.
        pipeWatcher = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                pipeOpened.set(true);
            } catch (IOException e) {
                // The test's own reader at the end, or the folder went away.
            }
        }, "fuzz-pipe-watcher");
        pipeWatcher.setDaemon(true);
        pipeWatcher.start();
    }

    @AfterEach
    void close() throws Exception {
        server.close();
    }

    @Test
    void damagedAndHostileHandInsAreReportedNeverFollowedAndValidateAgreesWithGrade() throws Exception {
        Random random = new Random(SEED);
        Path handIns = Files.createDirectories(folder.resolve("class"));
        Path keyFile = folder.resolve("key.fbench");
        DocumentStore.save(document("Key", "key", Role.KEY, 12, random), keyFile);
        List<byte[]> originals = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            AnnotationDocument original = document("Student " + i, "s-" + i, Role.STUDENT, 6 + 3 * i, random);
            originals.add(DocumentStore.serialize(original));
        }
        String port = Integer.toString(server.getLocalPort());
        Map<String, String> kinds = new TreeMap<>();
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] original = originals.get(random.nextInt(originals.size()));
            Mutation mutation = Mutation.values()[i % Mutation.values().length];
            byte[] mutated = mutate(mutation, original, random, port);
            // Each file its own student, so grading keeps every one instead of the newest of duplicates.
            mutated = new String(mutated, StandardCharsets.UTF_8).replaceFirst("annotatorId=\"s-\\d+\"",
                    "annotatorId=\"m-" + i + "\"").getBytes(StandardCharsets.UTF_8);
            String name = String.format("m%03d-%s.fbench", i, mutation.name().toLowerCase());
            Files.write(handIns.resolve(name), mutated);
            kinds.put(name, mutation.name());
        }
        // A pipe inside the class folder under a .fbench name: listed, never opened.
        Path pipeInFolder = handIns.resolve("z-pipe.fbench");
        assertEquals(0, new ProcessBuilder("mkfifo", pipeInFolder.toString()).start().waitFor());

        Map<String, Integer> outcomes = new TreeMap<>();
        Set<String> invalid = new TreeSet<>();
        Set<String> valid = new TreeSet<>();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            try (var files = Files.list(handIns)) {
                for (Path file : files.sorted().toList()) {
                    Future<String[]> run = executor.submit(() -> validate(file));
                    String[] result;
                    try {
                        result = run.get(10, TimeUnit.SECONDS);
                    } catch (TimeoutException e) {
                        fail("validate hung on " + file.getFileName() + " (" + kinds.get(file.getFileName().toString()) + ")");
                        return;
                    }
                    int exitCode = Integer.parseInt(result[0]);
                    String output = result[1];
                    assertTrue(exitCode == 0 || exitCode == 1 || exitCode == 2, file + " exit " + exitCode);
                    assertFalse(output.contains("Exception") || output.contains("\tat ") || output.contains("internal error"),
                            "no stack trace or internal error for " + file.getFileName() + ":\n" + output);
                    assertFalse(output.contains("127.0.0.1") && output.contains("Connection"), output);
                    outcomes.merge(Integer.toString(exitCode), 1, Integer::sum);
                    (exitCode == 0 ? valid : invalid).add(file.getFileName().toString());
                }
            }

            Future<ClassSubmissions> grading = executor.submit(() -> ClassSubmissions.load(handIns, keyFile));
            ClassSubmissions submissions = grading.get(120, TimeUnit.SECONDS);
            Set<String> leftOutAsInvalid = new TreeSet<>();
            Set<String> readAsValid = new TreeSet<>();
            for (Submission submission : submissions.submissions()) {
                String name = submission.file().getFileName().toString();
                boolean refused = submission.hasProblem(Problem.Kind.UNREADABLE)
                        || submission.hasProblem(Problem.Kind.CHANGED_ARTICLES);
                (refused ? leftOutAsInvalid : readAsValid).add(name);
            }
            // Grading reads every file but those that name themselves keys (they are set aside, not graded).
            Set<String> gradingSaw = new TreeSet<>(leftOutAsInvalid);
            gradingSaw.addAll(readAsValid);
            for (String name : invalid) {
                if (gradingSaw.contains(name)) {
                    assertTrue(leftOutAsInvalid.contains(name), name + " is invalid for validate but graded");
                }
            }
            for (String name : valid) {
                if (gradingSaw.contains(name)) {
                    assertTrue(readAsValid.contains(name), name + " is valid for validate but refused by grade: "
                            + submissions.submissions().stream().filter(s -> s.file().getFileName().toString().equals(name))
                                    .findFirst().map(s -> s.problems().toString()).orElse(""));
                }
            }
            assertTrue(gradingSaw.size() >= MUTATIONS - 40, "grading looked at nearly every file: " + gradingSaw.size());
            assertTrue(leftOutAsInvalid.contains("z-pipe.fbench"), "the pipe is reported, not waited on");

            // The grade command itself on the whole folder: one line per left-out file, a grade book, no trace.
            Path gradeBook = folder.resolve("grades.xlsx");
            Future<String[]> grade = executor.submit(() -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
                int exitCode = CommandLine.standard().run(new String[] { "grade", "--key", keyFile.toString(),
                        "--submissions", handIns.toString(), "--out", gradeBook.toString() }, out, out);
                return new String[] { Integer.toString(exitCode), bytes.toString(StandardCharsets.UTF_8) };
            });
            String[] graded = grade.get(120, TimeUnit.SECONDS);
            assertEquals("1", graded[0], "some files are left out, so grade exits 1:\n" + graded[1]);
            assertFalse(graded[1].contains("Exception") || graded[1].contains("\tat ") || graded[1].contains("internal error"),
                    graded[1]);
            assertTrue(Files.size(gradeBook) > 0, "the grade book is written for the rest");
            long leftOutLines = graded[1].lines().filter(line -> line.startsWith("left out ")).count();
            assertTrue(leftOutLines >= leftOutAsInvalid.size(), "each invalid file is named: " + leftOutLines);
        } finally {
            executor.shutdownNow();
        }

        assertEquals(0, connections.get(), "no file made Framebench connect to the loopback server");
        boolean opened = pipeOpened.get();
        assertFalse(opened, "no file made Framebench open the pipe outside it");
        // Unblock the watcher ourselves; now it may return.
        try (var in = Files.newInputStream(pipe)) {
            in.readAllBytes();
        }
        assertTrue(invalid.size() > MUTATIONS / 2, "most mutations are caught: " + outcomes);
        assertTrue(valid.size() > 5, "some mutations are harmless (a flipped letter in a note): " + outcomes);
        System.out.println("HAND-IN FUZZ: " + (MUTATIONS + 1) + " files (seed " + SEED + "), validate exit codes " + outcomes
                + ", hangs 0, loopback connections " + connections.get() + ", pipe opened " + opened);
    }

    private static String[] validate(Path file) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int exitCode = CommandLine.standard().run(new String[] { "validate", file.toString() }, out, out);
        return new String[] { Integer.toString(exitCode), bytes.toString(StandardCharsets.UTF_8) };
    }

    enum Mutation {
        BYTE_FLIP, TRUNCATION, REMOVED_ELEMENT, DUPLICATED_ELEMENT, OFFSETS_OUT_OF_RANGE, REPEATED_ID,
        REFERENCE_TO_SERVER, REFERENCE_TO_LOCAL_FILE, REFERENCE_TO_PIPE, HREF_ELEMENT, UNKNOWN_PACKAGE, SCHEMA_LOCATION,
        CHANGED_VALUE
    }

    private byte[] mutate(Mutation mutation, byte[] original, Random random, String port) throws Exception {
        switch (mutation) {
        case BYTE_FLIP: {
            byte[] bytes = original.clone();
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                int at = random.nextInt(bytes.length);
                bytes[at] = (byte) (bytes[at] ^ (1 << random.nextInt(8)));
            }
            return bytes;
        }
        case TRUNCATION:
            return java.util.Arrays.copyOf(original, random.nextInt(original.length));
        default:
            break;
        }
        org.w3c.dom.Document xml = parse(original);
        Element root = xml.getDocumentElement();
        List<Element> all = elements(root);
        List<Element> annotations = named(root, "annotations");
        Element annotation = annotations.get(random.nextInt(annotations.size()));
        String server = "http://127.0.0.1:" + port + "/hand-in.fbench#cnn";
        switch (mutation) {
        case REMOVED_ELEMENT: {
            Element victim = all.get(1 + random.nextInt(all.size() - 1));
            victim.getParentNode().removeChild(victim);
            break;
        }
        case DUPLICATED_ELEMENT: {
            Element twin = all.get(1 + random.nextInt(all.size() - 1));
            twin.getParentNode().insertBefore(twin.cloneNode(true), twin);
            break;
        }
        case OFFSETS_OUT_OF_RANGE: {
            int[] choices = { -1, -50, 100_000, Integer.MAX_VALUE, Integer.MIN_VALUE, 0 };
            annotation.setAttribute(random.nextBoolean() ? "begin" : "end", Integer.toString(choices[random.nextInt(choices.length)]));
            break;
        }
        case REPEATED_ID: {
            Element other = annotations.get(random.nextInt(annotations.size()));
            List<Element> codes = named(root, "codes");
            if (random.nextBoolean() || other == annotation) {
                Element code = codes.get(random.nextInt(codes.size()));
                code.setAttribute("id", codes.get(random.nextInt(codes.size())).getAttribute("id"));
            } else {
                annotation.setAttribute("id", other.getAttribute("id"));
            }
            break;
        }
        case REFERENCE_TO_SERVER:
            annotation.setAttribute(random.nextBoolean() ? "article" : "code", server);
            break;
        case REFERENCE_TO_LOCAL_FILE: {
            String[] targets = { "file:///etc/passwd#x", "../key.fbench#cnn", "file://" + folder.resolve("key.fbench") + "#A1",
                    "other-student.fbench#cnn" };
            annotation.setAttribute(random.nextBoolean() ? "article" : "code", targets[random.nextInt(targets.length)]);
            break;
        }
        case REFERENCE_TO_PIPE:
            annotation.setAttribute(random.nextBoolean() ? "article" : "code", pipe.toUri() + "#cnn");
            break;
        case HREF_ELEMENT: {
            annotation.removeAttribute("article");
            Element href = xml.createElement("article");
            href.setAttribute("href", random.nextBoolean() ? server : pipe.toUri() + "#cnn");
            annotation.appendChild(href);
            break;
        }
        case UNKNOWN_PACKAGE:
            root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:evil", "http://127.0.0.1:" + port + "/package.ecore");
            annotation.setAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "xsi:type", "evil:Annotation");
            break;
        case SCHEMA_LOCATION:
            root.setAttributeNS(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "xsi:schemaLocation",
                    "http://framebench.org/model/1.0 http://127.0.0.1:" + port + "/framebench.ecore");
            break;
        case CHANGED_VALUE: {
            Element target = all.get(random.nextInt(all.size()));
            var attributes = target.getAttributes();
            if (attributes.getLength() > 0) {
                var attribute = attributes.item(random.nextInt(attributes.getLength()));
                String value = attribute.getNodeValue();
                String[] replacements = { "", "x", value + value, "-1", "true", "#//@annotations.0", "cnn", "A1" };
                attribute.setNodeValue(replacements[random.nextInt(replacements.length)]);
            }
            break;
        }
        default:
            throw new IllegalStateException(mutation.name());
        }
        return write(xml);
    }

    private static org.w3c.dom.Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(bytes));
    }

    private static byte[] write(org.w3c.dom.Document xml) throws Exception {
        var transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        StringWriter text = new StringWriter();
        transformer.transform(new DOMSource(xml), new StreamResult(text));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<Element> elements(Element root) {
        List<Element> all = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName("*");
        all.add(root);
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add((Element) nodes.item(i));
        }
        return all;
    }

    private static List<Element> named(Element root, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** A real document: annotations in all four articles with codes, attribute values, notes and links. */
    private static AnnotationDocument document(String name, String id, Role role, int count, Random random) throws Exception {
        AnnotationDocument document = Documents.newDocument(CorpusLoader.loadDefault(), role);
        document.setAnnotatorName(name);
        document.setAnnotatorId(id);
        List<Code> codes = Codebooks.allCodes(document.getAssignment().getCodebook());
        List<Article> articles = document.getAssignment().getArticles();
        for (int i = 0; i < count; i++) {
            Article article = articles.get(i % articles.size());
            int begin = 40 + random.nextInt(article.getText().length() - 200);
            Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
            annotation.setId(Documents.newId());
            TextAnchors.anchor(annotation, article, begin, begin + 5 + random.nextInt(60));
            annotation.setCode(codes.get(random.nextInt(codes.size())));
            annotation.setNote("because " + i);
            annotation.setCreated(new Date());
            document.getAnnotations().add(annotation);
        }
        for (int i = 0; i + 1 < count; i += 3) {
            Link link = FramebenchFactory.eINSTANCE.createLink();
            link.setId(Documents.newId());
            link.setSource(document.getAnnotations().get(i));
            link.setTarget(document.getAnnotations().get(i + 1));
            link.setKind(LinkKind.SAME_STATEMENT);
            document.getLinks().add(link);
        }
        return document;
    }
}
