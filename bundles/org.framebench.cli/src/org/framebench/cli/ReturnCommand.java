package org.framebench.cli;

import static org.framebench.cli.OptionValues.value;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.framebench.grading.ClassGrading;
import org.framebench.grading.lms.ClassArchive;
import org.framebench.grading.ClassReport;
import org.framebench.grading.GradingException;
import org.framebench.grading.returned.ReturnFeedback;

/** {@code framebench return --submissions DIR --out DIR}: hand every student back their own feedback. */
final class ReturnCommand implements Command {

    @Override
    public String name() {
        return "return";
    }

    @Override
    public String summary() {
        return "write each graded student a copy of their file with their feedback, and an HTML report";
    }

    @Override
    public String help() {
        return """
                Usage: framebench return --submissions FOLDER|CLASS.zip --out FOLDER [--key KEY.fbench]

                Grades the class in FOLDER as 'framebench grade' does (with the scoring options and the
                feedback of its class review file, class-review.fbreview) and writes, for every graded
                student, into the --out folder:
                  NAME-returned.fbench  the student's own file, annotations unchanged, with their
                                        comments and points, their score terms and grade, each
                                        annotation marked matched / partial / extra / wrong code, and
                                        the key annotations they missed; it opens in Framebench, which
                                        shows it all in the Feedback view
                  NAME-feedback.html    the same as one web page, for students without Framebench
                Each file holds one student's work and feedback only, nothing of classmates.
                The students' own files are never changed.

                Options:
                  --submissions DIR   the class folder, or an LMS download ZIP (required)
                  --out DIR           where to write (required; made if missing)
                  --key FILE          the answer key (required unless FOLDER holds a file with role key)

                Exit codes: 0 all written, 1 some files left out or writing failed, 2 wrong command line.
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Path key = null;
        Path folder = null;
        Path target = null;
        try {
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                switch (argument) {
                    case "--key" -> key = Inputs.path(value(arguments, ++i, argument));
                    case "--submissions" -> folder = Inputs.path(value(arguments, ++i, argument));
                    case "--out", "-o" -> target = Inputs.path(value(arguments, ++i, argument));
                    default -> throw new UsageException(argument.startsWith("-") ? "unknown option " + argument
                            : "unexpected argument " + argument + " (the class folder goes after --submissions)");
                }
            }
            if (folder == null) {
                throw new UsageException("no class folder given (--submissions FOLDER)");
            }
            if (target == null) {
                throw new UsageException("no output folder given (--out FOLDER)");
            }
        } catch (Inputs.UnreadableNameException e) {
            err.println("framebench return: " + e.getMessage() + ".");
            return SOME_FAILED;
        } catch (UsageException e) {
            err.println("framebench return: " + e.getMessage() + ". Run 'framebench return --help'.");
            return USAGE;
        }
        if (!Files.isDirectory(folder) && !ClassArchive.isArchive(folder)) {
            err.println("framebench return: " + folder + " is not a folder or a .zip file.");
            return USAGE;
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            err.println("framebench return: " + target + " is a file, not a folder; nothing was written.");
            return USAGE;
        }
        try {
            ClassReport report = ClassGrading.grade(folder, key, saved -> saved);
            int leftOut = 0;
            for (var submission : report.submissions().submissions()) {
                if (!submission.isGradable()) {
                    leftOut++;
                    err.println("left out " + submission.file() + ": " + submission.statusText(report.submissions().key()));
                }
            }
            String author = report.review() == null ? null : report.review().getAuthor();
            List<ReturnFeedback.Returned> written = ReturnFeedback.writeAll(report, target, author);
            out.printf(Locale.ROOT, "Returned feedback to %d %s in %s%s.%n", written.size(),
                    written.size() == 1 ? "student" : "students", target,
                    leftOut == 0 ? "" : " (" + leftOut + (leftOut == 1 ? " file" : " files") + " left out)");
            return leftOut == 0 ? OK : SOME_FAILED;
        } catch (GradingException e) {
            err.println("framebench return: " + e.getMessage());
            return SOME_FAILED;
        }
    }
}
