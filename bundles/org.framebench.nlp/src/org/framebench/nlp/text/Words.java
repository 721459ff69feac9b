package org.framebench.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Words of English news text, and the keys they are compared by. A token is a run of letters and digits
 * (apostrophes and dots inside it kept: "don't", "U.S."); its key is lower case, with typographic
 * apostrophes straightened, a possessive "'s" dropped, dots removed ("U.S." = "US"), transliteration
 * variants of names folded (Gadhafi / Gaddafi / Qaddafi, Moammar / Muammar, Musa / Moussa), British
 * "-ise" spellings as "-ize", and a light suffix stemmer (plural, "-ed", "-ing", "-ly").
 */
public final class Words {

    /** Function words that say nothing about which passage is which. */
    public static final Set<String> STOP_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on",
            "at", "by", "for", "with", "from", "as", "that", "this", "these", "those", "it", "its", "is", "are", "was",
            "were", "be", "been", "being", "has", "have", "had", "he", "she", "they", "them", "their", "his", "her",
            "we", "our", "you", "your", "i", "not", "no", "do", "does", "did", "so", "if", "than", "then",
            "there", "which", "who", "whom", "what", "when", "where", "would", "will", "could", "can", "any", "also",
            "into", "over", "after", "about", "all", "some", "such", "said", "say", "says", "told", "s", "t");

    private static final Map<String, String> VARIANTS = Map.ofEntries(Map.entry("gadhafi", "gaddafi"),
            Map.entry("qaddafi", "gaddafi"), Map.entry("qadhafi", "gaddafi"), Map.entry("kadafi", "gaddafi"),
            Map.entry("gadafi", "gaddafi"), Map.entry("moammar", "muammar"), Map.entry("muammer", "muammar"),
            Map.entry("musa", "moussa"), Map.entry("mussa", "moussa"), Map.entry("jeff", "jeffrey"),
            Map.entry("nato-led", "nato"), Map.entry("u.s", "us"), Map.entry("usa", "us"), Map.entry("u.n", "un"),
            Map.entry("united", "united"));

    private Words() {
    }

    /** The words and numbers of {@code text} between {@code begin} and {@code end}. */
    public static List<Token> tokens(String text, int begin, int end) {
        List<Token> tokens = new ArrayList<>();
        int i = begin;
        while (i < end) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < end) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ((c == '\'' || c == '\u2019' || c == '.' || c == ',' || c == '-') && i + 1 < end
                        && Character.isLetterOrDigit(text.charAt(i + 1)) && i > start
                        && (c != ',' || Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1)))
                        && (c != '.' || Character.isLetter(text.charAt(i + 1)) == Character.isLetter(text.charAt(i - 1)))) {
                    i++;
                } else {
                    break;
                }
            }
            int stop = i;
            // "U.S." keeps its final dot as part of the initials.
            if (stop < end && text.charAt(stop) == '.' && text.substring(start, stop).matches("(\\p{L}\\.)+\\p{L}")) {
                stop++;
                i = stop;
            }
            String word = text.substring(start, stop);
            boolean number = Character.isDigit(word.charAt(0));
            tokens.add(new Token(start, stop, word, key(word), Character.isUpperCase(word.charAt(0)), number));
        }
        return tokens;
    }

    public static List<Token> tokens(String text) {
        return tokens(text, 0, text.length());
    }

    /** The comparison key of one word (see the class comment). */
    public static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        String variant = VARIANTS.get(w);
        if (variant != null) {
            return variant;
        }
        if (w.indexOf('.') >= 0 && w.matches("(\\p{L}\\.)+\\p{L}")) {
            return w.replace(".", "");
        }
        if (Character.isDigit(w.charAt(0))) {
            return w.replace(",", "");
        }
        if (w.equals("us")) {
            return "us"; // the country after case folding; the pronoun "us" is rare in news text and harmless here
        }
        return stem(w);
    }

    /** A light suffix stemmer: enough to match "talks"/"talk", "recognised"/"recognize", "bombing"/"bomb". */
    static String stem(String w) {
        if (w.length() <= 3 || STOP_WORDS.contains(w)) {
            return w;
        }
        w = w.replace("isation", "ization");
        if (w.endsWith("ise") || w.endsWith("ised") || w.endsWith("ises") || w.endsWith("ising")) {
            int at = w.lastIndexOf("is");
            w = w.substring(0, at) + "iz" + w.substring(at + 2);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return undouble(w.substring(0, w.length() - 3));
        }
        if (w.endsWith("ed") && w.length() > 4) {
            String base = w.substring(0, w.length() - 2);
            return base.endsWith("i") ? base.substring(0, base.length() - 1) + "y" : undouble(base);
        }
        if (w.endsWith("ly") && w.length() > 5) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("es") && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("e") && w.length() > 4) {
            w = w.substring(0, w.length() - 1); // "recognize"/"recognized" -> "recogniz"
        }
        return w;
    }

    private static String undouble(String w) {
        int n = w.length();
        if (n > 2 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
            return w.substring(0, n - 1);
        }
        if (w.endsWith("e") && w.length() > 4) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    public static boolean isStopWord(String key) {
        return STOP_WORDS.contains(key);
    }
}
