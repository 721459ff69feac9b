package org.framebench.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.framebench.core.assignment.AssignmentException;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.corpus.CorpusException;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Codebook;
import org.framebench.suggest.Attribution;
import org.framebench.suggest.AttributionFinder;
import org.framebench.suggest.SuggestedAnnotation;

/** {@code framebench suggest [FILE.fbench|FILE.fbassign]}: attribution suggestions as JSON lines. */
final class SuggestCommand implements Command {

    @Override
    public String name() {
        return "suggest";
    }

    @Override
    public String summary() {
        return "suggest attribution annotations (source, cue, content) for the articles";
    }

    @Override
    public String help() {
        return """
                Usage: framebench suggest [FILE.fbench | ASSIGNMENT.fbassign]

                Finds attributions (who is reported as saying what, and how) in the articles of FILE, of
                the assignment, or with no file of the bundled four-article assignment, and prints one JSON
                object a line for each suggested annotation, in text order:
                  {"article": ID, "begin": N, "end": N, "code": CODE, "text": "...", "confidence": X,
                   "attribution": GROUP, "part": "source"|"cue"|"content"|"channel"}
                begin and end are UTF-16 offsets into the article's text (end exclusive); the lines of one
                attribution share GROUP. Codes come from the file's own codebook (those it lacks are never
                suggested). Nothing is written; 'framebench key --suggest' makes a draft key of them.

                Exit codes: 0 printed, 1 the file could not be read, 2 wrong command line.
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Path file = null;
        try {
            for (String argument : arguments) {
                if (argument.startsWith("-")) {
                    throw new UsageException("unknown option " + argument);
                }
                if (file != null) {
                    throw new UsageException("give at most one file");
                }
                file = Inputs.path(argument);
            }
        } catch (Inputs.UnreadableNameException e) {
            err.println("framebench suggest: " + e.getMessage() + ".");
            return SOME_FAILED;
        } catch (UsageException e) {
            err.println("framebench suggest: " + e.getMessage() + ". Run 'framebench suggest --help'.");
            return USAGE;
        }
        Assignment assignment;
        try {
            assignment = assignment(file);
        } catch (InputException e) {
            err.println("framebench suggest: " + e.getMessage());
            return SOME_FAILED;
        }
        StringBuilder lines = new StringBuilder();
        for (SuggestedAnnotation suggestion : AttributionFinder.flatten(find(assignment))) {
            line(lines, suggestion);
        }
        out.print(lines);
        out.flush();
        return OK;
    }

    /** Every article's attributions, coded with the assignment's codebook (the built-in one when it has none). */
    static List<Attribution> find(Assignment assignment) {
        Codebook codebook = assignment.getCodebook() != null ? assignment.getCodebook() : BuiltInCodebook.load();
        List<Attribution> all = new ArrayList<>();
        for (Article article : assignment.getArticles()) {
            all.addAll(AttributionFinder.get().findAttributions(article, codebook));
        }
        return all;
    }

    /** A problem reading the input, in plain words. */
    static final class InputException extends Exception {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }

    /** The assignment of {@code file} (.fbassign or a document), or the bundled one for null. */
    static Assignment assignment(Path file) throws InputException {
        try {
            if (file == null) {
                return CorpusLoader.loadDefault();
            }
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith("." + AssignmentFiles.EXTENSION)) {
                return AssignmentFiles.load(file);
            }
            return DocumentStore.load(file).getAssignment();
        } catch (CorpusException e) {
            throw new InputException("the bundled articles could not be read (" + e.getMessage() + ").");
        } catch (AssignmentException | DocumentException e) {
            String message = e.getMessage();
            throw new InputException(message.endsWith(".") ? message : message + ".");
        }
    }

    private static void line(StringBuilder json, SuggestedAnnotation s) {
        json.append("{\"article\": ");
        string(json, s.articleId());
        json.append(", \"begin\": ").append(s.begin()).append(", \"end\": ").append(s.end()).append(", \"code\": ");
        string(json, s.codeId());
        json.append(", \"text\": ");
        string(json, s.text());
        json.append(", \"confidence\": ").append(String.format(Locale.ROOT, "%.2f", s.confidence()));
        json.append(", \"attribution\": ");
        string(json, s.attribution());
        json.append(", \"part\": ");
        string(json, s.part().name().toLowerCase(Locale.ROOT));
        json.append("}\n");
    }

    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
