package org.framebench.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rule-based English sentence splitter for news text. A sentence ends at a line break, or at
 * {@code . ! ?} (with any closing quotes or brackets after it) followed by white space and a word that
 * starts like a sentence (a capital, a digit or an opening quote), unless the word before the stop is a
 * known abbreviation ("Col.", "Mr.") or initials ("U.S.", "U.N."). Spans are trimmed of white space.
 * Chosen over a statistical model: the articles are edited prose, the rules split all four correctly,
 * and they cost nothing to load (see the README).
 */
public final class Sentences {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "col", "gen", "lt", "sgt",
            "capt", "maj", "cmdr", "adm", "gov", "sen", "rep", "rev", "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd",
            "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt",
            "ft", "approx", "dept", "est", "fig", "ave");

    private Sentences() {
    }

    /** The sentences of {@code text}, in order; blank lines give none. */
    public static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(text, start, i, sentences);
                start = i + 1;
                i++;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int after = i + 1;
                while (after < length && isCloser(text.charAt(after))) {
                    after++;
                }
                if (after < length && (text.charAt(after) == ' ' || text.charAt(after) == '\t' || text.charAt(after) == '\u00a0')) {
                    int next = after;
                    while (next < length && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\u00a0')) {
                        next++;
                    }
                    if (next < length && startsSentence(text.charAt(next)) && !(c == '.' && isAbbreviation(text, i))) {
                        add(text, start, after, sentences);
                        start = next;
                        i = next;
                        continue;
                    }
                }
                i = after;
                continue;
            }
            i++;
        }
        add(text, start, length, sentences);
        return sentences;
    }

    /** The sentence that holds {@code offset}, or the nearest one before it; null for a text without any. */
    public static Span containing(List<Span> sentences, int offset) {
        Span best = null;
        for (Span sentence : sentences) {
            if (sentence.begin() <= offset) {
                best = sentence;
            }
            if (sentence.contains(offset)) {
                return sentence;
            }
        }
        return best != null ? best : sentences.isEmpty() ? null : sentences.get(0);
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '\u201c'
                || c == '\u2018' || c == '(' || c == '-' || c == '\u2013' || c == '\u2014';
    }

    /** Is the word ending at the stop at {@code dot} an abbreviation or initials ("U.S.")? */
    private static boolean isAbbreviation(String text, int dot) {
        int begin = dot;
        while (begin > 0 && !Character.isWhitespace(text.charAt(begin - 1)) && text.charAt(begin - 1) != '(') {
            begin--;
        }
        String word = text.substring(begin, dot);
        while (!word.isEmpty() && !Character.isLetterOrDigit(word.charAt(0))) {
            word = word.substring(1);
        }
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial: "John F. Kennedy"
        }
        if (word.matches("(\\p{L}\\.)+\\p{L}")) {
            return true; // initials: "U.S", "U.N"
        }
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static void add(String text, int begin, int end, List<Span> sentences) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > begin) {
            sentences.add(new Span(begin, end));
        }
    }
}
