package org.framebench.ui.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.framebench.core.returned.ReturnedReviews;
import org.framebench.model.Annotation;
import org.framebench.model.Feedback;
import org.framebench.model.GhostAnnotation;
import org.framebench.model.MatchMark;
import org.framebench.model.ReturnedReview;
import org.framebench.model.ReturnedTerm;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.internal.Names;
import org.framebench.ui.views.DocumentViewPart;

/**
 * The feedback returned with a student's file: the grade and its terms, then one row per comment (on the
 * whole submission, on one of their annotations with its mark, or on a key annotation they missed) and
 * one per missed key annotation not commented on. Selecting a row shows its passage in the article.
 */
public class FeedbackView extends DocumentViewPart {

    public static final String ID = "org.framebench.ui.views.feedback";

    /** One row: a comment (may be null for a missed key annotation without one), its annotation or ghost. */
    public record Row(Feedback feedback, Annotation annotation, GhostAnnotation ghost, MatchMark mark) {
    }

    private Composite root;
    private Label grade;
    private Label terms;
    private TableViewer viewer;
    private List<Row> rows = List.of();

    @Override
    protected void createContents(Composite parent) {
        // The grade and how it is made on the left, the comments beside it.
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        Composite summary = new Composite(root, SWT.NONE);
        GridLayout summaryLayout = new GridLayout(1, false);
        summaryLayout.marginWidth = 0;
        summaryLayout.marginHeight = 0;
        summary.setLayout(summaryLayout);
        GridDataFactory.fillDefaults().grab(false, true).hint(330, SWT.DEFAULT).applyTo(summary);
        grade = new Label(summary, SWT.WRAP);
        grade.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(330, SWT.DEFAULT).applyTo(grade);
        terms = new Label(summary, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(330, SWT.DEFAULT).applyTo(terms);
        viewer = new TableViewer(root, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Column_where, 180, this::where);
        column(Messages.Column_passage, 170, row -> Names.shorten(passage(row)));
        column(Messages.Column_comment, 330, row -> row.feedback() == null ? Messages.Missed_uncommented
                : Names.orEmpty(row.feedback().getText()));
        column(Messages.Column_points, 60, row -> row.feedback() == null || row.feedback().getScore() == null ? ""
                : String.format(Locale.ROOT, "%+.1f", row.feedback().getScore()));
        // A long comment is read whole in the row's hover.
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addSelectionChangedListener(event -> show((Row) ((IStructuredSelection) event.getSelection()).getFirstElement()));
    }

    private void column(String title, int width, java.util.function.Function<Row, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Row) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return getText(element);
            }
        });
    }

    /** "Whole submission", "✓ matched S1 …", "○ missed F7 …". */
    public String where(Row row) {
        if (row.ghost() != null) {
            return NLS.bind(Messages.Where_missed, ReturnedReviews.MISSED_SYMBOL,
                    row.ghost().getCode() == null ? "?" : Names.code(row.ghost().getCode()));
        }
        if (row.annotation() != null) {
            String mark = row.mark() == null ? "" : ReturnedReviews.symbol(row.mark().getKind());
            String words = row.mark() == null ? "" : ReturnedReviews.label(row.mark().getKind());
            return NLS.bind(Messages.Where_annotation, new Object[] { mark, words,
                    row.annotation().getCode() == null ? "?" : Names.code(row.annotation().getCode()) });
        }
        return row.feedback() != null && ReturnedReviews.isOnWholeSubmission(row.feedback()) ? Messages.Where_whole
                : Messages.Where_gone;
    }

    private static String passage(Row row) {
        if (row.ghost() != null) {
            return row.ghost().getCoveredText();
        }
        return row.annotation() == null ? "" : row.annotation().getCoveredText();
    }

    private void show(Row row) {
        DocumentEditor editor = editor();
        if (row == null || editor == null) {
            return;
        }
        if (row.annotation() != null && editor.getDocument().getAnnotations().contains(row.annotation())) {
            editor.reveal(row.annotation());
        } else if (row.ghost() != null && row.ghost().getArticle() != null) {
            editor.revealText(row.ghost().getArticle(), row.ghost().getRegion(), row.ghost().getBegin(), row.ghost().getEnd());
        }
    }

    @Override
    protected boolean isDisposedView() {
        return viewer == null || viewer.getControl().isDisposed();
    }

    @Override
    protected void editorChanged(DocumentEditor newEditor) {
        refresh();
    }

    @Override
    protected void documentChanged() {
        refresh();
    }

    private void refresh() {
        ReturnedReview returned = editor() == null ? null : editor().getDocument().getReturnedReview();
        rows = returned == null ? List.of() : rowsOf(editor().getDocument(), returned);
        if (returned == null) {
            grade.setText(Messages.Feedback_none);
            terms.setText("");
        } else {
            String value = String.format(Locale.ROOT, "%.1f", returned.getGrade());
            grade.setText(returned.getAuthor() == null || returned.getAuthor().isBlank() ? NLS.bind(Messages.Feedback_grade, value)
                    : NLS.bind(Messages.Feedback_gradeBy, value, returned.getAuthor()));
            List<String> parts = new ArrayList<>();
            for (ReturnedTerm term : returned.getTerms()) {
                parts.add(term.getLabel() + " " + (term.getValue() == null ? "—" : String.format(Locale.ROOT, "%.2f", term.getValue())));
            }
            terms.setText(NLS.bind(Messages.Feedback_terms, String.join(", ", parts)) + "\n" + Names.orEmpty(returned.getExplanation()));
        }
        viewer.setInput(rows);
        root.layout(true, true);
    }

    /** The rows for a returned document: comments (whole submission first), then missed key annotations without one. */
    public static List<Row> rowsOf(org.framebench.model.AnnotationDocument document, ReturnedReview returned) {
        List<Row> list = new ArrayList<>();
        java.util.Set<GhostAnnotation> commented = new java.util.HashSet<>();
        for (Feedback feedback : ReturnedReviews.ordered(returned)) {
            GhostAnnotation ghost = ReturnedReviews.ghostOf(returned, feedback);
            Annotation annotation = ghost == null ? feedback.getAnnotation() : null;
            if (ghost != null) {
                commented.add(ghost);
            }
            list.add(new Row(feedback, annotation, ghost, annotation == null ? null : ReturnedReviews.markOf(document, annotation)));
        }
        for (GhostAnnotation ghost : returned.getGhosts()) {
            if (!commented.contains(ghost)) {
                list.add(new Row(null, null, ghost, null));
            }
        }
        return list;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** The grade line shown above the comments. */
    public String getGradeText() {
        return grade.getText();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
