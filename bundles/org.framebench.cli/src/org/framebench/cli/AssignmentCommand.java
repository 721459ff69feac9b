package org.framebench.cli;

import static org.framebench.cli.OptionValues.value;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.framebench.codebook.xlsx.CodebookFormatException;
import org.framebench.codebook.xlsx.CodebookWorkbook;
import org.framebench.core.assignment.ArticleDetails;
import org.framebench.core.assignment.AssignmentException;
import org.framebench.core.assignment.AssignmentChecks;
import org.framebench.core.assignment.AssignmentFiles;
import org.framebench.core.assignment.AssignmentProblem;
import org.framebench.core.assignment.Assignments;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.text.Digests;
import org.framebench.importer.ArticleImportException;
import org.framebench.importer.ArticleImporter;
import org.framebench.importer.ImportedArticle;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.Code;
import org.framebench.model.Codebook;

/** {@code framebench assignment new|check}: make the one file an instructor hands out, and check one. */
final class AssignmentCommand implements Command {

    @Override
    public String name() {
        return "assignment";
    }

    @Override
    public String summary() {
        return "make an assignment (.fbassign) from article files and a codebook, or check one";
    }

    @Override
    public String help() {
        return """
                Usage: framebench assignment new --title TITLE --article FILE [ARTICLE OPTIONS] ...
                                                 [--instructions TEXT | --instructions-file FILE]
                                                 [--codebook builtin|blank|FILE.xlsx|FILE.fbassign]
                                                 [--hints] --out ASSIGNMENT.fbassign
                       framebench assignment check ASSIGNMENT.fbassign

                new    reads each --article file (plain text, HTML, Word .docx or PDF; the article text
                       is taken out of a web page, its menus, scripts and ads left behind) and writes one
                       .fbassign file holding the articles, the codebook and their digests. Students
                       open it with File > Open Assignment; their files are checked against it.
                       Options after an --article apply to that article:
                         --outlet NAME     the outlet (shown on the article's tab)
                         --headline TEXT   the headline (default: the one found in the file)
                         --date DATE       when it was published
                         --url URL         where it was published (shown, never fetched)
                         --byline TEXT     who wrote it
                         --note TEXT       a teaching note
                       --codebook: the built-in journalism codebook (default), a blank one, a codebook
                       workbook exported by Framebench, or the codebook of another assignment.
                       --hints: students may see the attribution finder's suggestions as hints in the
                       editor (off unless given; instructors always see them).
                       1 to 8 articles. Nothing is written unless the whole assignment is ready.
                check  reads an assignment and prints its id, version, articles (words, digest),
                       codebook and whether students may see suggestions; tells what is wrong with it.

                Exit codes: 0 done / no problems, 1 a file could not be read or the assignment has
                problems, 2 wrong command line.
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.isEmpty()) {
            err.println("framebench assignment: say 'new' or 'check'. Run 'framebench assignment --help'.");
            return USAGE;
        }
        List<String> rest = arguments.subList(1, arguments.size());
        return switch (arguments.get(0)) {
            case "new" -> create(rest, out, err);
            case "check" -> check(rest, out, err);
            default -> {
                err.println("framebench assignment: unknown action " + arguments.get(0)
                        + " (say 'new' or 'check'). Run 'framebench assignment --help'.");
                yield USAGE;
            }
        };
    }

    /** One --article and the options that followed it. */
    private static final class ArticleOptions {
        final Path file;
        String outlet;
        String headline;
        String date;
        String url;
        String byline;
        String note;

        ArticleOptions(Path file) {
            this.file = file;
        }
    }

    private int create(List<String> arguments, PrintStream out, PrintStream err) {
        String title = null;
        String instructions = null;
        Path instructionsFile = null;
        String codebookChoice = "builtin";
        Path target = null;
        boolean hints = false;
        List<ArticleOptions> articles = new ArrayList<>();
        try {
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                ArticleOptions last = articles.isEmpty() ? null : articles.get(articles.size() - 1);
                switch (argument) {
                    case "--title" -> title = value(arguments, ++i, argument);
                    case "--instructions" -> instructions = value(arguments, ++i, argument);
                    case "--instructions-file" -> instructionsFile = Inputs.path(value(arguments, ++i, argument));
                    case "--codebook" -> codebookChoice = value(arguments, ++i, argument);
                    case "--out", "-o" -> target = Inputs.path(value(arguments, ++i, argument));
                    case "--hints" -> hints = true;
                    case "--article" -> articles.add(new ArticleOptions(Inputs.path(value(arguments, ++i, argument))));
                    case "--outlet", "--headline", "--date", "--url", "--byline", "--note" -> {
                        String given = value(arguments, ++i, argument);
                        if (last == null) {
                            throw new UsageException(argument + " comes before any --article (it describes the article before it)");
                        }
                        switch (argument) {
                            case "--outlet" -> last.outlet = given;
                            case "--headline" -> last.headline = given;
                            case "--date" -> last.date = given;
                            case "--url" -> last.url = given;
                            case "--byline" -> last.byline = given;
                            default -> last.note = given;
                        }
                    }
                    default -> throw new UsageException(argument.startsWith("-") ? "unknown option " + argument
                            : "unexpected argument " + argument + " (article files go after --article)");
                }
            }
            if (title == null || title.isBlank()) {
                throw new UsageException("no title given (--title TITLE)");
            }
            if (articles.isEmpty()) {
                throw new UsageException("no article given (--article FILE)");
            }
            if (articles.size() > Assignments.MAX_ARTICLES) {
                throw new UsageException(articles.size() + " articles given; an assignment holds at most "
                        + Assignments.MAX_ARTICLES);
            }
            if (target == null) {
                throw new UsageException("no output file given (--out ASSIGNMENT.fbassign)");
            }
            if (instructions != null && instructionsFile != null) {
                throw new UsageException("give --instructions or --instructions-file, not both");
            }
        } catch (Inputs.UnreadableNameException e) {
            err.println("framebench assignment: " + e.getMessage() + ".");
            return SOME_FAILED;
        } catch (UsageException e) {
            err.println("framebench assignment: " + e.getMessage() + ". Run 'framebench assignment --help'.");
            return USAGE;
        }
        try {
            if (instructionsFile != null) {
                instructions = Files.readString(instructionsFile, StandardCharsets.UTF_8);
            }
        } catch (IOException | RuntimeException e) {
            err.println("framebench assignment: the instructions file " + instructionsFile + " could not be read as UTF-8 text.");
            return SOME_FAILED;
        }
        Codebook codebook;
        try {
            codebook = codebook(codebookChoice);
        } catch (AssignmentException e) {
            err.println("framebench assignment: " + e.getMessage());
            return SOME_FAILED;
        }
        Assignment assignment = Assignments.create(title, instructions, codebook);
        assignment.setSuggestionsForStudents(hints);
        int failed = 0;
        for (ArticleOptions options : articles) {
            ImportedArticle imported;
            try {
                imported = ArticleImporter.importFile(options.file);
            } catch (ArticleImportException e) {
                err.println("framebench assignment: " + e.getMessage());
                failed++;
                continue;
            }
            for (String warning : imported.warnings()) {
                err.println("note: " + options.file.getFileName() + ": " + warning);
            }
            String outlet = first(options.outlet, imported.outlet());
            String headline = first(options.headline, imported.headline());
            Assignments.addArticle(assignment, new ArticleDetails(outlet,
                    first(headline, outlet, stem(options.file)), headline, first(options.byline, imported.byline()),
                    first(options.date, imported.published()), first(options.url, imported.url()), options.note),
                    imported.text());
        }
        if (failed > 0) {
            err.println("framebench assignment: nothing was written (" + failed + (failed == 1 ? " article" : " articles")
                    + " could not be read).");
            return SOME_FAILED;
        }
        for (AssignmentProblem problem : AssignmentChecks.check(assignment)) {
            if (!problem.error()) {
                err.println("note: " + problem.message());
            }
        }
        try {
            AssignmentFiles.save(assignment, target);
        } catch (AssignmentException e) {
            err.println("framebench assignment: " + e.getMessage());
            return SOME_FAILED;
        }
        out.printf(Locale.ROOT, "Wrote %s: \"%s\", version %s, %d %s, codebook \"%s\" (%d codes).%n", target,
                assignment.getTitle(), assignment.getVersion(), assignment.getArticles().size(),
                assignment.getArticles().size() == 1 ? "article" : "articles", assignment.getCodebook().getName(),
                Codebooks.allCodes(assignment.getCodebook()).size());
        return OK;
    }

    private static Codebook codebook(String choice) throws AssignmentException {
        switch (choice) {
            case "builtin":
                return BuiltInCodebook.load();
            case "blank":
                return Codebooks.blank();
            default:
                Path file = Path.of(choice);
                String lower = choice.toLowerCase(Locale.ROOT);
                if (lower.endsWith("." + AssignmentFiles.EXTENSION)) {
                    return Codebooks.copyAsNew(AssignmentFiles.load(file).getCodebook());
                }
                if (lower.endsWith(".xlsx")) {
                    try {
                        return CodebookWorkbook.read(file);
                    } catch (CodebookFormatException e) {
                        throw new AssignmentException(e.getMessage(), e);
                    }
                }
                throw new AssignmentException("--codebook takes builtin, blank, a codebook workbook (.xlsx) or an "
                        + "assignment (.fbassign), not " + choice + ".", null);
        }
    }

    private int check(List<String> arguments, PrintStream out, PrintStream err) {
        if (arguments.size() != 1 || arguments.get(0).startsWith("-")) {
            err.println("framebench assignment check: give one assignment file. Run 'framebench assignment --help'.");
            return USAGE;
        }
        Assignment assignment;
        try {
            assignment = AssignmentFiles.load(Inputs.path(arguments.get(0)));
        } catch (Inputs.UnreadableNameException e) {
            err.println("framebench assignment: " + e.getMessage() + ".");
            return SOME_FAILED;
        } catch (AssignmentException e) {
            err.println("framebench assignment: " + e.getMessage());
            return SOME_FAILED;
        }
        out.printf(Locale.ROOT, "%s%n  id %s, version %s%n", assignment.getTitle(), assignment.getId(), assignment.getVersion());
        int position = 0;
        for (Article article : assignment.getArticles()) {
            position++;
            boolean intact = Digests.sha256(article.getText()).equals(article.getSha256());
            out.printf(Locale.ROOT, "  %d. %s: %s (%d words, digest %s)%n", position,
                    article.getOutlet() == null ? "(no outlet)" : article.getOutlet(),
                    first(article.getHeadline(), article.getTitle(), article.getId()), Assignments.wordCount(article.getText()),
                    intact ? "OK" : "MISMATCH");
        }
        Codebook codebook = assignment.getCodebook();
        List<Code> codes = Codebooks.allCodes(codebook);
        out.printf(Locale.ROOT, "  codebook \"%s\": %d layers, %d codes%n", codebook.getName(), codebook.getLayers().size(),
                codes.size());
        out.println(assignment.isSuggestionsForStudents()
                ? "  suggestions: students may see them as hints (switched on)"
                : "  suggestions: hidden from students (hints off; instructors always see them)");
        List<AssignmentProblem> problems = AssignmentChecks.check(assignment);
        for (AssignmentProblem problem : problems) {
            (problem.error() ? err : out).println((problem.error() ? "problem: " : "note: ") + problem.message());
        }
        boolean errors = problems.stream().anyMatch(AssignmentProblem::error);
        out.println(errors ? "The assignment has problems." : "The assignment is ready to hand out.");
        return errors ? SOME_FAILED : OK;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
