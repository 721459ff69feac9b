package org.framebench.cli;

import static org.framebench.cli.OptionValues.number;
import static org.framebench.cli.OptionValues.value;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.framebench.core.corpus.CorpusException;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.model.TextRegion;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Assignment;
import org.framebench.nlp.align.Aligner;
import org.framebench.nlp.align.Passage;
import org.framebench.nlp.align.Suggestion;
import org.framebench.nlp.text.Span;

/**
 * {@code framebench align [FILE.fbench]}: the proposed alignments as JSON, one object per pair. With a file,
 * for each of its annotations the best passage of every other article; without one, for every sentence of
 * the bundled assignment.
 */
final class AlignCommand implements Command {

    static final double DEFAULT_MIN_SCORE = 0.1;

    @Override
    public String name() {
        return "align";
    }

    @Override
    public String summary() {
        return "propose which passages of the articles report the same thing (JSON)";
    }

    @Override
    public String help() {
        return """
                Usage: framebench align [FILE.fbench] [--top N] [--min-score S]

                Prints, as JSON, the passages of the articles that probably report the same thing: for
                each annotation of FILE (without a file: each sentence of the bundled four articles), the
                most similar sentences of every other article. One object per pair, one pair a line:
                  {"source": {"article": ID, "begin": N, "end": N},
                   "target": {"article": ID, "begin": N, "end": N}, "score": X}
                Offsets count UTF-16 code units from the start of the article's text, end exclusive (as
                in the .fbench file); the score is a similarity from 0 to 1. FILE is not changed.
                For an annotation in a headline, each other article's headline comes first (always,
                whatever its score), then its most similar sentences; a passage in a headline has
                "region": "headline" and offsets into the headline.

                Options:
                  --top N          how many passages of each other article per source (default 1)
                  --min-score S    leave out pairs scoring below S, 0 <= S <= 1 (default 0.1)

                Exit codes: 0 done, 1 the file could not be read, 2 wrong command line.
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Path file = null;
        int top = 1;
        double minScore = DEFAULT_MIN_SCORE;
        try {
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                switch (argument) {
                    case "--top" -> {
                        double n = number(value(arguments, ++i, argument), argument);
                        if (n < 1 || n != Math.rint(n)) {
                            throw new UsageException("--top takes a whole number of at least 1");
                        }
                        top = (int) n;
                    }
                    case "--min-score" -> {
                        minScore = number(value(arguments, ++i, argument), argument);
                        if (!(minScore >= 0 && minScore <= 1)) {
                            throw new UsageException("--min-score takes a number from 0 to 1");
                        }
                    }
                    default -> {
                        if (argument.startsWith("-")) {
                            throw new UsageException("unknown option " + argument);
                        }
                        if (file != null) {
                            throw new UsageException("give at most one file");
                        }
                        file = Inputs.path(argument);
                    }
                }
            }
        } catch (Inputs.UnreadableNameException e) {
            err.println("framebench align: " + e.getMessage() + ".");
            return SOME_FAILED;
        } catch (UsageException e) {
            err.println("framebench align: " + e.getMessage() + ". Run 'framebench align --help'.");
            return USAGE;
        }

        List<Suggestion> pairs = new ArrayList<>();
        if (file == null) {
            Assignment assignment;
            try {
                assignment = CorpusLoader.loadDefault();
            } catch (CorpusException e) {
                err.println("framebench align: the bundled articles could not be read (" + e.getMessage() + ").");
                return SOME_FAILED;
            }
            pairs.addAll(aligner(assignment).alignAll(top, minScore));
        } else {
            AnnotationDocument document;
            try {
                document = DocumentStore.load(file);
            } catch (DocumentException e) {
                err.println("framebench align: " + e.getMessage());
                return SOME_FAILED;
            }
            Aligner aligner = aligner(document.getAssignment());
            for (Annotation annotation : document.getAnnotations()) {
                Article article = annotation.getArticle();
                if (article == null || annotation.getEnd() <= annotation.getBegin()) {
                    continue;
                }
                Span span = new Span(annotation.getBegin(), annotation.getEnd());
                boolean headline = annotation.getRegion() == TextRegion.HEADLINE;
                for (Suggestion suggestion : headline ? aligner.suggestForHeadline(article.getId(), span, top)
                        : aligner.suggest(article.getId(), span, top)) {
                    if (suggestion.score() >= minScore || suggestion.target().headline()) {
                        pairs.add(suggestion);
                    }
                }
            }
        }
        print(pairs, out);
        return OK;
    }

    static Aligner aligner(Assignment assignment) {
        List<Aligner.Text> texts = new ArrayList<>();
        for (Article article : assignment.getArticles()) {
            texts.add(new Aligner.Text(article.getId(), article.getText(), article.getHeadline()));
        }
        return new Aligner(texts);
    }

    /** A JSON array, one pair a line (so it can also be read line by line). */
    static void print(List<Suggestion> pairs, PrintStream out) {
        StringBuilder json = new StringBuilder(pairs.size() * 120 + 4);
        json.append('[');
        for (int i = 0; i < pairs.size(); i++) {
            Suggestion pair = pairs.get(i);
            json.append(i == 0 ? "\n" : ",\n");
            json.append("{\"source\": ");
            passage(json, pair.source());
            json.append(", \"target\": ");
            passage(json, pair.target());
            json.append(", \"score\": ").append(String.format(Locale.ROOT, "%.4f", pair.score())).append('}');
        }
        json.append(pairs.isEmpty() ? "]" : "\n]");
        out.println(json);
    }

    private static void passage(StringBuilder json, Passage passage) {
        json.append("{\"article\": ");
        string(json, passage.article());
        json.append(", \"begin\": ").append(passage.begin()).append(", \"end\": ").append(passage.end());
        json.append(passage.headline() ? ", \"region\": \"headline\"}" : "}");
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
                    if (c < 0x20) {
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
