package org.framebench.grading.key;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.core.text.ArticleUpdate;
import org.framebench.core.text.ArticleUpdateReport;
import org.framebench.core.text.Placement;
import org.framebench.core.text.TextAnchors;
import org.framebench.grading.GradingException;
import org.framebench.grading.scoring.AnnotationMatch;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.FramebenchPackage.Literals;
import org.framebench.model.resource.FramebenchResources;

/**
 * Adjudication: the instructor, comparing a student with the key, accepts one of the student's annotations
 * into the key or removes one of the key's. Each change is an EMF command on the key's own command stack,
 * so it can be undone and redone, and the key's file is saved (atomically, with its {@code .bak}) after
 * every change, undo and redo. When the file cannot be written the change is taken back in memory too, so
 * what the program shows is always what the file holds. UI-free.
 */
public final class KeyAdjudication {

    /** The key could not be saved; the change was taken back (the message is the save's, in plain words). */
    public static final class KeyNotSavedException extends GradingException {
        private static final long serialVersionUID = 1L;

        KeyNotSavedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A command stack that can forget a change that was taken back because it could not be saved. */
    private static final class Stack extends BasicCommandStack {
        void forgetRedo() {
            while (commandList.size() > top + 1) {
                commandList.remove(commandList.size() - 1).dispose();
            }
            mostRecentCommand = null;
            notifyListeners();
        }
    }

    private final AnnotationDocument key;
    private final Path file;
    private final Stack stack = new Stack();
    private final AdapterFactoryEditingDomain domain;

