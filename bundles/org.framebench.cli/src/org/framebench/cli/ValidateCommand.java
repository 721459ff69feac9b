package org.framebench.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.framebench.core.document.DocumentChecks;
import org.framebench.core.document.DocumentException;
import org.framebench.model.AnnotationDocument;

/** {@code framebench validate FILE|FOLDER...}: is each file a valid Framebench document, and if not, why. */
final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check .fbench files and say for each whether it is valid and why not";
    }

    @Override
    public String help() {
        return """
                Usage: framebench validate FILE|FOLDER...

                Checks each Framebench annotation file (a folder: every .fbench file under it; CLASS.zip:
                every .fbench file in a ZIP downloaded from Moodle or Canvas, read in place) and prints
                one line per file: "valid" with its student and number of annotations, or "INVALID" and why
                (not a Framebench file, damaged, from a newer version, annotations that no longer match
                their article, ...). Files are only read, never changed.

                Exit codes: 0 every file is valid, 1 some file is invalid, 2 wrong command line.
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        for (String argument : arguments) {
            if (argument.startsWith("-")) {
                err.println("framebench validate: unknown option " + argument + ". Run 'framebench validate --help'.");
                return USAGE;
            }
        }
        if (arguments.isEmpty()) {
            err.println("framebench validate: no files given. Usage: framebench validate FILE|FOLDER...");
            return USAGE;
        }
        List<String> problems = new ArrayList<>();
        List<Inputs.Source> files = Inputs.sources(arguments, problems);
        int invalid = problems.size();
        problems.forEach(problem -> out.println("INVALID  " + problem));
        // The files are checked on all cores, each line printed in the files' order; a document is let go
        // as soon as its line is made, so a class of any size is checked in the memory of a few files.
        Map<String, String> sharedStrings = new ConcurrentHashMap<>();
        int[] invalidFiles = { 0 };
        Inputs.inParallel(files, file -> verdict(file, sharedStrings), verdict -> {
            if (!verdict.valid()) {
                invalidFiles[0]++;
            }
            out.println(verdict.line());
        });
        invalid += invalidFiles[0];
        int total = files.size() + problems.size();
        out.println((total - invalid) + " of " + total + (total == 1 ? " file" : " files") + " valid.");
        return invalid == 0 ? OK : SOME_FAILED;
    }

    /** One file's line. */
    private record Verdict(boolean valid, String line) {
    }

    private static Verdict verdict(Inputs.Source file, Map<String, String> sharedStrings) {
        String shown = file.shown();
        try {
            AnnotationDocument document = file.load(sharedStrings);
            // Loading already refused everything the model's validation finds; an edited article text
            // still opens (the workbench points it out) but is not a valid hand-in.
            List<String> found = DocumentChecks.digestProblems(document).stream()
                    .map(DocumentChecks.DigestProblem::message).toList();
            if (found.isEmpty()) {
                return new Verdict(true, "valid    " + shown + ": " + describe(document));
            }
            return new Verdict(false, "INVALID  " + shown + ": " + found.get(0)
                    + (found.size() > 1 ? " (and " + (found.size() - 1) + " more problems)" : ""));
        } catch (DocumentException e) {
            return new Verdict(false, "INVALID  " + shown + ": " + (file.zip() == null ? e.getMessage()
                    : org.framebench.grading.lms.ClassArchive.inZip(e.getMessage())));
        }
    }

    private static String describe(AnnotationDocument document) {
        String who = document.getAnnotatorName() == null || document.getAnnotatorName().isBlank() ? "no name"
                : document.getAnnotatorName();
        if (document.getAnnotatorId() != null && !document.getAnnotatorId().isBlank()) {
            who += " (" + document.getAnnotatorId() + ")";
        }
        return who + ", " + document.getRole().getLiteral() + ", " + document.getAnnotations().size()
                + " annotations, " + document.getLinks().size() + " links";
    }
}
