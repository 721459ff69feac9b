package org.framebench.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.framebench.core.document.Documents;
import org.framebench.core.text.TextAnchors;
import org.framebench.core.text.XmlText;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.ComparisonNote;
import org.framebench.model.Feedback;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.FramebenchPackage.Literals;
import org.framebench.model.Link;
import org.framebench.model.LinkKind;
import org.framebench.model.TextRegion;

/**
 * Every change a student makes is one of these EMF commands, executed on the editor's command stack,
 * so it can be undone and redone. Each returns a command ready for {@code domain.getCommandStack().execute}.
 * Text typed by the user (notes, attribute values) is passed through {@link XmlText#clean(String)}: a
 * pasted control character would otherwise make the document impossible to save.
 */
public final class AnnotationCommands {

    private AnnotationCommands() {
    }

    /** A command that creates an annotation; {@link #getAnnotation()} is the new annotation. */
    public static final class Create extends CompoundCommand {
        private final Annotation annotation;

        Create(String label, Annotation annotation) {
            super(label);
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

    /** Annotates {@code [begin, end)} of {@code article}'s body with {@code code}. */
    public static Create create(EditingDomain domain, AnnotationDocument document, Article article, int begin, int end,
            Code code) {
        return create(domain, document, article, TextRegion.BODY, begin, end, code);
    }

    /** Annotates {@code [begin, end)} of {@code article}'s body or headline ({@code region}) with {@code code}. */
    public static Create create(EditingDomain domain, AnnotationDocument document, Article article, TextRegion region,
            int begin, int end, Code code) {
        Annotation annotation = FramebenchFactory.eINSTANCE.createAnnotation();
        annotation.setId(Documents.newId());
        TextAnchors.anchor(annotation, article, region, begin, end);
        annotation.setCode(code);
        Date now = new Date();
        annotation.setCreated(now);
        annotation.setModified(now);
        Create create = new Create("Annotate as " + code.getId(), annotation);
        create.append(AddCommand.create(domain, document, Literals.ANNOTATION_DOCUMENT__ANNOTATIONS, annotation));
        return create;
    }

    /** Gives {@code annotation} another code; attribute values with the same key carry over. */
    public static Command changeCode(EditingDomain domain, Annotation annotation, Code code) {
        CompoundCommand command = new CompoundCommand("Change code to " + code.getId());
        command.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__CODE, code));
        command.append(touch(domain, annotation));
        return command;
    }

    /** Sets (or, with an empty value, clears) the attribute {@code key} of {@code annotation}. */
    public static Command setAttribute(EditingDomain domain, Annotation annotation, String key, String rawValue) {
        String value = XmlText.clean(rawValue);
        CompoundCommand command = new CompoundCommand("Set " + key);
        AttributeValue existing = annotation.getAttributeValues().stream()
                .filter(v -> key.equals(v.getKey())).findFirst().orElse(null);
        boolean clear = value == null || value.isEmpty();
        if (existing != null && clear) {
            command.append(RemoveCommand.create(domain, annotation, Literals.ANNOTATION__ATTRIBUTE_VALUES, existing));
        } else if (existing != null) {
            command.append(SetCommand.create(domain, existing, Literals.ATTRIBUTE_VALUE__VALUE, value));
        } else if (!clear) {
            AttributeValue created = FramebenchFactory.eINSTANCE.createAttributeValue();
            created.setKey(key);
            created.setValue(value);
            command.append(AddCommand.create(domain, annotation, Literals.ANNOTATION__ATTRIBUTE_VALUES, created));
        } else {
            return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
        }
        command.append(touch(domain, annotation));
        return command;
    }

    /** The value of attribute {@code key}, or null. */
    public static String attribute(Annotation annotation, String key) {
        return annotation.getAttributeValues().stream().filter(v -> key.equals(v.getKey()))
                .map(AttributeValue::getValue).findFirst().orElse(null);
    }

