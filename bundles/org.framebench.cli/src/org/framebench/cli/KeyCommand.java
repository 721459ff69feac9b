package org.framebench.cli;

import static org.framebench.cli.OptionValues.number;
import static org.framebench.cli.OptionValues.value;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.grading.ClassSubmissions;
import org.framebench.grading.GradingException;
import org.framebench.grading.Problem;
import org.framebench.grading.Submission;
import org.framebench.grading.key.DraftKey;
import org.framebench.core.key.Keys;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.document.Documents;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.model.Role;
import org.framebench.suggest.Attribution;
import org.framebench.suggest.SuggestionDocuments;

/**
 * {@code framebench key --from FILE --out KEY.fbench} (a copy of one document as the key) and
 * {@code framebench key --draft-from DIR --out DRAFT.fbench} (a draft key from what the class agrees on).
 */
final class KeyCommand implements Command {

    @Override
    public String name() {
        return "key";
    }

    @Override
    public String summary() {
        return "make an answer key from a document, or draft one from what a class agrees on or from suggestions";
    }

    @Override
    public String help() {
        return """
                Usage: framebench key --from FILE.fbench --out KEY.fbench [--author NAME]
                       framebench key --draft-from FOLDER --out DRAFT.fbench [--author NAME]
                                      [--min-share 0.5] [--threshold 0.5] [--no-links]
                       framebench key --suggest [FILE.fbench|ASSIGNMENT.fbassign] --out DRAFT.fbench
                                      [--author NAME]

                --from writes a copy of FILE as an answer key: role key, a new document id and NAME as
                its annotator. FILE itself is not changed.
                --draft-from drafts a key from the .fbench files in FOLDER: an annotation is in the draft
                when at least the given share of the students made it (same article and code, spans
                overlapping by at least the threshold); its span is the most common begin and end among
                them, its attribute values those most of them chose; links most of them made are kept.
                --suggest drafts a key from the attribution finder: every suggested source, cue and
                content (see 'framebench suggest') of the articles of FILE, of the assignment, or with no
                file of the bundled assignment, as an annotation with the values its code asks for, the
                three parts of each attribution linked as one statement.
                Open the draft in Framebench to check and refine it before grading with it.

                Options:
                  --from FILE         the document to copy as the key
                  --draft-from DIR    the class folder to draft the key from
                  --suggest [FILE]    draft the key from attribution suggestions
                  --out FILE          the key to write, .fbench (required; never one of the inputs)
                  --author NAME       the key's annotator (default "Instructor")
                  --min-share S       share of the students who must agree, 0 < S <= 1 (default 0.5)
                  --threshold T       overlap that makes two annotations agree, 0 < T <= 1 (default 0.5)
                  --no-links          leave links out of the draft

                Exit codes: 0 key written, 1 a file could not be read or written (for a draft: some
                files were left out, the rest were used), 2 wrong command line.
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Path from = null;
        Path draftFrom = null;
        Path target = null;
        String author = Keys.DEFAULT_AUTHOR;
        double minShare = DraftKey.DEFAULT_MIN_SHARE;
        double threshold = ScoringOptions.DEFAULT_THRESHOLD;
        boolean links = true;
        boolean draftOptions = false;
        boolean suggest = false;
        Path suggestFrom = null;
        try {
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                switch (argument) {
                    case "--from" -> from = Inputs.path(value(arguments, ++i, argument));
                    case "--draft-from" -> draftFrom = Inputs.path(value(arguments, ++i, argument));
                    case "--suggest" -> {
                        suggest = true;
                        if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("-")) {
                            suggestFrom = Inputs.path(arguments.get(++i));
                        }
                    }
                    case "--out", "-o" -> target = Inputs.path(value(arguments, ++i, argument));
                    case "--author" -> {
                        author = value(arguments, ++i, argument);
                        if (author.isBlank()) {
                            throw new UsageException("--author needs a name");
                        }
                    }
                    case "--min-share" -> {
                        minShare = number(value(arguments, ++i, argument), argument);
                        draftOptions = true;
                    }
                    case "--threshold" -> {
                        threshold = number(value(arguments, ++i, argument), argument);
                        draftOptions = true;
                    }
                    case "--no-links" -> {
                        links = false;
                        draftOptions = true;
                    }
                    default -> throw new UsageException(argument.startsWith("-") ? "unknown option " + argument
                            : "unexpected argument " + argument + " (the document goes after --from)");
                }
            }
            int sources = (from == null ? 0 : 1) + (draftFrom == null ? 0 : 1) + (suggest ? 1 : 0);
            if (sources != 1) {
                throw new UsageException("give one of --from FILE, --draft-from FOLDER or --suggest");
            }
            if ((from != null || suggest) && draftOptions) {
                throw new UsageException("--min-share, --threshold and --no-links are for --draft-from");
            }
            if (target == null) {
                throw new UsageException("no output file given (--out KEY.fbench)");
            }
            if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(Inputs.EXTENSION)) {
                throw new UsageException("the key is a Framebench file: --out must end in " + Inputs.EXTENSION);
            }
            if (suggestFrom != null && sameFile(suggestFrom, target)) {
                throw new UsageException("--out is the file given to --suggest; the key is written beside it, never over it");
            }
            if (from != null && sameFile(from, target)) {
                throw new UsageException("--out is the file given to --from; the key is written beside it, never over it");
            }
            if (draftFrom != null) {
                new DraftKey(minShare, threshold, links); // checks the share and threshold
            }
        } catch (Inputs.UnreadableNameException e) {
            err.println("framebench key: " + e.getMessage() + ".");
            return SOME_FAILED;
        } catch (UsageException | IllegalArgumentException e) {
            String message = e.getMessage().endsWith(".") ? e.getMessage().substring(0, e.getMessage().length() - 1)
                    : e.getMessage();
            err.println("framebench key: " + message + ". Run 'framebench key --help'.");
            return USAGE;
        }
        if (suggest) {
            return suggested(suggestFrom, target, author, out, err);
        }
        return from != null ? copy(from, target, author, out, err)
                : draft(draftFrom, target, author, new DraftKey(minShare, threshold, links), out, err);
    }

    private static int copy(Path from, Path target, String author, PrintStream out, PrintStream err) {
        AnnotationDocument source;
        try {
            source = DocumentStore.load(from);
        } catch (DocumentException e) {
            err.println("framebench key: " + e.getMessage() + " No key was written.");
            return SOME_FAILED;
        }
        AnnotationDocument key = Keys.asKey(source, author);
        if (!save(key, target, err)) {
            return SOME_FAILED;
        }
        out.printf(Locale.ROOT, "Wrote %s: a key by %s with %d %s and %d %s, copied from %s (left as it was).%n", target,
                key.getAnnotatorName(), key.getAnnotations().size(), plural(key.getAnnotations().size(), "annotation"),
                key.getLinks().size(), plural(key.getLinks().size(), "link"), from.getFileName());
        return OK;
    }

    private static int draft(Path folder, Path target, String author, DraftKey drafter, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(folder)) {
            err.println("framebench key: " + folder + " is not a folder.");
            return USAGE;
        }
        ClassSubmissions submissions;
        try {
            submissions = ClassSubmissions.load(folder, null);
        } catch (GradingException e) {
            err.println("framebench key: " + e.getMessage());
            return SOME_FAILED;
        }
        int leftOut = 0;
        for (Submission submission : submissions.submissions()) {
            if (!submission.isGradable()) {
                leftOut++;
                for (Problem problem : submission.problems()) {
                    err.println("left out " + submission.file() + ": " + problem.message());
                }
            }
        }
        List<AnnotationDocument> students = submissions.gradable().stream().map(Submission::document).toList();
        if (students.isEmpty()) {
            err.println("framebench key: " + folder + " holds no student file that could be used; no key was written.");
            return SOME_FAILED;
        }
        DraftKey.Result result = drafter.draft(students, author);
        if (!save(result.key(), target, err)) {
            return SOME_FAILED;
        }
        out.printf(Locale.ROOT, "Wrote %s: a draft key by %s with %d %s and %d %s, from %d %s%s.%n", target,
                result.key().getAnnotatorName(), result.key().getAnnotations().size(),
                plural(result.key().getAnnotations().size(), "annotation"), result.key().getLinks().size(),
                plural(result.key().getLinks().size(), "link"), students.size(), plural(students.size(), "student"),
                leftOut == 0 ? "" : " (" + leftOut + (leftOut == 1 ? " file" : " files") + " left out)");
        return leftOut == 0 ? OK : SOME_FAILED;
    }

    private static int suggested(Path input, Path target, String author, PrintStream out, PrintStream err) {
        Assignment assignment;
        try {
            assignment = SuggestCommand.assignment(input);
        } catch (SuggestCommand.InputException e) {
            err.println("framebench key: " + e.getMessage() + " No key was written.");
            return SOME_FAILED;
        }
        if (assignment.getCodebook() == null) {
            assignment.setCodebook(BuiltInCodebook.load());
        }
        AnnotationDocument key = Documents.newDocument(assignment, Role.KEY);
        key.setAnnotatorName(author == null || author.isBlank() ? Keys.DEFAULT_AUTHOR : author.strip());
        key.setAnnotatorId("");
        List<Attribution> found = SuggestCommand.find(key.getAssignment());
        SuggestionDocuments.Added added = SuggestionDocuments.addAll(key, found);
        if (!save(key, target, err)) {
            return SOME_FAILED;
        }
        out.printf(Locale.ROOT, "Wrote %s: a draft key by %s with %d suggested %s and %d %s, from %d %s in %d %s.%n",
                target, key.getAnnotatorName(), added.annotations(), plural(added.annotations(), "annotation"),
                added.links(), plural(added.links(), "link"), found.size(), plural(found.size(), "attribution"),
                key.getAssignment().getArticles().size(), plural(key.getAssignment().getArticles().size(), "article"));
        return OK;
    }

    private static boolean save(AnnotationDocument key, Path target, PrintStream err) {
        try {
            DocumentStore.save(key, target);
            return true;
        } catch (DocumentException e) {
            err.println("framebench key: " + e.getMessage());
            return false;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static String plural(int count, String word) {
        return count == 1 ? word : word + "s";
    }
}
