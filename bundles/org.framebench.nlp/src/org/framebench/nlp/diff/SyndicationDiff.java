package org.framebench.nlp.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.framebench.nlp.text.Span;
import org.framebench.nlp.text.Token;
import org.framebench.nlp.text.Words;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * The word-level differences between an original article and a republication of it, each classified
 * ({@link DifferenceKind}). Both texts are cut into words, single punctuation marks and runs of white space;
 * java-diff-utils' Myers diff compares them with typography folded (curly and straight quotes, dashes, any
 * white space are the same), so a retyped quote never hides a changed word. Tokens it pairs whose raw
 * forms still differ are the typography-only differences.
 */
public final class SyndicationDiff {

    /** Share of the shorter text's word 5-grams found in the other above which it is a republication. */
    public static final double REPUBLICATION_THRESHOLD = 0.6;
    private static final int SHINGLE = 5;

    private final String original;
    private final String republished;
    private final List<Difference> differences;

    private SyndicationDiff(String original, String republished, List<Difference> differences) {
        this.original = original;
        this.republished = republished;
        this.differences = differences;
    }

    /** Compares {@code republished} against {@code original}. */
    public static SyndicationDiff compare(String original, String republished) {
        List<Piece> from = pieces(original);
        List<Piece> to = pieces(republished);
        Patch<Piece> patch = DiffUtils.diff(from, to, (a, b) -> a.folded.equals(b.folded));
        List<Difference> differences = new ArrayList<>();
        int fromAt = 0;
        int toAt = 0;
        for (AbstractDelta<Piece> delta : patch.getDeltas()) {
            int fromStart = delta.getSource().getPosition();
            int toStart = delta.getTarget().getPosition();
            typography(from, to, fromAt, fromStart, toAt, original, republished, differences);
            differences.add(classify(delta, from, to, original, republished));
            fromAt = fromStart + delta.getSource().size();
            toAt = toStart + delta.getTarget().size();
        }
        typography(from, to, fromAt, from.size(), toAt, original, republished, differences);
        differences.sort((a, b) -> Integer.compare(a.republished().begin(), b.republished().begin()));
        return new SyndicationDiff(original, republished, List.copyOf(differences));
    }

    /**
     * How much of the shorter text reappears in the other: the share of its word 5-grams (words compared
     * by {@link Words#key}) that the other text also has; 0 to 1.
     */
    public static double overlap(String a, String b) {
        Set<String> shinglesA = shingles(a);
        Set<String> shinglesB = shingles(b);
        Set<String> smaller = shinglesA.size() <= shinglesB.size() ? shinglesA : shinglesB;
        Set<String> larger = smaller == shinglesA ? shinglesB : shinglesA;
        if (smaller.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String shingle : smaller) {
            if (larger.contains(shingle)) {
                shared++;
            }
        }
        return (double) shared / smaller.size();
    }

    /**
     * Is one of the two texts a republication of the other? When it is, the original is the one more of
     * whose text the other contains (the republication adds material around it); see {@link #originalOf}.
     */
    public static boolean isRepublication(String a, String b) {
        return overlap(a, b) >= REPUBLICATION_THRESHOLD;
    }

    /** Of two near-duplicate texts, true if {@code a} is the original (more of it is found in {@code b}). */
    public static boolean originalOf(String a, String b) {
        Set<String> shinglesA = shingles(a);
        Set<String> shinglesB = shingles(b);
        return containment(shinglesA, shinglesB) >= containment(shinglesB, shinglesA);
    }

    private static double containment(Set<String> part, Set<String> whole) {
        if (part.isEmpty()) {
            return 0;
        }
        return (double) part.stream().filter(whole::contains).count() / part.size();
    }

    private static Set<String> shingles(String text) {
        List<String> keys = Words.tokens(text).stream().map(Token::key).collect(Collectors.toList());
        Set<String> shingles = new HashSet<>();
        for (int i = 0; i + SHINGLE <= keys.size(); i++) {
            shingles.add(String.join(" ", keys.subList(i, i + SHINGLE)));
        }
        return shingles;
    }

    public String original() {
        return original;
    }

    public String republished() {
        return republished;
    }

    /** Every difference, in the order of the republication. */
    public List<Difference> differences() {
        return differences;
    }

    public List<Difference> differences(DifferenceKind kind) {
        return differences.stream().filter(d -> d.kind() == kind).toList();
    }

    /** One row per kind of difference, in the order of {@link DifferenceKind}, kinds with none included. */
    public List<SummaryRow> summary() {
        Map<DifferenceKind, int[]> totals = new EnumMap<>(DifferenceKind.class);
        for (DifferenceKind kind : DifferenceKind.values()) {
            totals.put(kind, new int[2]);
        }
        for (Difference difference : differences) {
            int[] total = totals.get(difference.kind());
            total[0]++;
            total[1] += difference.words();
        }
        List<SummaryRow> rows = new ArrayList<>();
        totals.forEach((kind, total) -> rows.add(new SummaryRow(kind, total[0], total[1])));
        return rows;
    }