    /** Sets the student's note ("why"). */
    public static Command setNote(EditingDomain domain, Annotation annotation, String rawNote) {
        String note = XmlText.clean(rawNote);
        CompoundCommand command = new CompoundCommand("Edit note");
        command.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__NOTE,
                note == null || note.isEmpty() ? null : note));
        command.append(touch(domain, annotation));
        return command;
    }

    /** Moves the annotation's span to {@code [begin, end)} of its article (in its region), with text and context. */
    public static Command resize(EditingDomain domain, Annotation annotation, int begin, int end) {
        Annotation probe = FramebenchFactory.eINSTANCE.createAnnotation();
        TextAnchors.anchor(probe, annotation.getArticle(), annotation.getRegion(), begin, end);
        CompoundCommand command = new CompoundCommand("Resize annotation");
        command.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__BEGIN, begin));
        command.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__END, end));
        command.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__COVERED_TEXT, probe.getCoveredText()));
        command.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__CONTEXT_BEFORE, probe.getContextBefore()));
        command.append(SetCommand.create(domain, annotation, Literals.ANNOTATION__CONTEXT_AFTER, probe.getContextAfter()));
        command.append(touch(domain, annotation));
        return command;
    }

    /** Deletes annotations together with the links and feedback that point at them. */
    public static Command delete(EditingDomain domain, AnnotationDocument document, Collection<Annotation> annotations) {
        Set<Annotation> doomed = new LinkedHashSet<>(annotations);
        CompoundCommand command = new CompoundCommand(doomed.size() == 1 ? "Delete annotation" : "Delete annotations");
        List<Link> links = new ArrayList<>();
        for (Link link : document.getLinks()) {
            if (doomed.contains(link.getSource()) || doomed.contains(link.getTarget())) {
                links.add(link);
            }
        }
        List<Feedback> feedback = new ArrayList<>();
        for (Feedback item : document.getFeedback()) {
            if (doomed.contains(item.getAnnotation())) {
                feedback.add(item);
            }
        }
        if (!links.isEmpty()) {
            command.append(RemoveCommand.create(domain, document, Literals.ANNOTATION_DOCUMENT__LINKS, links));
        }
        if (!feedback.isEmpty()) {
            command.append(RemoveCommand.create(domain, document, Literals.ANNOTATION_DOCUMENT__FEEDBACK, feedback));
        }
        // A comparison note names its row's annotations: it lets go of the deleted ones, and goes with the last.
        List<ComparisonNote> emptied = new ArrayList<>();
        for (ComparisonNote note : document.getComparisonNotes()) {
            List<Annotation> named = note.getAnnotations().stream().filter(doomed::contains).toList();
            if (named.isEmpty()) {
                continue;
            }
            if (named.size() == note.getAnnotations().size()) {
                emptied.add(note);
            } else {
                command.append(RemoveCommand.create(domain, note, Literals.COMPARISON_NOTE__ANNOTATIONS, named));
            }
        }
        if (!emptied.isEmpty()) {
            command.append(RemoveCommand.create(domain, document, Literals.ANNOTATION_DOCUMENT__COMPARISON_NOTES, emptied));
        }
        // In a returned file the instructor's marks on the deleted annotations go with them; the comments on
        // them stay (nothing the instructor wrote is lost), no longer pointing at an annotation.
        org.framebench.model.ReturnedReview returned = document.getReturnedReview();
        if (returned != null) {
            List<org.framebench.model.MatchMark> marks = returned.getMarks().stream()
                    .filter(mark -> doomed.contains(mark.getAnnotation())).toList();
            if (!marks.isEmpty()) {
                command.append(RemoveCommand.create(domain, returned, Literals.RETURNED_REVIEW__MARKS, marks));
            }
            for (Feedback item : returned.getFeedback()) {
                if (doomed.contains(item.getAnnotation())) {
                    command.append(SetCommand.create(domain, item, Literals.FEEDBACK__ANNOTATION, null));
                }
            }
        }
        command.append(RemoveCommand.create(domain, document, Literals.ANNOTATION_DOCUMENT__ANNOTATIONS, doomed));
        return command;
    }

    /** Links two annotations (in the same or different articles). */
    public static Command link(EditingDomain domain, AnnotationDocument document, Annotation source, Annotation target,
            LinkKind kind, String rawNote) {
        String note = XmlText.clean(rawNote);
        Link link = FramebenchFactory.eINSTANCE.createLink();
        link.setId(Documents.newId());
        link.setSource(source);
        link.setTarget(target);
        link.setKind(kind);
        link.setNote(note == null || note.isBlank() ? null : note);
        link.setCreated(new Date());
        return withNotesFollowing(domain, document, "Link annotations",
                AddCommand.create(domain, document, Literals.ANNOTATION_DOCUMENT__LINKS, link));
    }

    /** Removes a link. */
    public static Command unlink(EditingDomain domain, AnnotationDocument document, Link link) {
        return withNotesFollowing(domain, document, "Remove link",
                RemoveCommand.create(domain, document, Literals.ANNOTATION_DOCUMENT__LINKS, link));
    }

    /**
     * {@code change} to the links, then the comparison notes following their rows (a row's note names the
     * annotations that joined it and lets go of those that left); one undoable step that reports what
     * {@code change} reports.
     */
    private static Command withNotesFollowing(EditingDomain domain, AnnotationDocument document, String label,
            Command change) {
        CompoundCommand command = new CompoundCommand(label) {
            @Override
            public Collection<?> getResult() {
                return change.getResult();
            }

            @Override
            public Collection<?> getAffectedObjects() {
                return change.getAffectedObjects();
            }
        };
        command.append(change);
        command.append(org.framebench.core.compare.ComparisonCommands.notesFollowRows(domain, document));
        return command;
    }

    /** The links that start or end at {@code annotation}. */
    public static List<Link> linksOf(AnnotationDocument document, Annotation annotation) {
        return document.getLinks().stream()
                .filter(l -> l.getSource() == annotation || l.getTarget() == annotation).toList();
    }

    private static Command touch(EditingDomain domain, Annotation annotation) {
        return SetCommand.create(domain, annotation, Literals.ANNOTATION__MODIFIED, new Date());
    }
}
