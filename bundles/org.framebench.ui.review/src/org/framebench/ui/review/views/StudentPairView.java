package org.framebench.ui.review.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.framebench.grading.Submission;
import org.framebench.grading.agreement.ClassAgreement;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.grading.scoring.PairComparison;
import org.framebench.grading.scoring.PairComparison.Agreement;
import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.ui.review.MatchStyles;
import org.framebench.ui.review.MatchStyles.Marked;
import org.framebench.ui.review.Messages;
import org.framebench.ui.review.ReviewColours;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;

/**
 * Student vs Student: two submissions of the open class on one article, the first student's annotations on
 * the left and the second's on the right, marked where they agree (fully or partly), where only one of them
 * marked something and where they gave the same words different codes; the list of those rows below, and
 * the two students' Cohen's kappa over the whole assignment. The matching is Student vs Key's, with the first
 * student in the key's place ({@link PairComparison}). The student picked in the Class view becomes the first.
 */
public class StudentPairView extends ViewPart {

    public static final String ID = "org.framebench.ui.review.views.pair";

    private Combo firstChooser;
    private Combo secondChooser;
    private Combo articleChooser;
    private Label summary;
    private Label firstTitle;
    private Label secondTitle;
    private StyledText firstText;
    private StyledText secondText;
    private TableViewer rowViewer;

    private final Map<RGB, Color> colours = new HashMap<>();
    private ReviewSession session;
    private List<Submission> students = List.of();
    private List<Article> articles = List.of();
    private Submission first;
    private Submission second;
    private int articleIndex;
    private PairComparison comparison;

    private final Consumer<ReviewSession> sessionListener = this::sessionChanged;
    private final Consumer<Submission> studentListener = this::studentPicked;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout topLayout = new GridLayout(7, false);
        topLayout.marginHeight = 0;
        top.setLayout(topLayout);
        new Label(top, SWT.NONE).setText(Messages.Pair_first);
        firstChooser = new Combo(top, SWT.READ_ONLY);
        firstChooser.addListener(SWT.Selection, e -> compare(pick(firstChooser), second));
        new Label(top, SWT.NONE).setText(Messages.Pair_second);
        secondChooser = new Combo(top, SWT.READ_ONLY);
        secondChooser.addListener(SWT.Selection, e -> compare(first, pick(secondChooser)));
        new Label(top, SWT.NONE).setText(Messages.Review_article);
        articleChooser = new Combo(top, SWT.READ_ONLY);
        articleChooser.addListener(SWT.Selection, e -> chooseArticle(articleChooser.getSelectionIndex()));
        Legend legend = new Legend(top);
        legend.add(ReviewColours.of(MatchStatus.MATCHED), Messages.Pair_agree);
        legend.add(ReviewColours.of(MatchStatus.PARTIAL), Messages.Pair_partly);
        legend.add(ReviewColours.of(MatchStatus.EXTRA), Messages.Pair_onlyOne);
        legend.add(ReviewColours.of(MatchStatus.WRONG_CODE), Messages.Pair_differentCode);
        summary = new Label(top, SWT.WRAP);
        GridData summaryData = new GridData(SWT.FILL, SWT.CENTER, true, false, 7, 1);
        summaryData.widthHint = 400;
        summary.setLayoutData(summaryData);

        SashForm vertical = new SashForm(parent, SWT.VERTICAL);
        vertical.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm panes = new SashForm(vertical, SWT.HORIZONTAL);
        firstText = pane(panes, true);
        secondText = pane(panes, false);
        rowViewer = new TableViewer(vertical, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        rowViewer.getTable().setHeaderVisible(true);
        rowViewer.getTable().setLinesVisible(true);
        rowViewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Pair_agreement, 130, this::agreementLabel, row -> colour(ReviewColours.of(statusOf(row.agreement()))));
        column(Messages.Pair_firstCode, 150, row -> AnnotationText.codeOf(row.first()), row -> null);
        column(Messages.Pair_secondCode, 150, row -> AnnotationText.codeOf(row.second()), row -> null);
        column(Messages.Review_overlap, 70, row -> row.first() != null && row.second() != null
                ? String.format(Locale.ROOT, "%.0f%%", 100 * row.overlap()) : "", row -> null);
        column(Messages.Review_text, 320, row -> AnnotationText.oneLine(row.annotation().getCoveredText()), row -> null);
        vertical.setWeights(60, 40);

