package org.framebench.core.text;

import java.util.List;
import java.util.stream.Collectors;

import org.framebench.core.text.Placement.Outcome;

/**
 * The result of {@link ArticleUpdate#apply}: which articles changed and what became of every annotation
 * on them.
 *
 * @param changedArticles ids of the articles whose text was replaced
 * @param missingArticles ids of the document's articles the current assignment no longer has (their
 *        annotations are kept as they are)
 * @param placements one entry per annotation on a changed article, in document order
 */
public record ArticleUpdateReport(List<String> changedArticles, List<String> missingArticles,
        List<Placement> placements) {

    /** Whether nothing changed. */
    public boolean isEmpty() {
        return changedArticles.isEmpty() && missingArticles.isEmpty();
    }

    public List<Placement> with(Outcome outcome) {
        return placements.stream().filter(p -> p.outcome() == outcome).toList();
    }

    /** The annotations that could not be placed; they are still in the document, unchanged. */
    public List<Placement> unplaced() {
        return with(Outcome.UNPLACED);
    }

    /** How many unplaced annotations a message names one by one; the rest are counted (a dialog of 10,000 lines hangs). */
    public static final int LISTED_UNPLACED = 10;

    /**
     * Whether the new texts are too different for the move to make sense: more than 20 annotations, and more than half
     * of those on changed articles, found no place (another text under the same article id, not a new version of it).
     */
    public boolean isMostlyUnplaced() {
        int unplaced = unplaced().size();
        return unplaced > 20 && unplaced * 2 > placements.size();
    }

    /** A plain-words summary for the user, or an empty string when there is nothing to say. */
    public String describe() {
        if (isEmpty()) {
            return "";
        }
        StringBuilder message = new StringBuilder();
        if (!changedArticles.isEmpty()) {
            message.append("The text of ").append(changedArticles.size() == 1 ? "one article" : changedArticles.size() + " articles")
                    .append(" (").append(String.join(", ", changedArticles)).append(") differs from the assignment's; ")
                    .append(placements.size() - unplaced().size()).append(" of ").append(placements.size())
                    .append(" annotations on it were placed in the new text.");
        }
        List<Placement> unplaced = unplaced();
        if (!unplaced.isEmpty()) {
            message.append(' ').append(unplaced.size() == 1 ? "One annotation" : unplaced.size() + " annotations")
                    .append(" could not be placed and ").append(unplaced.size() == 1 ? "is" : "are")
                    .append(" kept as before, unplaced:\n")
                    .append(unplaced.stream().limit(LISTED_UNPLACED).map(p -> "- " + p.describe())
                            .collect(Collectors.joining("\n")));
            if (unplaced.size() > LISTED_UNPLACED) {
                message.append("\n- and ").append(unplaced.size() - LISTED_UNPLACED).append(" more.");
            }
        }
        if (!missingArticles.isEmpty()) {
            message.append(message.isEmpty() ? "" : "\n").append("The assignment no longer has the article(s) ")
                    .append(String.join(", ", missingArticles)).append("; their annotations are kept as they are.");
        }
        return message.toString();
    }
}
