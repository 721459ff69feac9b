package org.framebench.cli;

import static org.framebench.cli.OptionValues.value;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.framebench.core.assignment.AssignmentException;
import org.framebench.core.assignment.Examples;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.interchange.ImportResult;
import org.framebench.core.interchange.InterchangeException;
import org.framebench.core.interchange.InterchangeFormat;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;

/** {@code framebench import --format FORMAT SOURCE [--into TEMPLATE.fbench] --out NEW.fbench}. */
final class ImportCommand implements Command {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "read annotations made in another tool (W3C Web Annotation, brat, ...) into a new .fbench file";
    }

    @Override
    public String help() {
        return """
                Usage: framebench import --format FORMAT SOURCE [--into TEMPLATE.fbench] --out NEW.fbench

                Reads the annotations and links in SOURCE (a file or a folder, as the format has it) made
                for the articles of TEMPLATE's assignment, and writes them as a new document NEW.fbench:
                TEMPLATE's assignment, annotator and role, with the imported annotations and links (not
                TEMPLATE's own annotations). Without --into, the bundled example assignment (the four
                reports of the US–Libya talks) is the template. An annotation whose positions no longer
                fit the article's text is placed by its quoted words. Every annotation that cannot be
                placed, has a code the codebook lacks, or has something else Framebench cannot hold is
                listed; TEMPLATE itself is never changed. Formats:
                """ + InterchangeFormats.helpLines() + """


                Options:
                  --format FORMAT  the format of SOURCE (required)
                  --into FILE      the .fbench file whose assignment the annotations were made on
                  --out FILE       the new .fbench file (required; a file there is kept as FILE.bak)

                Exit codes: 0 everything imported, 1 some annotations were left out (listed) or SOURCE
                could not be read (nothing written), 2 wrong command line.
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        String formatId = null;
        Path source = null;
        Path into = null;
        Path target = null;
        InterchangeFormat format;
        try {
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                if (argument.startsWith("--format=")) {
                    formatId = argument.substring("--format=".length());
                    continue;
                }
                switch (argument) {
                    case "--format" -> formatId = value(arguments, ++i, argument);
                    case "--into" -> into = Inputs.path(value(arguments, ++i, argument));
                    case "--out", "-o" -> target = Inputs.path(value(arguments, ++i, argument));
                    default -> {
                        if (argument.startsWith("-")) {
                            throw new UsageException("unknown option " + argument);
                        }
                        if (source != null) {
                            throw new UsageException("unexpected argument " + argument + " (one SOURCE is imported at a time)");
                        }
                        source = Inputs.path(argument);
                    }
                }
            }
            if (formatId == null) {
                throw new UsageException("no format given (--format " + InterchangeFormats.ids().replace(", ", "|") + ")");
            }
            String wanted = formatId;
            format = InterchangeFormats.byId(wanted).orElseThrow(() -> new UsageException("there is no format " + wanted
                    + "; --format takes " + InterchangeFormats.ids()));
            if (source == null) {
                throw new UsageException("no SOURCE given (the file or folder to import)");
            }
            if (target == null) {
                throw new UsageException("no output file given (--out NEW.fbench)");
            }
            if (!target.getFileName().toString().endsWith(Inputs.EXTENSION)) {
                throw new UsageException("the new document should end in " + Inputs.EXTENSION);
            }
            if (into != null && target.toAbsolutePath().normalize().equals(into.toAbsolutePath().normalize())) {
                throw new UsageException("--out names the template; write the import to a new file");
            }
        } catch (UsageException e) {
            err.println("framebench import: " + e.getMessage() + ". Run 'framebench import --help'.");
            return USAGE;
        } catch (Inputs.UnreadableNameException e) {
            err.println("framebench import: " + e.getMessage() + ".");
            return USAGE;
        }
        if (!Files.exists(source)) {
            err.println("framebench import: " + source + " does not exist.");
            return SOME_FAILED;
        }
        AnnotationDocument template;
        try {
            template = into != null ? DocumentStore.load(into)
                    : Documents.newDocument(Examples.load(Examples.LIBYA), Role.STUDENT);
        } catch (DocumentException e) {
            err.println("framebench import: " + into + ": " + e.getMessage());
            return SOME_FAILED;
        } catch (AssignmentException e) {
            err.println("framebench import: " + e.getMessage());
            return SOME_FAILED;
        }
        ImportResult result;
        try {
            result = format.importDocument(source, template);
            DocumentStore.check(result.document(), target.getFileName().toString(), DocumentStore.Strictness.HAND_IN);
            DocumentStore.save(result.document(), target);
        } catch (InterchangeException | DocumentException e) {
            err.println("framebench import: " + e.getMessage());
            return SOME_FAILED;
        }
        List<String> losses = result.report().losses();
        out.println("Imported " + result.report().summary().replaceFirst("; .*", "") + " from " + source + " ("
                + format.label() + ") into " + target + ".");
        losses.forEach(loss -> err.println("framebench import: left out: " + loss));
        return losses.isEmpty() ? OK : SOME_FAILED;
    }
}
