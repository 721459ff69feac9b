package org.framebench.core.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.framebench.core.document.Documents;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.core.text.TextAnchors;
import org.framebench.core.text.XmlText;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.ComparisonNote;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.FramebenchPackage.Literals;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;

/** The Compare view's changes, as undoable EMF commands (like {@link AnnotationCommands}). */
public final class ComparisonCommands {

    private ComparisonCommands() {
    }

    /**
     * Sets the note of {@code row} to {@code rawText} (an empty text removes it). The note then names every
     * annotation the row has now; a row that had two notes (two rows with notes were linked) keeps one, holding
     * the text given.
     */
    public static Command setNote(EditingDomain domain, AnnotationDocument document, ComparisonRow row, String rawText) {
        String text = XmlText.clean(rawText);
        boolean clear = text == null || text.isBlank();
        List<ComparisonNote> notes = row.getNotes();
        CompoundCommand command = new CompoundCommand("Edit comparison note");
        if (notes.isEmpty()) {
            if (clear) {
                return UnexecutableCommand.INSTANCE;
            }
            ComparisonNote note = FramebenchFactory.eINSTANCE.createComparisonNote();
            note.setId(Documents.newId());
            note.setText(text);
            note.getAnnotations().addAll(row.getAnnotations());
            Date now = new Date();
            note.setCreated(now);
            note.setModified(now);
            command.append(AddCommand.create(domain, document, Literals.ANNOTATION_DOCUMENT__COMPARISON_NOTES, note));
            return command;
        }
        if (clear) {
            command.append(RemoveCommand.create(domain, document, Literals.ANNOTATION_DOCUMENT__COMPARISON_NOTES, notes));
            return command;
        }
        ComparisonNote kept = notes.get(0);
        command.append(SetCommand.create(domain, kept, Literals.COMPARISON_NOTE__TEXT, text));
        List<Annotation> missing = row.getAnnotations().stream().filter(a -> !kept.getAnnotations().contains(a)).toList();
        if (!missing.isEmpty()) {
            command.append(AddCommand.create(domain, kept, Literals.COMPARISON_NOTE__ANNOTATIONS, missing));
        }
        command.append(SetCommand.create(domain, kept, Literals.COMPARISON_NOTE__MODIFIED, new Date()));
        if (notes.size() > 1) {
            command.append(RemoveCommand.create(domain, document, Literals.ANNOTATION_DOCUMENT__COMPARISON_NOTES,
                    notes.subList(1, notes.size())));
        }
        return command;
    }

    /**
     * A command that makes every comparison note follow its row after a change of links (appended by
     * {@link AnnotationCommands#link} and {@link AnnotationCommands#unlink}): computed when it executes, after the
     * links changed, each note placed on a row comes to name exactly that row's annotations. Annotations that
     * joined the row are added (unless the row holds the notes of two rows linked together, so that unlinking
     * them gives each row its own note back), annotations that left it are let go, so the note stays with the
     * row even once the annotations it was written on have gone. A note on no row is left as it is. Undo and
     * redo take back and redo exactly what it changed.
     */
    public static Command notesFollowRows(EditingDomain domain, AnnotationDocument document) {
        return new NotesFollowRows(domain, document);
    }

    private static final class NotesFollowRows extends org.eclipse.emf.common.command.AbstractCommand {
        private final EditingDomain domain;
        private final AnnotationDocument document;
        private final List<Command> done = new ArrayList<>();

        NotesFollowRows(EditingDomain domain, AnnotationDocument document) {
            super("Comparison notes follow their rows");
            this.domain = domain;
            this.document = document;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            done.clear();
            if (document.getComparisonNotes().isEmpty()) {
                return;
            }
            for (ComparisonRow row : Comparison.of(document).getRows()) {
                List<ComparisonNote> notes = row.getNotes();
                for (ComparisonNote note : notes) {
                    java.util.Set<Annotation> inRow = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                    inRow.addAll(row.getAnnotations());
                    List<Annotation> left = note.getAnnotations().stream().filter(a -> !inRow.contains(a)).toList();
                    List<Annotation> joined = notes.size() > 1 ? List.of()
                            : row.getAnnotations().stream().filter(a -> !note.getAnnotations().contains(a)).toList();
                    if (!left.isEmpty()) {
                        run(RemoveCommand.create(domain, note, Literals.COMPARISON_NOTE__ANNOTATIONS, left));
                    }
                    if (!joined.isEmpty()) {
                        run(AddCommand.create(domain, note, Literals.COMPARISON_NOTE__ANNOTATIONS, joined));
                    }
                }
            }
        }

