package org.framebench.grading.returned;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.framebench.core.document.AtomicFiles;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.grading.ClassReport;
import org.framebench.grading.ClassReport.GradedSubmission;
import org.framebench.grading.GradingException;
import org.framebench.model.AnnotationDocument;

/**
 * Hands a graded class back: for every graded student, {@code NAME-returned.fbench} (their own file with
 * their feedback, see {@link ReturnedCopies}) and {@code NAME-feedback.html} (see {@link HtmlReport}) in
 * one folder. Each file is written whole or not at all ({@link AtomicFiles}).
 */
public final class ReturnFeedback {

    /** What was written for one student. */
    public record Returned(GradedSubmission graded, Path copy, Path report) {
    }

    private ReturnFeedback() {
    }

    /** Suffix of a returned copy's file name. */
    public static final String COPY_SUFFIX = "-returned.fbench";

    /** Suffix of a report's file name. */
    public static final String REPORT_SUFFIX = "-feedback.html";

    /**
     * Writes every graded student's returned copy and report into {@code folder} (made if missing).
     *
     * @throws GradingException when the folder or a file cannot be written; files already written stay
     */
    public static List<Returned> writeAll(ClassReport report, Path folder, String author) throws GradingException {
        if (sameFolder(folder, report.submissions().folder())) {
            // The copies are .fbench files of the same students: in the class folder they would be graded next time.
            throw new GradingException("Write the returned files into another folder than the class folder "
                    + folder.getFileName() + " (for example its subfolder \"returned\"): there they would be taken for "
                    + "hand-ins the next time the class is graded. Nothing was written.", null);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new GradingException("The folder " + folder + " could not be made (" + AtomicFiles.describe(e) + ").", e);
        }
        List<Returned> written = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (GradedSubmission graded : report.scores()) {
            String base = uniqueBase(graded, taken);
            AnnotationDocument copy = ReturnedCopies.returnedCopy(graded, report.review(), author);
            Path copyFile = folder.resolve(base + COPY_SUFFIX);
            Path reportFile = folder.resolve(base + REPORT_SUFFIX);
            try {
                DocumentStore.writeAtomically(DocumentStore.serialize(copy), copyFile, false);
                byte[] html = HtmlReport.of(copy).getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(reportFile.toAbsolutePath(), out -> out.write(html), false);
            } catch (DocumentException e) {
                throw new GradingException(e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                throw new GradingException("The feedback for " + graded.submission().studentName() + " could not be written to "
                        + folder.getFileName() + " (" + AtomicFiles.describe(e) + ").", e);
            }
            written.add(new Returned(graded, copyFile, reportFile));
        }
        return written;
    }

    private static boolean sameFolder(Path a, Path b) {
        if (a == null || b == null) {
            return false;
        }
        try {
            return Files.exists(a) && Files.exists(b) ? Files.isSameFile(a, b)
                    : a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    /** A file name base from the student's name (letters, digits, '-'), made unique with their id or a number. */
    static String uniqueBase(GradedSubmission graded, Set<String> taken) {
        String base = safe(graded.submission().studentName());
        if (base.isEmpty()) {
            base = "student";
        }
        String candidate = base;
        if (!taken.add(candidate.toLowerCase(Locale.ROOT))) {
            String id = safe(graded.submission().studentId());
            candidate = id.isEmpty() ? base : base + "-" + id;
            for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
                candidate = base + "-" + n;
            }
        }
        return candidate;
    }

    private static String safe(String text) {
        String name = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
        if (name.toLowerCase(Locale.ROOT).endsWith(".fbench")) {
            name = name.substring(0, name.length() - ".fbench".length());
        }
        name = name.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return name.length() > 60 ? name.substring(0, 60) : name;
    }
}
