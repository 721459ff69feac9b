package org.framebench.ui.align;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.nlp.diff.Difference;
import org.framebench.nlp.diff.DifferenceKind;
import org.framebench.nlp.diff.Republication;

/** The document's republications, and annotating a difference from the diff. No SWT. */
public final class Syndication {

    /** The codebook's code for an omission (F8, "present in another article but absent here"). */
    public static final String OMISSION_CODE = "F8";

    private Syndication() {
    }

    /** The articles' texts by id, in the assignment's order. */
    public static Map<String, String> texts(AnnotationDocument document) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Article article : document.getAssignment().getArticles()) {
            texts.put(article.getId(), article.getText());
        }
        return texts;
    }

    /** Every article of the document that republishes another. */
    public static List<Republication> republications(AnnotationDocument document) {
        return Republication.find(texts(document));
    }

    /** The code a difference of this kind can be annotated with, or null if the codebook has none. */
    public static Code codeFor(AnnotationDocument document, Difference difference) {
        if (difference.kind() == DifferenceKind.REMOVED) {
            return Codebooks.findById(document.getAssignment().getCodebook(), OMISSION_CODE).orElse(null);
        }
        return null;
    }

    /**
     * Annotates a text the republication cut: an omission (F8) on the original's words, as the codebook
     * asks ("annotated on the alignment, pointing at the article that has it"), with a note naming the
     * republication. One undoable step.
     */
    public static Command annotate(EditingDomain domain, AnnotationDocument document, Republication republication,
            Difference difference, String note) {
        Code code = codeFor(document, difference);
        if (code == null) {
            return null;
        }
        Article original = AlignmentSuggestions.article(document, republication.original());
        String text = original.getText();
        int begin = difference.original().begin();
        int end = difference.original().end();
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= begin) {
            return null;
        }
        AnnotationCommands.Create create = AnnotationCommands.create(domain, document, original, begin, end, code);
        // A new annotation, not in the document until the command runs: its note goes with it (and Undo takes both).
        create.getAnnotation().setNote(note == null || note.isBlank() ? null : note);
        return create;
    }
}
