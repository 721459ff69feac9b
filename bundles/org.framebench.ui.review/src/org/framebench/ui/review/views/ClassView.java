package org.framebench.ui.review.views;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.framebench.grading.ClassReport;
import org.framebench.grading.Problem;
import org.framebench.grading.Submission;
import org.framebench.grading.scoring.StudentScore;
import org.framebench.model.Assignment;
import org.framebench.model.Layer;
import org.framebench.ui.review.Messages;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;

/**
 * Every submission of the open class: who, how much they annotated, their score against the key and what
 * is wrong with the file. Click a header to sort; pick a row to review that student.
 */
public class ClassView extends ViewPart {

    public static final String ID = "org.framebench.ui.review.views.class";

    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());
    /** Not graded (unreadable, another assignment, changed articles, superseded). */
    private static final Color NOT_GRADED = new Color(new RGB(0xF8, 0xD7, 0xD3));
    /** Graded, but the student sent more than one file. */
    private static final Color DUPLICATE_KEPT = new Color(new RGB(0xFC, 0xF0, 0xC8));

    private Label summary;
    private Label status;
    private TableViewer viewer;
    private final List<Column> columns = new ArrayList<>();
    private ReviewSession session;
    private final Consumer<ReviewSession> sessionListener = this::setSession;
    private final Consumer<String> statusListener = this::showStatus;

    /** A column: its title, how it reads and sorts a submission, and its cells' tooltip (null: the problems). */
    private record Column(String title, int width, Function<Submission, String> text,
            Comparator<Submission> order, Function<Submission, String> tip) {
        Column(String title, int width, Function<Submission, String> text, Comparator<Submission> order) {
            this(title, width, text, order, null);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addSelectionChangedListener(event -> {
            Object picked = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (picked instanceof Submission submission) {
                ReviewSessions.selectStudent(submission);
            }
        });
        viewer.addDoubleClickListener(event -> {
            try {
                getSite().getPage().showView(StudentReviewView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                showStatus(e.getMessage());
            }
        });
        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        getSite().setSelectionProvider(viewer);
        createContextMenu();
        ReviewSessions.addSessionListener(sessionListener);
        ReviewSessions.addStatusListener(statusListener);
        setSession(ReviewSessions.current());
    }

    /** The rows' context menu, filled through plugin.xml ({@code popup:} this view's id). */
    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
        getSite().registerContextMenu(ID, menu, viewer);
    }

    @Override
    public void dispose() {
        ReviewSessions.removeSessionListener(sessionListener);
        ReviewSessions.removeStatusListener(statusListener);
        super.dispose();
    }

    private void setSession(ReviewSession newSession) {
        if (viewer == null || viewer.getTable().isDisposed()) {
            return;
        }
        boolean sameClass = newSession == session;
        session = newSession;
        if (!sameClass) {
            rebuildColumns();
        }
        if (session == null) {
            summary.setText(Messages.Class_noClass);
            viewer.setInput(List.of());
        } else {
            // Every file of the folder, as in the grade book: graded, or listed with the reason.
            List<Submission> all = session.submissions().files();
            long withProblems = all.stream().filter(s -> !s.problems().isEmpty()).count();
            String key = session.hasKey() ? session.key().file().getFileName().toString() : Messages.Class_noKey;
            String notes = session.submissions().classProblems().stream().map(p -> " " + p).collect(Collectors.joining());
            summary.setText(NLS.bind(Messages.Class_summary, new Object[] { session.folder(), all.size(),
                    session.hasKey() ? session.submissions().gradable().size() : 0, withProblems, key, notes }));
            Object selected = viewer.getStructuredSelection().getFirstElement();
            viewer.setInput(all);
            if (selected != null && sameClass) {
                viewer.setSelection(new StructuredSelection(selected), true);
            }
        }
        summary.getParent().layout(true);
    }

    private void rebuildColumns() {
        for (TableColumn column : viewer.getTable().getColumns()) {
            column.dispose();
        }
        columns.clear();
        columns.add(new Column(Messages.Class_student, 160, Submission::studentName,
                Comparator.comparing(s -> s.studentName().toLowerCase(Locale.ROOT))));
        columns.add(new Column(Messages.Class_id, 80, Submission::studentId, Comparator.comparing(Submission::studentId)));
        columns.add(new Column(Messages.Class_file, 150, Submission::fileLabel, Comparator.comparing(Submission::fileLabel)));
        Assignment assignment = session == null ? null : session.assignment();
        if (assignment != null && assignment.getCodebook() != null) {
            for (Layer layer : assignment.getCodebook().getLayers()) {
                String id = layer.getId();
                columns.add(new Column(layer.getLabel(), 80,
                        s -> s.isReadable() ? Integer.toString(s.annotationsPerLayer().getOrDefault(id, 0)) : "",
                        Comparator.comparingInt(s -> s.annotationsPerLayer().getOrDefault(id, 0))));
            }
        }
        columns.add(new Column(Messages.Class_links, 60, s -> s.isReadable() ? Integer.toString(s.linkCount()) : "",
                Comparator.comparingInt(Submission::linkCount)));
        columns.add(new Column(Messages.Class_modified, 130, s -> MODIFIED.format(s.lastModified()),
                Comparator.comparing(Submission::lastModified)));
        columns.add(new Column(Messages.Class_score, 60, this::scoreText,
                Comparator.comparingDouble(s -> score(s) == null ? -1 : score(s).total()), this::gradeTip));
        columns.add(new Column(Messages.Class_grade, 60, this::gradeText,
                Comparator.comparingDouble(s -> graded(s) == null ? -1 : graded(s).grade()), this::gradeTip));
        columns.add(new Column(Messages.Class_feedback, 85, s -> session == null ? ""
                : Integer.toString(session.feedbackFor(s).size()),
                Comparator.comparingInt(s -> session == null ? 0 : session.feedbackFor(s).size())));
        columns.add(new Column(Messages.Class_status, 150, this::statusText, Comparator.comparing(this::statusText)));
        columns.add(new Column(Messages.Class_problems, 420, ClassView::problemsText,
                Comparator.comparing(ClassView::problemsText)));
        for (int i = 0; i < columns.size(); i++) {
            addColumn(i, columns.get(i));
        }
        viewer.setComparator(null);
    }

    private void addColumn(int index, Column column) {
        TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
        viewerColumn.getColumn().setText(column.title());
        viewerColumn.getColumn().setWidth(column.width());
        viewerColumn.getColumn().setMoveable(true);
        viewerColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return column.text().apply((Submission) element);
            }

            @Override
            public Color getBackground(Object element) {
                Submission submission = (Submission) element;
                if (!submission.isGradable()) {
                    return NOT_GRADED;
                }
                return submission.problems().stream().anyMatch(p -> p.kind().isWarning()) ? DUPLICATE_KEPT : null;
            }

            @Override
            public String getToolTipText(Object element) {
                String tip = column.tip() == null ? null : column.tip().apply((Submission) element);
                if (tip != null) {
                    return tip;
                }
                String problems = problemsText((Submission) element);
                return problems.isEmpty() ? null : problems;
            }
        });
        viewerColumn.getColumn().addListener(SWT.Selection, e -> sortBy(index));
    }

    /** Sorts by column {@code index}; a second click on the same column reverses the order. */
    public void sortBy(int index) {
        TableColumn column = viewer.getTable().getColumn(index);
        boolean ascending = viewer.getTable().getSortColumn() != column || viewer.getTable().getSortDirection() == SWT.DOWN;
        Comparator<Submission> order = columns.get(index).order();
        Comparator<Submission> directed = ascending ? order : order.reversed();
        viewer.getTable().setSortColumn(column);
        viewer.getTable().setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        viewer.setComparator(new ViewerComparator() {
            @Override
            public int compare(Viewer v, Object a, Object b) {
                return directed.compare((Submission) a, (Submission) b);
            }
        });
    }

    private StudentScore score(Submission submission) {
        return session == null ? null : session.scoreOf(submission);
    }

    private ClassReport.GradedSubmission graded(Submission submission) {
        return session == null ? null : session.gradedOf(submission);
    }

    private String gradeText(Submission submission) {
        ClassReport.GradedSubmission graded = graded(submission);
        return graded == null ? "" : String.format(Locale.ROOT, "%.1f", graded.grade());
    }

    /** The arithmetic of the grade (every term, feedback points, adjustment), or null when not graded. */
    private String gradeTip(Submission submission) {
        ClassReport.GradedSubmission graded = graded(submission);
        // One term per line, so that the tooltip stays on the screen.
        return graded == null ? null : NLS.bind(Messages.Class_gradeTip, graded.explanation().replace("; ", ";\n")
                .replace(". Grade = ", ".\nGrade = "));
    }

    private String scoreText(Submission submission) {
        StudentScore score = score(submission);
        return score == null ? "" : String.format(Locale.ROOT, "%.1f", score.total());
    }

    private String statusText(Submission submission) {
        return session == null ? "" : submission.status(session.key()).label();
    }

    private static String problemsText(Submission submission) {
        return submission.problems().stream().map(Problem::message).collect(Collectors.joining(" "));
    }

    private void showStatus(String message) {
        if (status != null && !status.isDisposed()) {
            status.setText(message == null ? "" : message);
            status.getParent().layout(true);
        }
    }

    /** Picks {@code submission} as if the instructor clicked its row. */
    public void select(Submission submission) {
        viewer.setSelection(new StructuredSelection(submission), true);
    }

    public TableViewer getViewer() {
        return viewer;
    }

    /** The column titles in order, for finding a column by name. */
    public List<String> getColumnTitles() {
        return columns.stream().map(Column::title).toList();
    }

    public String getSummary() {
        return summary.getText();
    }

    public String getStatus() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        viewer.getTable().setFocus();
    }
}
