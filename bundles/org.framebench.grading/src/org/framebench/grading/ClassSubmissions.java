package org.framebench.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.text.Digests;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Role;
import org.framebench.model.resource.FramebenchResourceFactory;

/**
 * A class: the students' {@code .fbench} files of one folder, and the answer key. Loading never stops at
 * a bad file: an unreadable file is listed with the reason, the rest still load. Each submission is checked
 * against the key (or, without a key, against the assignment most of the class answered): another
 * assignment, changed articles, and the same student twice (the newest file is kept, the older ones flagged).
 */
public final class ClassSubmissions {

    private final Path folder;
    private final Submission key;
    private final List<Submission> submissions;

    private ClassSubmissions(Path folder, Submission key, List<Submission> submissions) {
        this.folder = folder;
        this.key = key;
        this.submissions = submissions;
    }

    /**
     * Loads every {@code *.fbench} file of {@code folder}. The key is {@code keyFile} when given; otherwise
     * the newest file in the folder whose role is "key", if any. Files with role "key" are never taken as
     * submissions.
     *
     * @throws GradingException when the folder cannot be listed or the given key cannot be read
     */
    public static ClassSubmissions load(Path folder, Path keyFile) throws GradingException {
        if (!Files.isDirectory(folder)) {
            throw new GradingException("The folder " + folder + " does not exist or is not a folder.", null);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT)
                    .endsWith("." + FramebenchResourceFactory.EXTENSION)).filter(p -> !Files.isDirectory(p)).sorted().toList();
        } catch (IOException e) {
            throw new GradingException("The folder " + folder + " could not be read: " + e.getMessage(), e);
        }
        Path normalizedKey = keyFile == null ? null : keyFile.toAbsolutePath().normalize();
        Submission key = null;
        if (normalizedKey != null) {
            key = read(normalizedKey);
            if (!key.isReadable()) {
                throw new GradingException("The key could not be opened: " + key.problems().get(0).message(), null);
            }
        }
        // Files are independent: parse them on all cores (each gets its own resource set).
        List<Submission> loaded = files.parallelStream()
                .filter(p -> normalizedKey == null || !p.toAbsolutePath().normalize().equals(normalizedKey))
                .map(ClassSubmissions::read).collect(Collectors.toCollection(ArrayList::new));
        List<Submission> keysInFolder = loaded.stream()
                .filter(s -> s.isReadable() && s.document().getRole() == Role.KEY).toList();
        loaded.removeAll(keysInFolder);
        if (key == null && !keysInFolder.isEmpty()) {
            key = keysInFolder.stream().max(Comparator.comparing(Submission::lastModified)).orElseThrow();
        }
        ClassSubmissions result = new ClassSubmissions(folder, key, loaded);
        result.check();
        return result;
    }

    private static Submission read(Path file) {
        Instant fileTime;
        try {
            fileTime = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            fileTime = Instant.EPOCH;
        }
        try {
            AnnotationDocument document = DocumentStore.load(file);
            Instant modified = document.getModified() != null ? document.getModified().toInstant() : fileTime;
            return new Submission(file, document, modified);
        } catch (DocumentException e) {
            Submission unreadable = new Submission(file, null, fileTime);
            unreadable.addProblem(Problem.Kind.UNREADABLE, e.getMessage());
            return unreadable;
        }
    }

    private void check() {
        List<Submission> readable = submissions.stream().filter(Submission::isReadable).toList();
        String assignmentId;
        Map<String, String> digests;
        if (key != null) {
            assignmentId = key.document().getAssignment().getId();
            digests = articleDigests(key.document());
        } else {
            assignmentId = mostCommon(readable.stream().map(s -> s.document().getAssignment().getId()).toList());
            digests = mostCommonDigests(readable.stream()
                    .filter(s -> Objects.equals(s.document().getAssignment().getId(), assignmentId)).toList());
        }
        for (Submission submission : readable) {
            AnnotationDocument document = submission.document();
            String id = document.getAssignment().getId();
            if (!Objects.equals(id, assignmentId)) {
                submission.addProblem(Problem.Kind.OTHER_ASSIGNMENT, "This file answers another assignment (\"" + id
                        + "\") than " + (key != null ? "the key" : "the rest of the class") + " (\"" + assignmentId
                        + "\").");
                continue;
            }
            String changed = changedArticles(document, digests);
            if (changed != null) {
                submission.addProblem(Problem.Kind.CHANGED_ARTICLES, changed);
            }
        }
        flagDuplicates(readable);
    }

    /** Null when every article matches, else a sentence naming the articles that differ. */
    private static String changedArticles(AnnotationDocument document, Map<String, String> expected) {
        List<String> changed = new ArrayList<>();
        Map<String, Article> articles = new HashMap<>();
        for (Article article : document.getAssignment().getArticles()) {
            articles.put(article.getId(), article);
            String actual = article.getText() == null ? null : Digests.sha256(article.getText());
            boolean tampered = actual == null || !actual.equals(article.getSha256());
            boolean different = expected.containsKey(article.getId()) && !expected.get(article.getId()).equals(actual);
            if (tampered || different || !expected.containsKey(article.getId())) {
                changed.add(article.getId());
            }
        }
        for (String id : expected.keySet()) {
            if (!articles.containsKey(id)) {
                changed.add(id + " (missing)");
            }
        }
        if (changed.isEmpty()) {
            return null;
        }
        return "The text of " + (changed.size() == 1 ? "article " : "articles ") + String.join(", ", changed)
                + " differs from the assignment's, so its annotations cannot be compared.";
    }

    private void flagDuplicates(List<Submission> readable) {
        Map<String, List<Submission>> byStudent = new LinkedHashMap<>();
        for (Submission submission : readable) {
            String identity = !submission.studentId().isBlank() ? "id:" + submission.studentId()
                    : "name:" + submission.studentName().toLowerCase(Locale.ROOT).strip();
            byStudent.computeIfAbsent(identity, k -> new ArrayList<>()).add(submission);
        }
        for (List<Submission> same : byStudent.values()) {
            if (same.size() < 2) {
                continue;
            }
            List<Submission> newestFirst = new ArrayList<>(same);
            newestFirst.sort(Comparator.comparing(Submission::lastModified).reversed()
                    .thenComparing(s -> s.file().getFileName().toString()));
            Submission newest = newestFirst.get(0);
            String others = newestFirst.subList(1, newestFirst.size()).stream()
                    .map(s -> s.file().getFileName().toString()).collect(Collectors.joining(", "));
            newest.addProblem(Problem.Kind.DUPLICATE_KEPT, newest.studentName()
                    + " also submitted " + others + "; this newest file is the one graded.");
            for (Submission older : newestFirst.subList(1, newestFirst.size())) {
                older.addProblem(Problem.Kind.DUPLICATE_SUPERSEDED, older.studentName() + " submitted a newer file ("
                        + newest.file().getFileName() + "); this one is not graded.");
            }
        }
    }

    private static Map<String, String> articleDigests(AnnotationDocument document) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (Article article : document.getAssignment().getArticles()) {
            digests.put(article.getId(), article.getSha256());
        }
        return digests;
    }

    private static Map<String, String> mostCommonDigests(List<Submission> submissions) {
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (Submission submission : submissions) {
            for (Article article : submission.document().getAssignment().getArticles()) {
                seen.computeIfAbsent(article.getId(), k -> new ArrayList<>()).add(article.getSha256());
            }
        }
        Map<String, String> digests = new LinkedHashMap<>();
        seen.forEach((id, values) -> digests.put(id, mostCommon(values)));
        return digests;
    }

    private static String mostCommon(List<String> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String value : values) {
            counts.merge(value, 1, Integer::sum); // a null id counts as one more value
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    public Path folder() {
        return folder;
    }

    /** The answer key, or {@code null} when the class has none. */
    public Submission key() {
        return key;
    }

    /** Every student file, readable or not, in file-name order. */
    public List<Submission> submissions() {
        return Collections.unmodifiableList(submissions);
    }

    /** The submissions that are scored (see {@link Submission#isGradable()}), in file-name order. */
    public List<Submission> gradable() {
        return submissions.stream().filter(Submission::isGradable).toList();
    }

    /** The submissions with at least one problem. */
    public List<Submission> withProblems() {
        return submissions.stream().filter(s -> !s.problems().isEmpty()).toList();
    }
}