    /** The summary in one line of plain words. */
    public String summaryLine() {
        return summary().stream().map(SummaryRow::describe).collect(Collectors.joining(" · "));
    }

    /** True if the republication changed no word of the original: typography and added material only. */
    public boolean wordingUnchanged() {
        return differences.stream().noneMatch(d -> d.kind() == DifferenceKind.REMOVED
                || d.kind() == DifferenceKind.CHANGED || d.kind() == DifferenceKind.ADDED_WITHIN);
    }

    private static Difference classify(AbstractDelta<Piece> delta, List<Piece> from, List<Piece> to, String original,
            String republished) {
        List<Piece> source = delta.getSource().getLines();
        List<Piece> target = delta.getTarget().getLines();
        Span fromSpan = span(source, from, delta.getSource().getPosition());
        Span toSpan = span(target, to, delta.getTarget().getPosition());
        boolean sourceWords = source.stream().anyMatch(Piece::isWord);
        boolean targetWords = target.stream().anyMatch(Piece::isWord);
        DifferenceKind kind;
        if (!sourceWords && !targetWords) {
            kind = DifferenceKind.TYPOGRAPHY; // punctuation or spacing only, e.g. a dropped blank line
        } else if (source.isEmpty() || !sourceWords) {
            int at = delta.getSource().getPosition();
            if (!hasWordBefore(from, at)) {
                kind = DifferenceKind.ADDED_BEFORE;
            } else if (!hasWordFrom(from, at + source.size())) {
                kind = DifferenceKind.ADDED_AFTER;
            } else {
                kind = DifferenceKind.ADDED_WITHIN;
            }
        } else if (target.isEmpty() || !targetWords) {
            kind = DifferenceKind.REMOVED;
        } else {
            kind = DifferenceKind.CHANGED;
        }
        return new Difference(kind, fromSpan, fromSpan.of(original), toSpan, toSpan.of(republished));
    }

    private static boolean hasWordBefore(List<Piece> pieces, int index) {
        for (int i = 0; i < index; i++) {
            if (pieces.get(i).isWord()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWordFrom(List<Piece> pieces, int index) {
        for (int i = index; i < pieces.size(); i++) {
            if (pieces.get(i).isWord()) {
                return true;
            }
        }
        return false;
    }

    private static Span span(List<Piece> chunk, List<Piece> all, int position) {
        if (chunk.isEmpty()) {
            int at = position < all.size() ? all.get(position).begin : all.isEmpty() ? 0 : all.get(all.size() - 1).end;
            return new Span(at, at);
        }
        return new Span(chunk.get(0).begin, chunk.get(chunk.size() - 1).end);
    }

    /** Pairs of equal (folded) pieces whose raw text differs, merged when adjacent, as typography differences. */
    private static void typography(List<Piece> from, List<Piece> to, int fromStart, int fromEnd, int toStart,
            String original, String republished, List<Difference> out) {
        int runFrom = -1;
        int runTo = -1;
        int lastFrom = -1;
        int lastTo = -1;
        for (int i = fromStart, j = toStart; i < fromEnd; i++, j++) {
            boolean differs = !from.get(i).text.equals(to.get(j).text);
            if (differs && runFrom < 0) {
                runFrom = i;
                runTo = j;
            }
            if (differs) {
                lastFrom = i;
                lastTo = j;
            }
            boolean runEnds = runFrom >= 0 && (!differs || i == fromEnd - 1);
            if (runEnds) {
                Span a = new Span(from.get(runFrom).begin, from.get(lastFrom).end);
                Span b = new Span(to.get(runTo).begin, to.get(lastTo).end);
                out.add(new Difference(DifferenceKind.TYPOGRAPHY, a, a.of(original), b, b.of(republished)));
                runFrom = -1;
            }
        }
    }

    /** A word, a punctuation mark or a run of white space, with its typography-folded form. */
    static final class Piece {
        final int begin;
        final int end;
        final String text;
        final String folded;

        Piece(String source, int begin, int end) {
            this.begin = begin;
            this.end = end;
            this.text = source.substring(begin, end);
            this.folded = fold(text);
        }

        boolean isWord() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static List<Piece> pieces(String text) {
        List<Piece> pieces = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c) || c == '\u00a0') {
                while (i < n && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0')) {
                    i++;
                }
            } else if (Character.isLetterOrDigit(c)) {
                while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            pieces.add(new Piece(text, start, i));
        }
        return pieces;
    }

    /** Typography folded: quotes straight, dashes as a hyphen, any white space as one space. */
    static String fold(String piece) {
        if (piece.isEmpty()) {
            return piece;
        }
        char c = piece.charAt(0);
        if (Character.isWhitespace(c) || c == '\u00a0') {
            return " ";
        }
        if (piece.length() == 1) {
            switch (c) {
            case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032', '`', '\u00b4':
                return "'";
            case '\u201c', '\u201d', '\u201e', '\u201f', '\u2033', '\u00ab', '\u00bb':
                return "\"";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
                return "-";
            case '\u2026':
                return "...";
            default:
                return piece;
            }
        }
        return piece;
    }
}
