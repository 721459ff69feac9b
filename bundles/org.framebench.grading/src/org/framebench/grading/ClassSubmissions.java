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
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.text.ArticleUpdate;
import org.framebench.core.text.ArticleUpdateReport;
import org.framebench.core.text.Digests;
import org.framebench.core.text.Placement;
import org.framebench.grading.lms.ClassArchive;
import org.framebench.grading.lms.LmsNames;
import org.framebench.grading.review.ReviewStore;
import org.framebench.model.Annotation;
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

    /**
     * Fewest annotations two files must both hold, exactly alike, to be flagged as possible copies for that
     * alone: one or two identical annotations are what two good students may well both mark.
     */
    static final int SAME_ANSWERS_MINIMUM = 3;

    private final Path folder;
    private final Submission key;
    private final List<Submission> submissions;
    private final List<Submission> files = new ArrayList<>();
    private final List<String> classProblems = new ArrayList<>();

    private ClassSubmissions(Path folder, Submission key, List<Submission> submissions) {
        this.folder = folder;
        this.key = key;
        this.submissions = submissions;
    }

    /**
     * Loads every {@code *.fbench} file of {@code folder}, or of a learning platform's ZIP of hand-ins when
     * {@code folder} is a {@code .zip} file (read in place, see {@link ClassArchive}). The key is {@code keyFile} when given; otherwise
     * the newest file in the folder whose role is "key", if any. Files with role "key" are never taken as
     * submissions.
     *
     * @throws GradingException when the folder cannot be listed or the given key cannot be read
     */
    public static ClassSubmissions load(Path folder, Path keyFile) throws GradingException {
        if (ClassArchive.isArchive(folder)) {
            return loadArchive(folder, keyFile);
        }
        List<Path> all = classFiles(folder);
        List<Path> files = all.stream().filter(ClassSubmissions::isFramebenchName).toList();
        Path normalizedKey = keyFile == null ? null : keyFile.toAbsolutePath().normalize();
        // The students' files carry the same assignment (article texts, codebook): hold its texts once.
        Map<String, String> sharedStrings = new ConcurrentHashMap<>();
        Submission key = readKey(normalizedKey, sharedStrings);
        // Files are independent: parse them on all cores (each gets its own resource set).
        List<Submission> loaded = files.parallelStream()
                .filter(p -> normalizedKey == null || !p.toAbsolutePath().normalize().equals(normalizedKey))
                .map(file -> read(file, sharedStrings)).collect(Collectors.toCollection(ArrayList::new));
        // Every file of the folder, in name order: students' files, keys, and files that are not Framebench files.
        Map<Path, Submission> byFile = new HashMap<>();
        loaded.forEach(s -> byFile.put(s.file(), s));
        ClassSubmissions result = assemble(folder, key, loaded);
        for (Path file : all) {
            Submission entry = byFile.get(file);
            if (entry == null && result.key != null
                    && file.toAbsolutePath().normalize().equals(result.key.file().toAbsolutePath().normalize())) {
                entry = result.key;
            }
            if (entry == null) {
                entry = new Submission(file, null, lastModifiedOf(file));
                entry.setUnreadable(DocumentException.Kind.NOT_FRAMEBENCH, file.getFileName() + " is not a Framebench file "
                        + "(only ." + FramebenchResourceFactory.EXTENSION + " files are graded); it was left as it is.");
            }
            result.files.add(entry);
        }
        return result;
    }

    /**
     * What a class graded as a stream ({@link #stream}) does with each student's file while its document is in
     * memory.
     *
     * @param <T> what is kept of each file
     */
    public interface Streaming<T> {

        /**
         * Called once the key is known ({@code null}: the class has none), before any student's file is read:
         * returns what to do with each student's file that passed its own checks (called on several threads at
         * once, with the file's document; the document is let go right after). May refuse with the reason.
         */
        java.util.function.Function<Submission, T> start(Submission key) throws GradingException;
    }

    /**
     * A class loaded as a stream, and what {@link Streaming} kept of each gradable submission.
     *
     * @param results per gradable submission (by identity), what the streaming's function returned
     */
    public record Streamed<T>(ClassSubmissions submissions, Map<Submission, T> results) {
    }

    /** One file of the class, read when asked. {@code student}: a Framebench file (a student's or a key). */
    private record Source(Path path, boolean student, java.util.function.Supplier<Submission> read) {
    }

    /**
     * As {@link #load}, but for a class of any size: each file is read, checked against the key, given to
     * {@code streaming} and let go ({@link Submission#release}) before most others are read, so memory holds
     * a few documents at a time, not the class. The checks are the same as {@link #load}'s, in the same order
     * (each file's own, then the same student twice, then possible copies, from what each file's
     * {@link CopyFacts} kept). Without a given key, the files are read twice: once to find the keys among
     * them, once to grade.
     *
     * @throws GradingException when the folder cannot be listed, the given key cannot be read, or
     *         {@code streaming} refuses
     */
    public static <T> Streamed<T> stream(Path folder, Path keyFile, Streaming<T> streaming) throws GradingException {
        Map<String, String> sharedStrings = new ConcurrentHashMap<>();
        Path normalizedKey = keyFile == null ? null : keyFile.toAbsolutePath().normalize();
        Submission givenKey = null;
        List<Source> sources = new ArrayList<>();
        ClassArchive archive = null;
        if (ClassArchive.isArchive(folder)) {
            try {
                archive = ClassArchive.open(folder);
            } catch (IOException e) {
                throw new GradingException(e.getMessage(), e);
            }
            givenKey = readKeyClosing(normalizedKey, sharedStrings, archive);
            for (ClassArchive.Entry entry : archive.entries().stream().filter(e -> isClassFileName(e.fileName()))
                    .sorted(Comparator.comparing(ClassArchive.Entry::name)).toList()) {
                boolean student = entry.fileName().toLowerCase(Locale.ROOT).endsWith("." + FramebenchResourceFactory.EXTENSION);
                sources.add(new Source(null, student, () -> readEntry(folder, entry, sharedStrings)));
            }
        } else {
            List<Path> all = classFiles(folder);
            givenKey = readKey(normalizedKey, sharedStrings);
            for (Path file : all) {
                if (normalizedKey != null && file.toAbsolutePath().normalize().equals(normalizedKey)) {
                    sources.add(new Source(file, false, null)); // the given key: its row is the key's
                } else if (isFramebenchName(file)) {
                    sources.add(new Source(file, true, () -> read(file, sharedStrings)));
                } else {
                    sources.add(new Source(file, false, () -> {
                        Submission other = new Submission(file, null, lastModifiedOf(file));
                        other.setUnreadable(DocumentException.Kind.NOT_FRAMEBENCH, file.getFileName() + " is not a "
                                + "Framebench file (only ." + FramebenchResourceFactory.EXTENSION + " files are graded); it "
                                + "was left as it is.");
                        return other;
                    }));
                }
            }
        }
        try {
            return stream(folder, givenKey, sources, streaming);
        } finally {
            if (archive != null) {
                try {
                    archive.close();
                } catch (IOException e) {
                    // Everything was read; nothing is lost by a failed close.
                }
            }
        }
    }

    private static Submission readKeyClosing(Path normalizedKey, Map<String, String> sharedStrings, ClassArchive archive)
            throws GradingException {
        try {
            return readKey(normalizedKey, sharedStrings);
        } catch (GradingException e) {
            try {
                archive.close();
            } catch (IOException ignored) {
                // the key's problem is the one to report
            }
            throw e;
        }
    }

    private static boolean isKeyDocument(Submission submission) {
        return submission.isReadable() && submission.document() != null && submission.document().getRole() == Role.KEY;
    }

    private static <T> Streamed<T> stream(Path folder, Submission givenKey, List<Source> sources, Streaming<T> streaming)
            throws GradingException {
        int n = sources.size();
        Submission[] read = new Submission[n];
        Submission key = givenKey;
        List<String> classProblems = new ArrayList<>();
        if (key == null) {
            // First pass: only the keys among the files are kept (a student's file is let go at once).
            java.util.stream.IntStream.range(0, n).parallel().filter(i -> sources.get(i).student()).forEach(i -> {
                Submission submission = sources.get(i).read().get();
                if (isKeyDocument(submission)) {
                    read[i] = submission;
                }
            });
            List<Submission> keysInFolder = java.util.Arrays.stream(read).filter(Objects::nonNull).toList();
            if (!keysInFolder.isEmpty()) {
                key = keysInFolder.stream().max(Comparator.comparing(Submission::lastModified)
                        .thenComparing(s -> s.file().getFileName().toString())).orElseThrow();
                if (keysInFolder.size() > 1) {
                    Submission used = key;
                    classProblems.add("The folder holds " + keysInFolder.size() + " answer keys ("
                            + keysInFolder.stream().map(s -> s.file().getFileName().toString()).collect(Collectors.joining(", "))
                            + "); " + used.file().getFileName() + " was used because it is the newest. To grade against "
                            + "another one, give it as the key.");
                }
            }
        }
        java.util.function.Function<Submission, T> whileLoaded = streaming.start(key);
        if (key == null) {
            // Nothing can be graded; the class as load() reads it (streaming accepted a class without a key).
            Path keyFile = null;
            return new Streamed<>(load(folder, keyFile), Map.of());
        }
        Submission theKey = key;
        Expected expected = expected(key, List.of());
        boolean[] isKey = new boolean[n];
        CopyFacts[] facts = new CopyFacts[n];
        Object[] results = new Object[n];
        java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
            Source source = sources.get(i);
            if (source.read() == null) {
                read[i] = theKey;
                return;
            }
            Submission submission = read[i] != null ? read[i] : source.read().get();
            read[i] = submission;
            if (!source.student()) {
                return;
            }
            if (isKeyDocument(submission)) {
                isKey[i] = true;
                if (submission != theKey) {
                    submission.addProblem(Problem.Kind.KEY_NOT_USED, submission.file().getFileName() + " is saved as an "
                            + "answer key, so it is not graded as a student's work; the class was graded against "
                            + theKey.file().getFileName() + ".");
                    submission.release();
                }
                return;
            }
            if (submission.isReadable()) {
                checkFile(submission, expected, theKey);
                if (submission.isGradable()) {
                    results[i] = whileLoaded.apply(submission);
                    facts[i] = CopyFacts.of(submission.document());
                }
                submission.release();
            }
        });
        List<Submission> students = new ArrayList<>();
        List<CopyFacts> studentFacts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (sources.get(i).student() && !isKey[i]) {
                students.add(read[i]);
            }
        }
        ClassSubmissions result = new ClassSubmissions(folder, key, students);
        result.classProblems.addAll(classProblems);
        result.files.addAll(java.util.Arrays.asList(read));
        List<Submission> readable = students.stream().filter(Submission::isReadable).toList();
        flagDuplicates(readable);
        List<Submission> gradable = new ArrayList<>();
        Map<Submission, T> kept = new java.util.IdentityHashMap<>();
        for (int i = 0; i < n; i++) {
            if (sources.get(i).student() && !isKey[i] && read[i].isGradable()) {
                gradable.add(read[i]);
                studentFacts.add(facts[i]);
                @SuppressWarnings("unchecked")
                T value = (T) results[i];
                kept.put(read[i], value);
            }
        }
        flagCopies(gradable, studentFacts);
        return new Streamed<>(result, kept);
    }

    /**
     * A class handed in through a learning platform: its "download all submissions" ZIP, read in place
     * ({@link ClassArchive}). Each entry is a file of the class; the student's name and id are read off the
     * platform's naming ({@link LmsNames}) too. The key may be in the ZIP (role "key") or given.
     */
    private static ClassSubmissions loadArchive(Path zip, Path keyFile) throws GradingException {
        ClassArchive archive;
        try {
            archive = ClassArchive.open(zip);
        } catch (IOException e) {
            throw new GradingException(e.getMessage(), e);
        }
        try {
            Map<String, String> sharedStrings = new ConcurrentHashMap<>();
            Submission key = readKey(keyFile == null ? null : keyFile.toAbsolutePath().normalize(), sharedStrings);
            List<ClassArchive.Entry> entries = archive.entries().stream()
                    .filter(e -> isClassFileName(e.fileName()))
                    .sorted(Comparator.comparing(ClassArchive.Entry::name)).toList();
            Submission[] read = new Submission[entries.size()];
            java.util.stream.IntStream.range(0, entries.size()).parallel()
                    .forEach(i -> read[i] = readEntry(zip, entries.get(i), sharedStrings));
            List<Submission> loaded = new ArrayList<>();
            for (int i = 0; i < read.length; i++) {
                if (entries.get(i).fileName().toLowerCase(Locale.ROOT).endsWith("." + FramebenchResourceFactory.EXTENSION)) {
                    loaded.add(read[i]);
                }
            }
            ClassSubmissions result = assemble(zip, key, loaded);
            result.files.addAll(List.of(read));
            return result;
        } finally {
            try {
                archive.close();
            } catch (IOException e) {
                // Everything was read; nothing is lost by a failed close.
            }
        }
    }

    private static Submission readEntry(Path zip, ClassArchive.Entry entry, Map<String, String> sharedStrings) {
        Path path = zip.resolve(safePath(entry.name()));
        String shown = entry.fileName();
        Submission submission;
        if (entry.refused() != null) {
            submission = new Submission(path, null, entry.modified());
            submission.setUnreadable(DocumentException.Kind.TOO_LARGE, entry.name() + ": " + entry.refused() + ".");
        } else if (!shown.toLowerCase(Locale.ROOT).endsWith("." + FramebenchResourceFactory.EXTENSION)) {
            submission = new Submission(path, null, entry.modified());
            submission.setUnreadable(DocumentException.Kind.NOT_FRAMEBENCH, entry.name() + " is not a Framebench file "
                    + "(only ." + FramebenchResourceFactory.EXTENSION + " files are graded); it was left as it is.");
        } else {
            try {
                byte[] bytes = entry.bytes();
                AnnotationDocument document = DocumentStore.parse(bytes,
                        org.eclipse.emf.common.util.URI.createFileURI(path.toAbsolutePath().toString()), shown, sharedStrings);
                DocumentStore.check(document, shown, DocumentStore.Strictness.HAND_IN);
                Instant modified = document.getModified() != null ? document.getModified().toInstant() : entry.modified();
                submission = new Submission(path, document, modified);
            } catch (DocumentException e) {
                submission = new Submission(path, null, entry.modified());
                submission.setUnreadable(e.getKind(), ClassArchive.inZip(e.getMessage()));
            } catch (IOException e) {
                submission = new Submission(path, null, entry.modified());
                submission.setUnreadable(DocumentException.Kind.TOO_LARGE, entry.name() + ": " + e.getMessage() + ".");
            }
        }
        submission.setArchiveEntry(entry.name(), LmsNames.parse(entry.name()));
        return submission;
    }

    /** An entry's name as a relative path that stays inside the ZIP's place (never opened: only shown). */
    private static String safePath(String name) {
        StringBuilder safe = new StringBuilder();
        for (String segment : name.replace('\0', '_').split("/")) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.contains(":")) {
                segment = segment.isEmpty() ? "" : segment.replace(':', '_').replace("..", "_");
            }
            if (!segment.isEmpty()) {
                safe.append(safe.length() == 0 ? "" : "/").append(segment);
            }
        }
        return safe.length() == 0 ? "_" : safe.toString();
    }

    private static Submission readKey(Path normalizedKey, Map<String, String> sharedStrings) throws GradingException {
        if (normalizedKey == null) {
            return null;
        }
        Submission key = read(normalizedKey, sharedStrings);
        if (!key.isReadable()) {
            throw new GradingException("The key could not be opened: " + key.problems().get(0).message(), null);
        }
        return key;
    }

    /**
     * The class from its loaded files: keys among them set apart (the newest used when none was given), then
     * every submission checked against the key.
     */
    private static ClassSubmissions assemble(Path folder, Submission givenKey, List<Submission> loaded) {
        Submission key = givenKey;
        List<Submission> keysInFolder = loaded.stream()
                .filter(s -> s.isReadable() && s.document().getRole() == Role.KEY).toList();
        loaded.removeAll(keysInFolder);
        List<String> classProblems = new ArrayList<>();
        if (key == null && !keysInFolder.isEmpty()) {
            key = keysInFolder.stream().max(Comparator.comparing(Submission::lastModified)
                    .thenComparing(s -> s.file().getFileName().toString())).orElseThrow();
            if (keysInFolder.size() > 1) {
                classProblems.add("The folder holds " + keysInFolder.size() + " answer keys ("
                        + keysInFolder.stream().map(s -> s.file().getFileName().toString()).collect(Collectors.joining(", "))
                        + "); " + key.file().getFileName() + " was used because it is the newest. To grade against "
                        + "another one, give it as the key.");
            }
        }
        for (Submission other : keysInFolder) {
            if (other != key) {
                other.addProblem(Problem.Kind.KEY_NOT_USED, other.file().getFileName() + " is saved as an answer key, so it "
                        + "is not graded as a student's work; the class was graded against " + key.file().getFileName() + ".");
            }
        }
        ClassSubmissions result = new ClassSubmissions(folder, key, loaded);
        result.classProblems.addAll(classProblems);
        result.check();
        return result;
    }

    /**
     * Files of the folder that are part of the class: not hidden, not the review file or a backup of it, not
     * the previous version Framebench keeps beside every saved file ({@code name.fbench.bak}).
     */
    private static boolean isClassFile(Path file) {
        return isClassFileName(file.getFileName().toString());
    }

    private static boolean isClassFileName(String name) {
        return !name.startsWith(".") && !name.startsWith(ReviewStore.FILE_NAME) && !name.startsWith("~$")
                && !name.toLowerCase(java.util.Locale.ROOT).endsWith("." + FramebenchResourceFactory.EXTENSION
                        + DocumentStore.BACKUP_SUFFIX);
    }

    private static boolean isFramebenchName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + FramebenchResourceFactory.EXTENSION);
    }

    private static Instant lastModifiedOf(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static Submission read(Path file, Map<String, String> sharedStrings) {
        Instant fileTime;
        try {
            fileTime = Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            fileTime = Instant.EPOCH;
        }
        try {
            AnnotationDocument document = DocumentStore.load(file, DocumentStore.Strictness.HAND_IN, sharedStrings);
            Instant modified = document.getModified() != null ? document.getModified().toInstant() : fileTime;
            return new Submission(file, document, modified);
        } catch (DocumentException e) {
            Submission unreadable = new Submission(file, null, fileTime);
            unreadable.setUnreadable(e.getKind(), e.getMessage());
            return unreadable;
        }
    }

    private void check() {
        List<Submission> readable = submissions.stream().filter(Submission::isReadable).toList();
        Expected expected = expected(key, readable);
        for (Submission submission : readable) {
            checkFile(submission, expected, key);
        }
        flagDuplicates(readable);
        List<Submission> gradable = readable.stream().filter(Submission::isGradable).toList();
        // Each file's answers, made on all cores (a string per annotation: most of this check's time).
        List<CopyFacts> facts = gradable.parallelStream().map(s -> CopyFacts.of(s.document())).toList();
        flagCopies(gradable, facts);
    }

    /**
     * What every file of the class must answer: the key's assignment, version and article texts, or (without
     * a key) what most of the class answers. {@code textDigests}: each distinct article text's digest, by
     * identity (shared by the files as they load), safe to use from several threads.
     */
    private record Expected(String assignmentId, String assignmentVersion, Map<String, String> digests,
            Map<String, String> textDigests) {
    }

    private static Expected expected(Submission key, List<Submission> readable) {
        Map<String, String> textDigests = Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        if (key != null) {
            return new Expected(key.document().getAssignment().getId(), key.document().getAssignment().getVersion(),
                    articleDigests(key.document()), textDigests);
        }
        String assignmentId = mostCommon(readable.stream().map(s -> s.document().getAssignment().getId()).toList());
        Map<String, String> digests = mostCommonDigests(readable.stream()
                .filter(s -> Objects.equals(s.document().getAssignment().getId(), assignmentId)).toList());
        String assignmentVersion = mostCommon(readable.stream()
                .filter(s -> Objects.equals(s.document().getAssignment().getId(), assignmentId))
                .map(s -> s.document().getAssignment().getVersion()).toList());
        return new Expected(assignmentId, assignmentVersion, digests, textDigests);
    }

    /**
     * The checks of one readable student's file against what the class answers: another assignment, another
     * version, changed articles (re-anchored onto the key's texts when they are only another version of them).
     * Needs nothing of the other files, so a class graded as a stream checks each file as it is read.
     */
    private static void checkFile(Submission submission, Expected expected, Submission key) {
        AnnotationDocument document = submission.document();
        String id = document.getAssignment().getId();
        if (!Objects.equals(id, expected.assignmentId())) {
            submission.addProblem(Problem.Kind.OTHER_ASSIGNMENT, "This file answers another assignment (\"" + id
                    + "\") than " + (key != null ? "the key" : "the rest of the class") + " (\"" + expected.assignmentId()
                    + "\").");
            return;
        }
        String version = document.getAssignment().getVersion();
        if (!Objects.equals(version, expected.assignmentVersion())) {
            // Editing a handed-out assignment bumps its version: grade it, but say which version it answers.
            submission.addProblem(Problem.Kind.OTHER_VERSION, "This file answers version " + versionLabel(version)
                    + " of the assignment; " + (key != null ? "the key answers" : "most of the class answers")
                    + " version " + versionLabel(expected.assignmentVersion()) + ".");
        }
        String changed = changedArticles(document, expected.digests(), expected.textDigests());
        if (changed != null && key != null && isReanchorable(document, expected.digests(), expected.textDigests())) {
            reanchor(submission, key);
        } else if (changed != null) {
            submission.addProblem(Problem.Kind.CHANGED_ARTICLES, changed);
        }
    }

    private static String versionLabel(String version) {
        return version == null || version.isBlank() ? "(none)" : version;
    }

    /**
     * Whether the texts differ from the key's only as another version of the same articles: every article's
     * text matches its own recorded digest (not edited inside the file) and the file has exactly the key's
     * articles.
     */
    private static boolean isReanchorable(AnnotationDocument document, Map<String, String> expected,
            Map<String, String> known) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Article article : document.getAssignment().getArticles()) {
            String actual = article.getText() == null ? null : textDigest(article.getText(), known);
            if (actual == null || !actual.equals(article.getSha256()) || !expected.containsKey(article.getId())) {
                return false;
            }
            ids.add(article.getId());
        }
        return ids.equals(expected.keySet());
    }

    /** Re-anchors the loaded copy (never the file) to the key's texts, and says so. */
    private static void reanchor(Submission submission, Submission key) {
        ArticleUpdateReport update = ArticleUpdate.apply(submission.document(), key.document().getAssignment());
        List<Placement> unplaced = update.unplaced();
        // An annotation that cannot be placed would sit at its old offsets in the key's text, over other words:
        // take it (and its links) out of the loaded copy, so it counts as missing rather than as something else.
        AnnotationDocument document = submission.document();
        for (Placement placement : unplaced) {
            Annotation annotation = placement.annotation();
            document.getLinks().removeIf(link -> link.getSource() == annotation || link.getTarget() == annotation);
            document.getAnnotations().remove(annotation);
        }
        String articles = String.join(", ", update.changedArticles());
        String message = "The text of " + (update.changedArticles().size() == 1 ? "article " : "articles ") + articles
                + " differs slightly from the key's; the annotations were moved onto the key's text to grade them "
                + "(the student's file is unchanged)";
        if (unplaced.isEmpty()) {
            message += ", and every annotation found its place.";
        } else {
            message += "; " + unplaced.size() + (unplaced.size() == 1 ? " annotation" : " annotations")
                    + " could not be found in the key's text, so they are not scored: "
                    + unplaced.stream().map(Placement::describe).collect(Collectors.joining("; ")) + ".";
        }
        submission.addProblem(Problem.Kind.REANCHORED, message);
    }

    /**
     * What the check for copies needs of a file, kept when its document is let go: the document id, its
     * annotations' ids (a canonical UUID as a {@link java.util.UUID}, 32 bytes instead of 80), and a digest
     * of its sorted answers (article, code, span, headline or body), equal exactly when the answers are.
     */
    record CopyFacts(String documentId, Object[] annotationIds, int answerCount, String answersDigest) {

        static CopyFacts of(AnnotationDocument document) {
            java.util.Set<Object> ids = new java.util.LinkedHashSet<>();
            for (Annotation annotation : document.getAnnotations()) {
                if (annotation.getId() != null && !annotation.getId().isBlank()) {
                    ids.add(compactId(annotation.getId()));
                }
            }
            List<String> answers = sortedAnswers(document);
            java.security.MessageDigest sha;
            try {
                sha = java.security.MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            for (String answer : answers) {
                // Length first: no two different lists of answers give the same bytes.
                byte[] bytes = answer.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                sha.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                sha.update(bytes);
            }
            return new CopyFacts(document.getId(), ids.toArray(), answers.size(),
                    java.util.HexFormat.of().formatHex(sha.digest()));
        }

        private static Object compactId(String id) {
            if (id.length() == 36) {
                try {
                    java.util.UUID uuid = java.util.UUID.fromString(id);
                    if (uuid.toString().equals(id)) {
                        return uuid;
                    }
                } catch (IllegalArgumentException notUuid) {
                    // kept as written
                }
            }
            return id;
        }
    }

    /**
     * Flags possible copies among different students' files: the same document id, shared annotation ids, or
     * the very same annotations (article, code, begin, end). Both files are still graded. {@code facts}: each
     * file's {@link CopyFacts}, in the same order.
     */
    private static void flagCopies(List<Submission> gradable, List<CopyFacts> facts) {
        Map<String, List<Submission>> byDocument = new LinkedHashMap<>();
        // Annotation ids are almost all unique: a group is made only for an id met in a second file.
        Map<Object, Submission> annotationOwner = new HashMap<>();
        Map<Object, List<Submission>> byAnnotation = new LinkedHashMap<>();
        Map<String, List<Submission>> byAnswers = new LinkedHashMap<>();
        for (int s = 0; s < gradable.size(); s++) {
            Submission submission = gradable.get(s);
            CopyFacts fact = facts.get(s);
            if (fact.documentId() != null && !fact.documentId().isBlank()) {
                byDocument.computeIfAbsent(fact.documentId(), k -> new ArrayList<>()).add(submission);
            }
            for (Object id : fact.annotationIds()) {
                Submission first = annotationOwner.putIfAbsent(id, submission);
                if (first != null) {
                    byAnnotation.computeIfAbsent(id, k -> new ArrayList<>(List.of(first))).add(submission);
                }
            }
            if (fact.answerCount() >= SAME_ANSWERS_MINIMUM) {
                byAnswers.computeIfAbsent(fact.answersDigest(), k -> new ArrayList<>()).add(submission);
            }
        }
        Map<Submission, Map<Submission, java.util.Set<String>>> found = new LinkedHashMap<>();
        pair(byDocument.values(), "the same document", found);
        pair(byAnnotation.values(), "annotations with the same identity", found);
        pair(byAnswers.values(), "exactly the same annotations", found);
        for (Submission submission : gradable) {
            Map<Submission, java.util.Set<String>> others = found.get(submission);
            if (others == null) {
                continue;
            }
            others.forEach((other, why) -> submission.addProblem(Problem.Kind.POSSIBLE_COPY, "Possible copy: this file and "
                    + other.file().getFileName() + " (" + other.studentName() + ") have " + String.join(", and ", why)
                    + ". Both are graded; please check."));
        }
    }

    /** What a file's annotations say (article, code, span, headline or body), one string each, sorted. */
    private static List<String> sortedAnswers(AnnotationDocument document) {
        List<String> answers = new ArrayList<>();
        for (Annotation annotation : document.getAnnotations()) {
            answers.add((annotation.getArticle() == null ? "" : annotation.getArticle().getId()) + "|"
                    + (annotation.getCode() == null ? "" : annotation.getCode().getId()) + "|"
                    + annotation.getBegin() + "|" + annotation.getEnd()
                    + (org.framebench.core.text.TextAnchors.inHeadline(annotation) ? "|headline" : ""));
        }
        Collections.sort(answers);
        return answers;
    }

    private static void pair(java.util.Collection<List<Submission>> groups, String why,
            Map<Submission, Map<Submission, java.util.Set<String>>> found) {
        for (List<Submission> group : groups) {
            for (Submission a : group) {
                for (Submission b : group) {
                    if (a != b && !sameStudent(a, b)) {
                        found.computeIfAbsent(a, k -> new LinkedHashMap<>())
                                .computeIfAbsent(b, k -> new java.util.LinkedHashSet<>()).add(why);
                    }
                }
            }
        }
    }

    private static boolean sameStudent(Submission a, Submission b) {
        return identity(a).equals(identity(b));
    }

    private static String identity(Submission submission) {
        if (submission.lms() != null) {
            // The platform's id: the same student however they typed their name and id into the file.
            return "lms:" + submission.lms().lms() + ":" + submission.lms().id();
        }
        return !submission.studentId().isBlank() ? "id:" + submission.studentId()
                : "name:" + submission.studentName().toLowerCase(Locale.ROOT).strip();
    }

    /**
     * The digest of an article's text, from {@code known} (by identity) when hashed before: the students'
     * article texts are the key's very strings when equal (they share them as they load, see
     * FramebenchResource), so each distinct text is hashed once per class.
     */
    private static String textDigest(String text, Map<String, String> known) {
        return known.computeIfAbsent(text, Digests::sha256);
    }

    /** Null when every article matches, else a sentence naming the articles that differ. */
    private static String changedArticles(AnnotationDocument document, Map<String, String> expected,
            Map<String, String> known) {
        List<String> changed = new ArrayList<>();
        Map<String, Article> articles = new HashMap<>();
        for (Article article : document.getAssignment().getArticles()) {
            articles.put(article.getId(), article);
            String actual = article.getText() == null ? null : textDigest(article.getText(), known);
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

    private static void flagDuplicates(List<Submission> readable) {
        Map<String, List<Submission>> byStudent = new LinkedHashMap<>();
        for (Submission submission : readable) {
            String identity = identity(submission);
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

    /**
     * Every file of the class folder, in file-name order, each with its {@link Submission#status}: the
     * students' files, the answer keys found there, and files that are not Framebench files. (Not the review
     * file, nor hidden files.)
     */
    public List<Submission> files() {
        return Collections.unmodifiableList(files);
    }

    /** What the instructor should know about the class as a whole (two keys in the folder…), in plain words. */
    public List<String> classProblems() {
        return Collections.unmodifiableList(classProblems);
    }

    /** The submissions with at least one problem. */
    public List<Submission> withProblems() {
        return submissions.stream().filter(s -> !s.problems().isEmpty()).toList();
    }

    /** The class's files in {@code folder} (no sub-folders), sorted by name; a missing or unreadable folder says so. */
    private static List<Path> classFiles(Path folder) throws GradingException {
        if (!Files.isDirectory(folder)) {
            throw new GradingException("The folder " + folder + " does not exist or is not a folder.", null);
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(p -> !Files.isDirectory(p)).filter(ClassSubmissions::isClassFile).sorted().toList();
        } catch (IOException e) {
            throw new GradingException("The folder " + folder + " could not be read: " + e.getMessage(), e);
        }
    }

}
