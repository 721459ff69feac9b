package org.framebench.cli;

import static org.framebench.cli.OptionValues.number;
import static org.framebench.cli.OptionValues.value;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.framebench.export.gradebook.GradeBook;
import org.framebench.export.gradebook.LmsGradeCsv;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.GradingException;
import org.framebench.grading.Problem;
import org.framebench.grading.Submission;
import org.framebench.grading.lms.ClassArchive;
import org.framebench.grading.scoring.ScoringOptions;

/** {@code framebench grade --key KEY --submissions DIR --out grades.xlsx}: score a class against a key. */
final class GradeCommand implements Command {

    @Override
    public String name() {
        return "grade";
    }

    @Override
    public String summary() {
        return "score a folder of submissions against a key and write the grade book";
    }

    @Override
    public String help() {
        return """
                Usage: framebench grade --key KEY.fbench --submissions FOLDER|CLASS.zip --out grades.xlsx
                                        [--lms canvas|moodle] [--threshold 0.5] [--weight LAYER=W]...
                                        [--wrong-code-credit 0.5] [--attribute-weight 0.5] [--link-weight 0.5]

                Scores every .fbench file in FOLDER against the key: annotations of the same code are
                matched by character overlap (Jaccard at least the threshold), with partial credit (a span
                found with another code of the same layer earns the wrong-code share); then precision,
                recall and F1 per layer (a layer the key leaves empty is not assessed), attribute agreement
                over all the key's annotations, credit for links, a score 0-100 per student, and agreement
                between students (Krippendorff's alpha, Fleiss' kappa). The class review file
                (class-review.fbreview in FOLDER) adds feedback points and adjustments to each grade, and
                its saved scoring options are used unless the options below change them.
                Writes the grade book: sheet Grades (one row per file, totals as formulas over the
                layer weights), sheet Agreement, and one sheet per student.

                Every file of FOLDER gets a row in the Grades sheet with its Status: graded, or why not.
                Files that cannot be graded (damaged, empty, another assignment, article text edited in
                the file, an older file of a student who handed in twice) are named on one line each
                ("left out FILE: ..."); other answer keys and files that are not Framebench files are
                named too ("not graded FILE: ..."), but do not count as left out. A student who handed in
                twice is graded on the newest file. Files whose article texts differ slightly from the
                key's are moved onto the key's texts and graded, and possible copies (the same document,
                the same annotations) are graded and flagged ("warning FILE: ..."). The students' files
                are never changed.

                FOLDER may be the ZIP Moodle's or Canvas's "download all submissions" gives: it is read in
                place (nothing unpacked), the students' names and platform ids come from its file names,
                ZIPs inside it are read too, and its other files are listed in the grade book.

                Options:
                  --key FILE          the answer key (required unless FOLDER holds a file with role key)
                  --submissions DIR   the class folder or ZIP (required)
                  --out FILE          the grade book to write, .xlsx (required)
                  --lms canvas|moodle also write the grades as the platform imports them, beside the
                                      grade book (grades-canvas.csv / grades-moodle.csv): Canvas's
                                      gradebook import, or Moodle's assignment grading worksheet
                  --threshold T       overlap needed for a match, 0 < T <= 1 (default 0.5)
                  --weight LAYER=W    weight of a layer (sourcing, attribution, framing) in the total
                  --wrong-code-credit S  share of a span's credit for another code of its layer (default 0.5)
                  --attribute-weight W   weight of attribute agreement (default 0.5)
                  --link-weight W        weight of link credit (default 0.5)

                Exit codes: 0 all graded, 1 some files left out or writing failed, 2 wrong command line.
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Path key = null;
        Path folder = null;
        Path target = null;
        LmsGradeCsv.Layout lms = null;
        // The command line's options, applied over those the class review file saved. Each is tried at once
        // on a scratch copy, so a bad value is a usage error before anything is read.
        List<java.util.function.Consumer<ScoringOptions>> overrides = new ArrayList<>();
        ScoringOptions scratch = new ScoringOptions();
        try {
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                switch (argument) {
                    case "--key" -> key = Inputs.path(value(arguments, ++i, argument));
                    case "--submissions" -> folder = Inputs.path(value(arguments, ++i, argument));
                    case "--out", "-o" -> target = Inputs.path(value(arguments, ++i, argument));
                    case "--lms" -> {
                        String name = value(arguments, ++i, argument);
                        lms = LmsGradeCsv.Layout.of(name);
                        if (lms == null) {
                            throw new UsageException("--lms takes canvas or moodle, not '" + name + "'");
                        }
                    }
                    case "--threshold" -> override(overrides, scratch, argument, number(value(arguments, ++i, argument), argument),
                            (options, t) -> options.threshold(t));
                    case "--wrong-code-credit" -> override(overrides, scratch, argument,
                            number(value(arguments, ++i, argument), argument), (options, c) -> options.wrongCodeCredit(c));
                    case "--attribute-weight" -> override(overrides, scratch, argument,
                            number(value(arguments, ++i, argument), argument), (options, w) -> options.attributeWeight(w));
                    case "--link-weight" -> override(overrides, scratch, argument, number(value(arguments, ++i, argument), argument),
                            (options, w) -> options.linkWeight(w));
                    case "--weight" -> {
                        String weight = value(arguments, ++i, argument);
                        int equals = weight.indexOf('=');
                        if (equals <= 0) {
                            throw new UsageException("--weight takes LAYER=W, e.g. --weight sourcing=2");
                        }
                        String layer = weight.substring(0, equals);
                        override(overrides, scratch, argument, number(weight.substring(equals + 1), argument),
                                (options, w) -> options.layerWeight(layer, w));
                    }
                    default -> throw new UsageException(argument.startsWith("-") ? "unknown option " + argument
                            : "unexpected argument " + argument + " (the class folder goes after --submissions)");
                }
            }
            if (folder == null) {
                throw new UsageException("no class folder given (--submissions FOLDER)");
            }
            if (target == null) {
                throw new UsageException("no output file given (--out grades.xlsx)");
            }
            if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                throw new UsageException("the grade book is a workbook: --out must end in .xlsx");
            }
        } catch (Inputs.UnreadableNameException e) {
            // Named in one line; nothing can be graded without the files it names.
            err.println("framebench grade: " + e.getMessage() + ".");
            return SOME_FAILED;
        } catch (UsageException | IllegalArgumentException e) {
            String message = e.getMessage().endsWith(".") ? e.getMessage().substring(0, e.getMessage().length() - 1)
                    : e.getMessage();
            err.println("framebench grade: " + message + ". Run 'framebench grade --help'.");
            return USAGE;
        }
        if (!Files.isDirectory(folder) && !ClassArchive.isArchive(folder)) {
            err.println("framebench grade: " + folder + " is not a folder or a .zip file.");
            return USAGE;
        }
        try {
            long started = System.nanoTime();
            // The class as a stream: each file is read, checked, scored and its sheet of the grade book made, then
            // let go, so a class of thousands is never all in memory (ClassGrading.gradeStreamed).
            GradeBook.StudentSheets sheets = new GradeBook.StudentSheets();
            ClassGrading.StreamedReport<GradeBook.StudentSheet> streamed = ClassGrading.gradeStreamed(folder, key, saved -> {
                overrides.forEach(override -> override.accept(saved));
                return saved;
            }, sheets::make);
            ClassReport report = streamed.report();
            long loadedAt = System.nanoTime();
            int leftOut = 0;
            for (String problem : report.submissions().classProblems()) {
                err.println("note: " + problem);
            }
            java.util.Set<Submission> students = new java.util.HashSet<>(report.submissions().submissions());
            for (Submission submission : report.submissions().files()) {
                if (submission == report.submissions().key()) {
                    continue;
                }
                if (!students.contains(submission)) {
                    // Another key, or not a Framebench file: listed in the grade book, not a student's work.
                    for (Problem problem : submission.problems()) {
                        err.println("not graded " + submission.file() + ": " + problem.message());
                    }
                } else if (!submission.isGradable()) {
                    leftOut++;
                    for (Problem problem : submission.problems()) {
                        err.println("left out " + submission.file() + ": " + problem.message());
                    }
                } else {
                    for (Problem problem : submission.problems()) {
                        if (problem.kind() == Problem.Kind.POSSIBLE_COPY || problem.kind() == Problem.Kind.REANCHORED
                                || problem.kind() == Problem.Kind.OTHER_VERSION) {
                            err.println("warning " + submission.file() + ": " + problem.message());
                        }
                    }
                }
            }
            long gradedAt = System.nanoTime();
            new GradeBook(report).export(target, sheets, streamed.kept());
            Path csv = null;
            if (lms != null) {
                csv = LmsGradeCsv.besideWorkbook(target, lms);
                LmsGradeCsv grades = new LmsGradeCsv(report, lms);
                grades.export(csv);
                long withoutId = grades.withoutLmsId();
                if (withoutId > 0) {
                    err.println("note: " + withoutId + (withoutId == 1 ? " student has" : " students have") + " no "
                            + (lms == LmsGradeCsv.Layout.CANVAS ? "Canvas" : "Moodle") + " id (their files were not named"
                            + " by " + (lms == LmsGradeCsv.Layout.CANVAS ? "Canvas" : "Moodle") + "'s download); match "
                            + (withoutId == 1 ? "that row" : "those rows") + " by name or student id in " + csv.getFileName() + ".");
                }
            }
            if (System.getenv("FRAMEBENCH_TIMINGS") != null) {
                // For the end-to-end benchmark: where the time of one call goes (stderr, never in normal use).
                long sinceStart = ProcessHandle.current().info().startInstant()
                        .map(start -> java.time.Duration.between(start, java.time.Instant.now()).toMillis()).orElse(-1L);
                err.printf(Locale.ROOT, "timings: before grading %d ms, loading and checking the files (streamed: with "
                        + "scoring, the students' sheets and agreement) %d ms, the rest %d ms, grade book %d ms, in all %d ms%n",
                        sinceStart - (System.nanoTime() - started) / 1_000_000, (loadedAt - started) / 1_000_000,
                        (gradedAt - loadedAt) / 1_000_000, (System.nanoTime() - gradedAt) / 1_000_000, sinceStart);
            }
            int graded = report.scores().size();
            out.printf(Locale.ROOT, "Graded %d %s against %s; wrote %s%s.%n", graded, graded == 1 ? "student" : "students",
                    report.submissions().key() == null ? "no key" : report.submissions().key().file().getFileName(),
                    target + (csv == null ? "" : " and " + csv), leftOut == 0 ? "" : " (" + leftOut
                            + (leftOut == 1 ? " file" : " files") + " left out)");
            return leftOut == 0 ? OK : SOME_FAILED;
        } catch (GradingException e) {
            err.println("framebench grade: " + e.getMessage());
            return SOME_FAILED;
        } catch (IllegalArgumentException e) {
            // A weight for a layer the key's codebook does not have (known only once the key is read).
            err.println("framebench grade: " + e.getMessage() + " Run 'framebench grade --help'.");
            return USAGE;
        }
    }

    /** Records an option given on the command line, trying it on {@code scratch} so a bad value fails now. */
    private static void override(List<java.util.function.Consumer<ScoringOptions>> overrides, ScoringOptions scratch,
            String option, double value, java.util.function.ObjDoubleConsumer<ScoringOptions> setter) throws UsageException {
        try {
            setter.accept(scratch, value);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().replaceAll("\\.$", ""));
        }
        overrides.add(options -> setter.accept(options, value));
    }
}
