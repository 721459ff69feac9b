package org.framebench.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.FramebenchPackage.Literals;
import org.framebench.model.Link;

/**
 * What changed in one editor's document, heard from EMF's notifications: which annotations were added,
 * removed or changed (their code, span, attributes, note or links). The editor and the views each keep a
 * {@link Delta} and take it when the command stack tells them of a change, so that they patch the rows,
 * counts and painted stretches of those annotations instead of rebuilding everything from all 10,000.
 * A change the delta cannot describe (the assignment, its articles or codebook) makes it {@linkplain
 * Delta#isStructural() structural}: the reader then rebuilds as before.
 */
public final class DocumentChanges extends EContentAdapter {

    private final AnnotationDocument document;
    private final List<Delta> deltas = new CopyOnWriteArrayList<>();

    /** Starts listening to {@code document} (and everything it contains). */
    public static DocumentChanges attach(AnnotationDocument document) {
        DocumentChanges changes = new DocumentChanges(document);
        document.eAdapters().add(changes);
        return changes;
    }

    private DocumentChanges(AnnotationDocument document) {
        this.document = document;
    }

    /** Stops listening. */
    public void detach() {
        document.eAdapters().remove(this);
        deltas.clear();
    }

    /** A new, empty delta that gathers every change from now on, until {@link #forget(Delta) forgotten}. */
    public Delta newDelta() {
        Delta delta = new Delta();
        deltas.add(delta);
        return delta;
    }

    /** {@code delta} no longer gathers changes. */
    public void forget(Delta delta) {
        deltas.remove(delta);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification); // keeps this adapter on what is added, off what is removed
        if (notification.isTouch() || deltas.isEmpty()) {
            return;
        }
        Object notifier = notification.getNotifier();
        Object feature = notification.getFeature();
        if (notifier == document) {
            if (feature == Literals.ANNOTATION_DOCUMENT__ANNOTATIONS) {
                annotationsListChanged(notification);
            } else if (feature == Literals.ANNOTATION_DOCUMENT__LINKS) {
                for (Object link : values(notification)) {
                    linkChanged((Link) link);
                }
            } else if (feature == Literals.ANNOTATION_DOCUMENT__ASSIGNMENT) {
                structural();
            }
            // Other features (feedback, comparison notes, dismissed suggestions, dates) change no annotation's row.
            return;
        }
        if (notifier instanceof Annotation annotation) {
            changed(annotation);
            return;
        }
        if (notifier instanceof Link link) {
            linkChanged(link);
            if (notification.getOldValue() instanceof Annotation old) {
                changed(old);
            }
            if (notification.getNewValue() instanceof Annotation now) {
                changed(now);
            }
            return;
        }
        if (notifier instanceof EObject object) {
            Annotation owner = owningAnnotation(object);
            if (owner != null) {
                changed(owner); // an attribute value
            } else if (insideAssignment(object)) {
                structural(); // an article's text, the codebook: what every row and paint depends on
            }
        }
    }

    private void annotationsListChanged(Notification notification) {
        switch (notification.getEventType()) {
            case Notification.ADD, Notification.ADD_MANY -> values(notification).forEach(a -> added((Annotation) a));
            case Notification.REMOVE, Notification.REMOVE_MANY -> values(notification).forEach(a -> removed((Annotation) a));
            case Notification.SET -> {
                if (notification.getOldValue() instanceof Annotation old) {
                    removed(old);
                }
                if (notification.getNewValue() instanceof Annotation now) {
                    added(now);
                }
            }
            default -> structural(); // MOVE, UNSET: the order itself changed
        }
    }

    /** The values an ADD/REMOVE(_MANY) notification carries. */
    private static Collection<?> values(Notification notification) {
        Object value = switch (notification.getEventType()) {
            case Notification.REMOVE, Notification.REMOVE_MANY -> notification.getOldValue();
            default -> notification.getNewValue();
        };
        if (value instanceof Collection<?> many) {
            return many;
        }
        return value == null ? List.of() : List.of(value);
    }

    private void linkChanged(Link link) {
        if (link.getSource() != null) {
            changed(link.getSource());
        }
        if (link.getTarget() != null) {
            changed(link.getTarget());
        }
    }

    private static Annotation owningAnnotation(EObject object) {
        for (EObject at = object.eContainer(); at != null; at = at.eContainer()) {
            if (at instanceof Annotation annotation) {
                return annotation;
            }
        }
        return null;
    }

    private boolean insideAssignment(EObject object) {
        for (EObject at = object; at != null; at = at.eContainer()) {
            if (at == document.getAssignment()) {
                return true;
            }
        }
        return false;
    }

    private void added(Annotation annotation) {
        for (Delta delta : deltas) {
            delta.add(annotation);
        }
    }

    private void removed(Annotation annotation) {
        for (Delta delta : deltas) {
            delta.remove(annotation);
        }
    }

    private void changed(Annotation annotation) {
        for (Delta delta : deltas) {
            delta.change(annotation);
        }
    }

    private void structural() {
        for (Delta delta : deltas) {
            delta.structural = true;
        }
    }

    /**
     * The changes gathered since it was last {@linkplain #take() taken}. Each annotation is in at most one of
     * added, removed and changed: added then removed is nothing, removed then added again is changed.
     */
    public static final class Delta {
        private Set<Annotation> added = identitySet();
        private Set<Annotation> removed = identitySet();
        private Set<Annotation> changed = identitySet();
        private boolean structural;

        private Delta() {
        }

        private static Set<Annotation> identitySet() {
            return Collections.newSetFromMap(new IdentityHashMap<>());
        }

        private void add(Annotation annotation) {
            if (removed.remove(annotation)) {
                changed.add(annotation);
            } else {
                added.add(annotation);
            }
        }

        private void remove(Annotation annotation) {
            changed.remove(annotation);
            if (!added.remove(annotation)) {
                removed.add(annotation);
            }
        }

        private void change(Annotation annotation) {
            if (!added.contains(annotation) && !removed.contains(annotation)) {
                changed.add(annotation);
            }
        }

        /** What was gathered so far, as a delta of its own; this one starts empty again. */
        public Delta take() {
            Delta taken = new Delta();
            taken.added = added;
            taken.removed = removed;
            taken.changed = changed;
            taken.structural = structural;
            added = identitySet();
            removed = identitySet();
            changed = identitySet();
            structural = false;
            return taken;
        }

        /** Annotations added to the document (and still in it). */
        public Set<Annotation> added() {
            return Collections.unmodifiableSet(added);
        }

        /** Annotations that were in the document and are no longer. */
        public Set<Annotation> removed() {
            return Collections.unmodifiableSet(removed);
        }

        /** Annotations in the document (before and after) whose code, span, text, attributes, note or links changed. */
        public Set<Annotation> changed() {
            return Collections.unmodifiableSet(changed);
        }

        /** Every annotation the change touched: added, removed and changed. */
        public List<Annotation> touched() {
            List<Annotation> all = new ArrayList<>(added.size() + removed.size() + changed.size());
            all.addAll(added);
            all.addAll(removed);
            all.addAll(changed);
            return all;
        }

        /** Something other than annotations and links changed (the assignment, an article, the codebook): rebuild. */
        public boolean isStructural() {
            return structural;
        }

        /** Nothing an annotation's row, count or paint depends on changed. */
        public boolean isEmpty() {
            return !structural && added.isEmpty() && removed.isEmpty() && changed.isEmpty();
        }

        /** How many annotations the change touched. */
        public int size() {
            return added.size() + removed.size() + changed.size();
        }
    }
}