        ReviewSessions.addSessionListener(sessionListener);
        ReviewSessions.addStudentListener(studentListener);
        sessionChanged(ReviewSessions.current());
    }

    private StyledText pane(Composite parent, boolean left) {
        Composite box = new Composite(parent, SWT.BORDER);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        box.setLayout(layout);
        Label label = new Label(box, SWT.NONE);
        label.setFont(JFaceResources.getBannerFont());
        GridData labelData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        labelData.horizontalIndent = 6;
        label.setLayoutData(labelData);
        if (left) {
            firstTitle = label;
        } else {
            secondTitle = label;
        }
        StyledText text = new StyledText(box, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setMargins(8, 6, 8, 6);
        text.setLineSpacing(3);
        text.setFont(JFaceResources.getTextFont());
        return text;
    }

    private void column(String title, int width, Function<PairComparison.Row, String> text,
            Function<PairComparison.Row, Color> background) {
        TableViewerColumn column = new TableViewerColumn(rowViewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((PairComparison.Row) element);
            }

            @Override
            public Color getBackground(Object element) {
                return background.apply((PairComparison.Row) element);
            }
        });
    }

    @Override
    public void dispose() {
        ReviewSessions.removeSessionListener(sessionListener);
        ReviewSessions.removeStudentListener(studentListener);
        colours.values().forEach(Color::dispose);
        super.dispose();
    }

    private void sessionChanged(ReviewSession newSession) {
        if (firstChooser == null || firstChooser.isDisposed()) {
            return;
        }
        boolean same = newSession == session;
        session = newSession;
        students = session == null ? List.of() : session.submissions().gradable();
        String[] names = students.stream().map(StudentPairView::nameOf).toArray(String[]::new);
        firstChooser.setItems(names);
        secondChooser.setItems(names);
        List<Article> newArticles = session == null || session.assignment() == null ? List.of()
                : session.assignment().getArticles();
        if (!newArticles.equals(articles)) {
            articles = newArticles;
            articleChooser.setItems(articles.stream().map(a -> a.getOutlet() + " \u2013 " + a.getTitle()).toArray(String[]::new));
            articleIndex = 0;
        }
        if (!articles.isEmpty()) {
            articleChooser.select(articleIndex);
        }
        if (same && students.contains(first) && students.contains(second)) {
            compare(first, second);
        } else {
            // A new class: its first two students, until others are picked.
            compare(students.isEmpty() ? null : students.get(0), students.size() < 2 ? null : students.get(1));
        }
    }

    /** The student picked in the Class view becomes the first (the second stays, unless it is the same one). */
    private void studentPicked(Submission submission) {
        if (submission == null || !students.contains(submission) || firstChooser.isDisposed()) {
            return;
        }
        Submission other = second != submission ? second
                : students.stream().filter(s -> s != submission).findFirst().orElse(null);
        compare(submission, other);
    }

    private Submission pick(Combo chooser) {
        int index = chooser.getSelectionIndex();
        return index < 0 || index >= students.size() ? null : students.get(index);
    }

    /** Shows {@code a} (left) against {@code b} (right) on the current article. */
    public void compare(Submission a, Submission b) {
        first = a;
        second = b;
        firstChooser.select(a == null ? -1 : students.indexOf(a));
        secondChooser.select(b == null ? -1 : students.indexOf(b));
        comparison = a == null || b == null || a == b ? null
                : PairComparison.of(a.document(), b.document(), session.options());
        refresh();
    }

    /** Shows article {@code index} (in assignment order). */
    public void chooseArticle(int index) {
        if (index < 0 || index >= articles.size()) {
            return;
        }
        articleIndex = index;
        articleChooser.select(index);
        refresh();
    }

    private void refresh() {
        Article article = articles.isEmpty() ? null : articles.get(articleIndex);
        String text = article == null ? "" : Objects.requireNonNullElse(article.getText(), "");
        if (!text.equals(firstText.getText())) {
            firstText.setText(text);
            secondText.setText(text);
        }
        firstTitle.setText(first == null ? Messages.Pair_firstPane : nameOf(first));
        secondTitle.setText(second == null ? Messages.Pair_secondPane : nameOf(second));
        List<PairComparison.Row> rows = comparison == null || article == null ? List.of()
                : comparison.rows().stream().filter(row -> AnnotationText.isOn(row.annotation(), article)).toList();
        rowViewer.setInput(rows);
        List<Marked> left = new ArrayList<>();
        List<Marked> right = new ArrayList<>();
        for (PairComparison.Row row : rows) {
            MatchStatus status = statusOf(row.agreement());
            if (row.first() != null) {
                left.add(new Marked(row.first(), status));
            }
            if (row.second() != null) {
                right.add(new Marked(row.second(), status));
            }
        }
        firstText.setStyleRanges(MatchStyles.compute(left, this::colour, null, text.length()));
        secondText.setStyleRanges(MatchStyles.compute(right, this::colour, null, text.length()));
        summary.setText(summaryText(rows));
        summary.getParent().getParent().layout(true, true);
    }

    private String summaryText(List<PairComparison.Row> rows) {
        if (session == null) {
            return Messages.Review_noClass;
        }
        if (first == null || second == null) {
            return Messages.Pair_pickTwo;
        }
        if (first == second) {
            return Messages.Pair_same;
        }
        Map<Agreement, Integer> counts = new java.util.EnumMap<>(Agreement.class);
        for (Agreement agreement : Agreement.values()) {
            counts.put(agreement, 0);
        }
        rows.forEach(row -> counts.merge(row.agreement(), 1, Integer::sum));
        double kappa = ClassAgreement.compute(List.of(first.document(), second.document()), null, session.assignment())
                .pairwiseKappa(0, 1);
        return NLS.bind(Messages.Pair_summary, new Object[] { counts.get(Agreement.AGREE), counts.get(Agreement.PARTLY),
                counts.get(Agreement.ONLY_FIRST), nameOf(first), counts.get(Agreement.ONLY_SECOND), nameOf(second),
                counts.get(Agreement.DIFFERENT_CODE),
                Double.isNaN(kappa) ? "\u2013" : String.format(Locale.ROOT, "%.2f", kappa) });
    }

    /** The colour (and Student vs Key's status it borrows) of each kind of row. */
    public static MatchStatus statusOf(Agreement agreement) {
        return switch (agreement) {
            case AGREE -> MatchStatus.MATCHED;
            case PARTLY -> MatchStatus.PARTIAL;
            case ONLY_FIRST, ONLY_SECOND -> MatchStatus.EXTRA;
            case DIFFERENT_CODE -> MatchStatus.WRONG_CODE;
        };
    }

    private String agreementLabel(PairComparison.Row row) {
        return switch (row.agreement()) {
            case AGREE -> Messages.Pair_agree;
            case PARTLY -> Messages.Pair_partly;
            case ONLY_FIRST -> NLS.bind(Messages.Pair_only, nameOf(first));
            case ONLY_SECOND -> NLS.bind(Messages.Pair_only, nameOf(second));
            case DIFFERENT_CODE -> Messages.Pair_differentCode;
        };
    }

    private static String nameOf(Submission submission) {
        return submission.studentName();
    }

    private Color colour(RGB rgb) {
        return colours.computeIfAbsent(rgb, Color::new);
    }

    public StyledText getFirstText() {
        return firstText;
    }

    public StyledText getSecondText() {
        return secondText;
    }

    public TableViewer getRowViewer() {
        return rowViewer;
    }

    public String getSummary() {
        return summary.getText();
    }

    public Combo getFirstChooser() {
        return firstChooser;
    }

    public Combo getSecondChooser() {
        return secondChooser;
    }

    @Override
    public void setFocus() {
        rowViewer.getTable().setFocus();
    }
}