    /** Changes {@code key}, saved in {@code file}. */
    public KeyAdjudication(AnnotationDocument key, Path file) {
        this.key = Objects.requireNonNull(key, "key");
        this.file = Objects.requireNonNull(file, "file");
        domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()),
                stack, FramebenchResources.newResourceSet());
        Resource resource = key.eResource();
        if (resource != null) {
            domain.getResourceSet().getResources().add(resource);
        }
    }

    /** Whether {@code row}'s student annotation is one the key lacks: an extra, or a span with another code. */
    public static boolean canAccept(AnnotationMatch row) {
        return row != null && row.student() != null
                && (row.status() == MatchStatus.EXTRA || row.status() == MatchStatus.WRONG_CODE);
    }

    /** Whether {@code row} has a key annotation (matched, partial, missed or wrong code). */
    public static boolean canRemove(AnnotationMatch row) {
        return row != null && row.key() != null;
    }

    /**
     * Copies {@code student} into the key: same article (by id), code (by id, from the key's codebook),
     * span and attribute values; not the student's note, nor its id (the copy gets a new one). When the
     * student's article text differs from the key's, the span is found again in the key's text by its
     * covered text and context. The key is saved at once.
     *
     * @return the key's new annotation
     * @throws GradingException when the annotation cannot be placed in the key (or is in it already), or
     *         {@link KeyNotSavedException} when the key's file cannot be written (the key is then unchanged)
     */
    public Annotation accept(Annotation student) throws GradingException {
        Annotation copy = copyForKey(student);
        CompoundCommand command = new CompoundCommand("Accept " + copy.getCode().getId() + " into the key");
        command.append(AddCommand.create(domain, key, Literals.ANNOTATION_DOCUMENT__ANNOTATIONS, copy));
        command.append(SetCommand.create(domain, key, Literals.ANNOTATION_DOCUMENT__MODIFIED, new Date()));
        execute(command);
        return copy;
    }

    /**
     * Removes {@code keyAnnotation} from the key, with the key's links to it, and saves the key at once.
     *
     * @throws GradingException when it is not one of the key's annotations, or {@link KeyNotSavedException}
     *         when the key's file cannot be written (the key is then unchanged)
     */
    public void remove(Annotation keyAnnotation) throws GradingException {
        if (keyAnnotation == null || !key.getAnnotations().contains(keyAnnotation)) {
            throw new GradingException("This annotation is not in the key (any more), so there is nothing to remove.",
                    null);
        }
        String code = keyAnnotation.getCode() == null ? "annotation" : keyAnnotation.getCode().getId();
        CompoundCommand command = new CompoundCommand("Remove " + code + " from the key");
        command.append(AnnotationCommands.delete(domain, key, List.of(keyAnnotation)));
        command.append(SetCommand.create(domain, key, Literals.ANNOTATION_DOCUMENT__MODIFIED, new Date()));
        execute(command);
    }

    private void execute(Command command) throws GradingException {
        if (!command.canExecute()) {
            throw new GradingException("The key cannot be changed this way.", null);
        }
        stack.execute(command);
        if (stack.getUndoCommand() != command) {
            // The command failed while running (the stack logs it); nothing is left half done.
            throw new GradingException("The key could not be changed. It is as it was.", null);
        }
        try {
            save();
        } catch (DocumentException e) {
            stack.undo();
            stack.forgetRedo();
            throw new KeyNotSavedException(e.getMessage(), e);
        }
    }

    /** Takes back the last change and saves the key. @throws KeyNotSavedException (the change then stays) */
    public void undo() throws GradingException {
        if (!stack.canUndo()) {
            return;
        }
        stack.undo();
        try {
            save();
        } catch (DocumentException e) {
            stack.redo();
            throw new KeyNotSavedException(e.getMessage(), e);
        }
    }

    /** Makes the last change taken back again and saves the key. @throws KeyNotSavedException (it then stays undone) */
    public void redo() throws GradingException {
        if (!stack.canRedo()) {
            return;
        }
        stack.redo();
        try {
            save();
        } catch (DocumentException e) {
            stack.undo();
            throw new KeyNotSavedException(e.getMessage(), e);
        }
    }

    private void save() throws DocumentException {
        DocumentStore.save(key, file);
        stack.saveIsDone();
    }

    public boolean canUndo() {
        return stack.canUndo();
    }

    public boolean canRedo() {
        return stack.canRedo();
    }

    /** What Undo would take back ("Accept S1 into the key"), or {@code null}. */
    public String undoLabel() {
        return stack.canUndo() ? stack.getUndoCommand().getLabel() : null;
    }

    /** What Redo would do again, or {@code null}. */
    public String redoLabel() {
        return stack.canRedo() ? stack.getRedoCommand().getLabel() : null;
    }

    public CommandStack commandStack() {
        return stack;
    }

    public EditingDomain domain() {
        return domain;
    }

    public AnnotationDocument key() {
        return key;
    }

    public Path file() {
        return file;
    }

    /** The key's copy of {@code student}, not yet added. */
    private Annotation copyForKey(Annotation student) throws GradingException {
        if (student == null || student.getArticle() == null || student.getCode() == null) {
            throw new GradingException("This annotation has no article or no code, so it cannot go into the key.", null);
        }
        Article article = key.getAssignment().getArticles().stream()
                .filter(a -> Objects.equals(a.getId(), student.getArticle().getId())).findFirst().orElse(null);
        if (article == null) {
            throw new GradingException("The key has no article \"" + student.getArticle().getId()
                    + "\", so this annotation cannot go into it. The key is unchanged.", null);
        }
        Code code = Codebooks.findById(key.getAssignment().getCodebook(), student.getCode().getId()).orElse(null);
        if (code == null) {
            throw new GradingException("The key's codebook has no code " + student.getCode().getId()
                    + ", so this annotation cannot go into it. The key is unchanged.", null);
        }
        int[] span = spanInKey(student, article, key.getAssignment());
        for (Annotation existing : key.getAnnotations()) {
            if (existing.getArticle() == article && existing.getCode() == code && existing.getBegin() == span[0]
                    && existing.getEnd() == span[1]) {
                throw new GradingException("The key already has this annotation (" + code.getId() + " on the same words). "
                        + "The key is unchanged.", null);
            }
        }
        Annotation copy = FramebenchFactory.eINSTANCE.createAnnotation();
        copy.setId(Documents.newId());
        TextAnchors.anchor(copy, article, span[0], span[1]);
        copy.setCode(code);
        for (AttributeValue value : student.getAttributeValues()) {
            copy.getAttributeValues().add(EcoreUtil.copy(value));
        }
        Date now = new Date();
        copy.setCreated(now);
        copy.setModified(now);
        return copy;
    }

    /** The student's span on the key's article: the same offsets when the texts agree, else found again. */
    private static int[] spanInKey(Annotation student, Article keyArticle, org.framebench.model.Assignment keyAssignment)
            throws GradingException {
        String keyText = Objects.requireNonNullElse(keyArticle.getText(), "");
        if (Objects.equals(student.getArticle().getText(), keyText)) {
            if (student.getBegin() < 0 || student.getEnd() > keyText.length() || student.getBegin() >= student.getEnd()) {
                throw new GradingException("This annotation lies outside the article's text, so it cannot go into the "
                        + "key. The key is unchanged.", null);
            }
            return new int[] { student.getBegin(), student.getEnd() };
        }
        // Another version of the text: re-anchor a throw-away copy onto the key's text, as grading does.
        AnnotationDocument scratch = FramebenchFactory.eINSTANCE.createAnnotationDocument();
        scratch.setAssignment(FramebenchFactory.eINSTANCE.createAssignment());
        Article old = EcoreUtil.copy(student.getArticle());
        scratch.getAssignment().getArticles().add(old);
        Annotation probe = FramebenchFactory.eINSTANCE.createAnnotation();
        probe.setArticle(old);
        probe.setBegin(student.getBegin());
        probe.setEnd(student.getEnd());
        probe.setCoveredText(student.getCoveredText());
        probe.setContextBefore(student.getContextBefore());
        probe.setContextAfter(student.getContextAfter());
        scratch.getAnnotations().add(probe);
        ArticleUpdateReport report = ArticleUpdate.apply(scratch, keyAssignment);
        if (report.unplaced().stream().map(Placement::annotation).anyMatch(a -> a == probe)) {
            throw new GradingException("The words of this annotation (\u201c" + student.getCoveredText()
                    + "\u201d) could not be found in the key's text of the article, so it cannot go into the key. "
                    + "The key is unchanged.", null);
        }
        return new int[] { probe.getBegin(), probe.getEnd() };
    }
}