        private void run(Command command) {
            if (command.canExecute()) {
                command.execute();
                done.add(command);
            }
        }

        @Override
        public void undo() {
            for (int i = done.size() - 1; i >= 0; i--) {
                done.get(i).undo();
            }
        }

        @Override
        public void redo() {
            done.forEach(Command::redo);
        }
    }

    /** A command that records an omission; {@link #getAnnotation()} is the new omission annotation. */
    public static final class RecordOmission extends CompoundCommand {
        private final Annotation annotation;

        RecordOmission(Annotation annotation) {
            super("Record omission");
            this.annotation = annotation;
        }

        public Annotation getAnnotation() {
            return annotation;
        }

        @Override
        public Collection<?> getAffectedObjects() {
            return List.of(annotation);
        }
    }

    /**
     * Records that {@code article} leaves out the statement of {@code row}: an omission (F8) annotation on the
     * article's first word (an article has no wording for what it leaves out), its Present in attribute naming
     * the outlets that have the statement, {@code rawNote} as its note, and an omission link to the row's first
     * annotation, so the omission belongs to the row. One command: one Undo takes it all back. Null when the
     * codebook has no omission code, the row has nothing to link to, or the article has no text.
     */
    public static RecordOmission recordOmission(EditingDomain domain, AnnotationDocument document, ComparisonRow row,
            Article article, String rawNote) {
        Code code = CodeMeanings.omissionCode(document.getAssignment().getCodebook()).orElse(null);
        Annotation anchorTo = row.getCells().stream().filter(c -> !c.isOmission()).map(c -> c.getAnnotations().get(0))
                .findFirst().orElse(null);
        String text = article.getText();
        if (code == null || anchorTo == null || text == null || text.isBlank()) {
            return null;
        }
        int begin = 0;
        while (begin < text.length() && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        int end = begin;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        Annotation omission = FramebenchFactory.eINSTANCE.createAnnotation();
        omission.setId(Documents.newId());
        TextAnchors.anchor(omission, article, begin, end);
        omission.setCode(code);
        String note = XmlText.clean(rawNote);
        omission.setNote(note == null || note.isBlank() ? null : note);
        String presentIn = row.getCells().stream().filter(c -> !c.isOmission())
                .map(c -> c.getArticle().getOutlet() != null ? c.getArticle().getOutlet() : c.getArticle().getId())
                .distinct().collect(Collectors.joining(", "));
        if (!presentIn.isEmpty() && code.getAttributes().stream().anyMatch(a -> CodeMeanings.PRESENT_IN.equals(a.getId()))) {
            AttributeValue value = FramebenchFactory.eINSTANCE.createAttributeValue();
            value.setKey(CodeMeanings.PRESENT_IN);
            value.setValue(presentIn);
            omission.getAttributeValues().add(value);
        }
        Date now = new Date();
        omission.setCreated(now);
        omission.setModified(now);
        Link link = FramebenchFactory.eINSTANCE.createLink();
        link.setId(Documents.newId());
        link.setSource(omission);
        link.setTarget(anchorTo);
        link.setKind(LinkKind.OMISSION);
        link.setCreated(now);
        RecordOmission command = new RecordOmission(omission);
        command.append(AddCommand.create(domain, document, Literals.ANNOTATION_DOCUMENT__ANNOTATIONS, omission));
        command.append(AddCommand.create(domain, document, Literals.ANNOTATION_DOCUMENT__LINKS, link));
        List<ComparisonNote> notes = row.getNotes();
        if (!notes.isEmpty()) {
            command.append(AddCommand.create(domain, notes.get(0), Literals.COMPARISON_NOTE__ANNOTATIONS, new ArrayList<>(List.of(omission))));
        }
        return command;
    }
}
