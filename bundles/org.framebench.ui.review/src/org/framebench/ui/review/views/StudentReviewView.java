package org.framebench.ui.review.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;
import org.framebench.grading.ClassReport;
import org.framebench.grading.GradingException;
import org.framebench.grading.Submission;
import org.framebench.grading.key.KeyAdjudication;
import org.framebench.grading.scoring.AnnotationMatch;
import org.framebench.grading.scoring.MatchStatus;
import org.framebench.grading.scoring.StudentScore;
import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.model.Feedback;
import org.framebench.ui.review.MatchStyles;
import org.framebench.ui.review.MatchStyles.Marked;
import org.framebench.ui.review.Messages;
import org.framebench.ui.review.ReviewColours;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;

/**
 * One student against the key, article by article: the student's annotations on the left and the key's on
 * the right, coloured by how they matched; the list of that article's matches below, and the instructor's
 * feedback on the selected annotation (saved in the class review file, never in the student's file).
 */
public class StudentReviewView extends ViewPart {

    public static final String ID = "org.framebench.ui.review.views.student";

    private Label studentLabel;
    /** How the selected student's grade is made (every term, feedback points, adjustment). */
    private Label explanation;
    /** The score the rows show, to tell a new scoring (options changed) from new feedback. */
    private StudentScore shownScore;
    private Combo articleChooser;
    private StyledText studentText;
    private StyledText keyText;
    private TableViewer matchViewer;
    /** The comments on the row (or on the whole submission), one a line: pick one to edit or delete. */
    private org.eclipse.swt.widgets.List feedbackShown;
    /** How many lines of {@link #feedbackShown} come before the comments (a note on a missed row). */
    private int firstComment;
    private Text comment;
    private Text points;
    private Button addFeedback;
    private Label feedbackMessage;
    /** Comment on the whole submission rather than on the selected row. */
    private Button wholeSubmission;
    /** The comments shown (on the row, or on the whole submission). */
    private List<Feedback> commentsShown = List.of();
    private Button editComment;
    private Button deleteComment;
    /** The comment being edited in the fields (Save Changes), or null when the fields add a new one. */
    private Feedback editing;
    /** The comment just deleted (Undo Delete puts it back at its place in the review), or null. */
    private Feedback deleted;
    private int deletedIndex;
    private Button acceptButton;
    private Button removeButton;
    /** What the last change to the key did (or why it was not made). */
    private Label keyMessage;
    private IAction acceptAction;
    private IAction removeAction;
    private IAction undoAction;
    private IAction redoAction;

    private final Map<RGB, Color> colours = new HashMap<>();
    private ReviewSession session;
    private Submission student;
    private List<Article> articles = List.of();
    private int articleIndex;
    private AnnotationMatch selected;

    private final Consumer<ReviewSession> sessionListener = this::sessionChanged;
    private final Consumer<Submission> studentListener = this::showStudent;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout topLayout = new GridLayout(3, false);
        topLayout.marginHeight = 0;
        top.setLayout(topLayout);
        studentLabel = new Label(top, SWT.NONE);
        studentLabel.setFont(JFaceResources.getBannerFont());
        studentLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        explanation = new Label(top, SWT.WRAP);
        GridData explanationData = new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1);
        explanationData.widthHint = 400;
        explanation.setLayoutData(explanationData);
        new Label(top, SWT.NONE).setText(Messages.Review_article);
        articleChooser = new Combo(top, SWT.READ_ONLY);
        articleChooser.addListener(SWT.Selection, e -> chooseArticle(articleChooser.getSelectionIndex()));
        Legend legend = new Legend(top);
        legend.addText(Messages.Review_legend);
        for (MatchStatus status : MatchStatus.values()) {
            legend.add(ReviewColours.of(status), statusLabel(status));
        }

        createKeyActions();
        SashForm vertical = new SashForm(parent, SWT.VERTICAL);
        vertical.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        SashForm panes = new SashForm(vertical, SWT.HORIZONTAL);
        studentText = pane(panes, Messages.Review_studentPane);
        keyText = pane(panes, Messages.Review_keyPane);

        SashForm lower = new SashForm(vertical, SWT.HORIZONTAL);
        createMatchTable(lower);
        createFeedbackArea(lower);
        lower.setWeights(60, 40);
        vertical.setWeights(50, 50);
        contextMenu(studentText);
        contextMenu(keyText);
        contextMenu(matchViewer.getTable());

        ReviewSessions.addSessionListener(sessionListener);
        ReviewSessions.addStudentListener(studentListener);
        session = ReviewSessions.current();
        showStudent(ReviewSessions.selectedStudent());
    }

    private StyledText pane(Composite parent, String title) {
        Composite box = new Composite(parent, SWT.BORDER);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        box.setLayout(layout);
        Label label = new Label(box, SWT.NONE);
        label.setText(title);
        label.setFont(JFaceResources.getBannerFont());
        GridData labelData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        labelData.horizontalIndent = 6;
        label.setLayoutData(labelData);
        StyledText text = new StyledText(box, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setMargins(8, 6, 8, 6);
        text.setLineSpacing(3);
        text.setFont(JFaceResources.getTextFont());
        text.addListener(SWT.MouseDown, e -> pickAt(text, text.getOffsetAtPoint(new org.eclipse.swt.graphics.Point(e.x, e.y))));
        return text;
    }

    private void createMatchTable(Composite outer) {
        Composite parent = new Composite(outer, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        parent.setLayout(layout);
        acceptButton = button(parent, acceptAction);
        removeButton = button(parent, removeAction);
        keyMessage = new Label(parent, SWT.WRAP);
        GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        messageData.widthHint = 200;
        keyMessage.setLayoutData(messageData);
        keyMessage.setText(Messages.Adjudicate_hint);
        matchViewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        matchViewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
        matchViewer.getTable().setHeaderVisible(true);
        matchViewer.getTable().setLinesVisible(true);
        matchViewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Review_status, 90, m -> statusLabel(m.status()), m -> colour(ReviewColours.of(m.status())));
        column(Messages.Review_studentCode, 160, m -> AnnotationText.codeOf(m.student()), m -> null);
        column(Messages.Review_keyCode, 160, m -> AnnotationText.codeOf(m.key()), m -> null);
        column(Messages.Review_overlap, 70,
                m -> m.student() != null && m.key() != null ? String.format(Locale.ROOT, "%.0f%%", 100 * m.overlap()) : "",
                m -> null);
        column(Messages.Review_text, 320, m -> AnnotationText.oneLine(m.annotation().getCoveredText()), m -> null);
        column(Messages.Review_feedbackColumn, 70,
                m -> session == null ? "" : Integer.toString(session.feedbackOn(student, m.annotation()).size()),
                m -> null);
        matchViewer.addSelectionChangedListener(e -> {
            Object first = matchViewer.getStructuredSelection().getFirstElement();
            select(first instanceof AnnotationMatch match ? match : null);
        });
    }

    private void column(String title, int width, java.util.function.Function<AnnotationMatch, String> text,
            java.util.function.Function<AnnotationMatch, Color> background) {
        TableViewerColumn column = new TableViewerColumn(matchViewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((AnnotationMatch) element);
            }

            @Override
            public Color getBackground(Object element) {
                return background.apply((AnnotationMatch) element);
            }
        });
    }

    private void createFeedbackArea(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(2, false));
        Label title = new Label(area, SWT.WRAP);
        title.setText(Messages.Review_feedbackTitle);
        GridData titleData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        titleData.widthHint = 200;
        title.setLayoutData(titleData);
        feedbackShown = new org.eclipse.swt.widgets.List(area, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        GridData shownData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        shownData.heightHint = 40;
        feedbackShown.setLayoutData(shownData);
        feedbackShown.addListener(SWT.Selection, e -> updateCommentButtons());
        new Label(area, SWT.NONE).setText(Messages.Review_comment);
        comment = new Text(area, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        GridData commentData = new GridData(SWT.FILL, SWT.FILL, true, false);
        commentData.heightHint = 40;
        comment.setLayoutData(commentData);
        comment.setMessage(Messages.Review_commentHint);
        new Label(area, SWT.NONE).setText(Messages.Review_points);
        // Points and the button on one row, so the whole area fits below the texts at 1280 x 800.
        Composite pointsRow = new Composite(area, SWT.NONE);
        pointsRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout pointsLayout = new GridLayout(2, false);
        pointsLayout.marginWidth = 0;
        pointsLayout.marginHeight = 0;
        pointsRow.setLayout(pointsLayout);
        points = new Text(pointsRow, SWT.SINGLE | SWT.BORDER);
        points.setMessage(Messages.Review_pointsHint);
        points.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        addFeedback = new Button(pointsRow, SWT.PUSH);
        addFeedback.setText(Messages.Review_addFeedback);
        addFeedback.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        addFeedback.addListener(SWT.Selection, e -> addFeedback());
        Composite choices = new Composite(area, SWT.NONE);
        choices.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        GridLayout choicesLayout = new GridLayout(3, false);
        choicesLayout.marginWidth = 0;
        choicesLayout.marginHeight = 0;
        choices.setLayout(choicesLayout);
        wholeSubmission = new Button(choices, SWT.CHECK);
        wholeSubmission.setText(org.framebench.ui.review.feedback.Messages.Comments_whole);
        wholeSubmission.addListener(SWT.Selection, e -> {
            stopEditing();
            feedbackMessage.setText("");
            updateFeedbackArea();
        });
        wholeSubmission.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        editComment = new Button(choices, SWT.PUSH);
        editComment.setText(org.framebench.ui.review.feedback.Messages.Comments_edit);
        editComment.addListener(SWT.Selection, e -> editChosenComment());
        deleteComment = new Button(choices, SWT.PUSH);
        deleteComment.setText(org.framebench.ui.review.feedback.Messages.Comments_delete);
        deleteComment.addListener(SWT.Selection, e -> deleteChosenComment());
        feedbackMessage = new Label(area, SWT.WRAP);
        feedbackMessage.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        updateFeedbackArea();
    }

    @Override
    public void dispose() {
        ReviewSessions.removeSessionListener(sessionListener);
        ReviewSessions.removeStudentListener(studentListener);
        super.dispose();
    }

    private void sessionChanged(ReviewSession newSession) {
        if (newSession != session) {
            session = newSession;
            if (keyMessage != null && !keyMessage.isDisposed()) {
                keyMessage.setText(Messages.Adjudicate_hint);
            }
            showStudent(null);
        } else if (matchViewer != null && !matchViewer.getTable().isDisposed()) {
            StudentScore score = student == null || session == null ? null : session.scoreOf(student);
            if (score != shownScore) {
                // Scored again (Scoring Options…): the rows and marks change too.
                refresh();
                return;
            }
            matchViewer.refresh();
            showExplanation();
            updateFeedbackArea();
        }
    }

    /** Shows {@code submission} against the key (or a hint when there is nothing to show). */
    public void showStudent(Submission submission) {
        if (studentLabel == null || studentLabel.isDisposed()) {
            return;
        }
        student = submission;
        selected = null;
        if (comment != null && !comment.isDisposed()) {
            stopEditing();
            // Another student: comments go on a row again until the instructor ticks the whole submission.
            wholeSubmission.setSelection(false);
        }
        List<Article> newArticles = session == null || session.assignment() == null ? List.of()
                : session.assignment().getArticles();
        if (!newArticles.equals(articles)) {
            articles = newArticles;
            articleChooser.setItems(articles.stream().map(a -> a.getOutlet() + " \u2013 " + a.getTitle())
                    .toArray(String[]::new));
            articleIndex = 0;
        }
        if (!articles.isEmpty()) {
            articleChooser.select(articleIndex);
        }
        refresh();
    }

    /** Shows article {@code index} (in assignment order). */
    public void chooseArticle(int index) {
        if (index < 0 || index >= articles.size()) {
            return;
        }
        articleIndex = index;
        articleChooser.select(index);
        selected = null;
        refresh();
    }

    private void refresh() {
        StudentScore score = student == null || session == null ? null : session.scoreOf(student);
        shownScore = score;
        studentLabel.setText(headline(score));
        showExplanation();
        Article article = articles.isEmpty() ? null : articles.get(articleIndex);
        String text = article == null ? "" : Objects.requireNonNullElse(article.getText(), "");
        if (!text.equals(studentText.getText())) {
            studentText.setText(text);
            keyText.setText(text);
        }
        List<AnnotationMatch> rows = score == null || article == null ? List.of()
                : score.matches().stream().filter(m -> AnnotationText.isOn(m.annotation(), article)).toList();
        matchViewer.setInput(rows);
        paint(rows);
        updateFeedbackArea();
        updateKeyActions();
    }

    private void showExplanation() {
        ClassReport.GradedSubmission graded = student == null || session == null ? null : session.gradedOf(student);
        explanation.setText(graded == null ? "" : NLS.bind(Messages.Review_explanation, graded.explanation()));
        explanation.setToolTipText(explanation.getText());
        studentLabel.getParent().getParent().layout(true, true);
    }

    /** How the selected student's grade is made, as shown under the headline. */
    public String getExplanation() {
        return explanation.getText();
    }

    private String headline(StudentScore score) {
        if (session == null) {
            return Messages.Review_noClass;
        }
        if (student == null) {
            return Messages.Review_pickStudent;
        }
        if (score == null) {
            String why = !session.hasKey() ? Messages.Review_noKey
                    : student.problems().isEmpty() ? student.status(session.key()).label() // the key itself
                            : student.problems().stream().map(p -> p.message()).collect(Collectors.joining(" "));
            return NLS.bind(Messages.Review_notGraded, student.studentName(), why);
        }
        return NLS.bind(Messages.Review_headline, new Object[] { student.studentName(),
                String.format(Locale.ROOT, "%.1f", score.total()), score.count(MatchStatus.MATCHED),
                score.count(MatchStatus.PARTIAL), score.count(MatchStatus.MISSED), score.count(MatchStatus.EXTRA),
                score.count(MatchStatus.WRONG_CODE) });
    }

    private void paint(List<AnnotationMatch> rows) {
        List<Marked> studentMarks = new ArrayList<>();
        List<Marked> keyMarks = new ArrayList<>();
        for (AnnotationMatch row : rows) {
            if (row.student() != null) {
                studentMarks.add(new Marked(row.student(), row.status()));
            }
            // The key pane shows what was found, found with the wrong code, and missed: each key annotation
            // stands in one row.
            if (row.key() != null) {
                keyMarks.add(new Marked(row.key(), row.status()));
            }
        }
        Annotation studentSelected = selected == null ? null : selected.student();
        Annotation keySelected = selected == null ? null : selected.key();
        studentText.setStyleRanges(MatchStyles.compute(studentMarks, this::colour, studentSelected, studentText.getCharCount()));
        keyText.setStyleRanges(MatchStyles.compute(keyMarks, this::colour, keySelected, keyText.getCharCount()));
    }

    private void pickAt(StyledText text, int offset) {
        if (offset < 0) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<AnnotationMatch> rows = (List<AnnotationMatch>) matchViewer.getInput();
        if (rows == null) {
            return;
        }
        AnnotationMatch best = null;
        for (AnnotationMatch row : rows) {
            Annotation side = text == studentText ? row.student() : row.key();
            if (side != null && !org.framebench.core.text.TextAnchors.inHeadline(side) && side.getBegin() <= offset
                    && offset < side.getEnd()
                    && (best == null || length(side) < length(text == studentText ? best.student() : best.key()))) {
                best = row;
            }
        }
        if (best != null) {
            selectMatch(best);
        }
    }

    private static int length(Annotation annotation) {
        return annotation.getEnd() - annotation.getBegin();
    }

    /** Selects a row of the match list, as a click on it does. */
    public void selectMatch(AnnotationMatch match) {
        matchViewer.setSelection(match == null ? StructuredSelection.EMPTY : new StructuredSelection(match), true);
    }

    private void select(AnnotationMatch match) {
        selected = match;
        @SuppressWarnings("unchecked")
        List<AnnotationMatch> rows = (List<AnnotationMatch>) matchViewer.getInput();
        paint(rows == null ? List.of() : rows);
        if (match != null) {
            reveal(studentText, match.student());
            reveal(keyText, match.key());
        }
        feedbackMessage.setText("");
        stopEditing();
        updateFeedbackArea();
        updateKeyActions();
    }

    private static void reveal(StyledText text, Annotation annotation) {
        if (annotation != null && !org.framebench.core.text.TextAnchors.inHeadline(annotation)
                && annotation.getBegin() <= text.getCharCount()) {
            text.setTopIndex(Math.max(0, text.getLineAtOffset(annotation.getBegin()) - 2));
        }
    }

    private void updateFeedbackArea() {
        if (feedbackShown == null || feedbackShown.isDisposed()) {
            return;
        }
        boolean whole = wholeSubmission.getSelection();
        // The student's annotation, or for a key annotation the student missed, the key's: a comment on it
        // is returned to the student with the passage shown as missed.
        Annotation annotation = selected == null || whole ? null : selected.annotation();
        boolean canComment = session != null && student != null && student.isReadable() && (whole || annotation != null);
        wholeSubmission.setEnabled(session != null && student != null && student.isReadable());
        comment.setEnabled(canComment);
        points.setEnabled(canComment);
        addFeedback.setEnabled(canComment);
        addFeedback.setText(editing == null ? Messages.Review_addFeedback : org.framebench.ui.review.feedback.Messages.Comments_save);
        addFeedback.getParent().layout(true);
        List<String> lines = new ArrayList<>();
        if (!canComment) {
            commentsShown = List.of();
            lines.add(Messages.Review_feedbackPick);
        } else {
            commentsShown = whole ? session.wholeFeedbackFor(student) : session.feedbackOn(student, annotation);
            if (!whole && selected.student() == null) {
                lines.add(org.framebench.ui.review.feedback.Messages.Comments_onMissed);
            }
            if (commentsShown.isEmpty()) {
                lines.add(Messages.Review_feedbackNone);
            }
        }
        firstComment = lines.size();
        commentsShown.stream().map(StudentReviewView::describe).forEach(lines::add);
        feedbackShown.setItems(lines.toArray(String[]::new));
        if (!commentsShown.isEmpty()) {
            feedbackShown.select(firstComment + (editing != null && commentsShown.contains(editing) ? commentsShown.indexOf(editing) : 0));
        }
        updateCommentButtons();
    }

    private void updateCommentButtons() {
        boolean chosen = chosenComment() != null;
        editComment.setEnabled(chosen);
        deleteComment.setEnabled(chosen || deleted != null);
        deleteComment.setText(deleted != null ? org.framebench.ui.review.feedback.Messages.Comments_undoDelete
                : org.framebench.ui.review.feedback.Messages.Comments_delete);
        deleteComment.getParent().layout(true);
    }

    private Feedback chosenComment() {
        int index = feedbackShown.getSelectionIndex() - firstComment;
        return feedbackShown.getSelectionIndex() >= 0 && index >= 0 && index < commentsShown.size() ? commentsShown.get(index) : null;
    }

    /** Puts the chosen comment into the fields; Add Feedback becomes Save Changes. */
    private void editChosenComment() {
        Feedback feedback = chosenComment();
        if (feedback == null) {
            return;
        }
        deleted = null;
        editing = feedback;
        comment.setText(feedback.getText() == null ? "" : feedback.getText());
        points.setText(feedback.getScore() == null ? "" : trim(feedback.getScore()));
        feedbackMessage.setText("");
        updateFeedbackArea();
        comment.setFocus();
    }

    private void stopEditing() {
        deleted = null;
        if (editing != null) {
            editing = null;
            comment.setText("");
            points.setText("");
        }
    }

    /**
     * Deletes the chosen comment from the class review at once; the button then offers Undo Delete, which
     * puts it back where it was, until the instructor does something else.
     */
    private void deleteChosenComment() {
        if (session == null) {
            return;
        }
        if (deleted != null) {
            try {
                session.restoreFeedback(deleted, deletedIndex);
            } catch (GradingException e) {
                feedbackMessage.setText(e.getMessage());
                return;
            }
            deleted = null;
            feedbackMessage.setText(NLS.bind(org.framebench.ui.review.feedback.Messages.Comments_restored,
                    session.reviewFile().getFileName()));
            ReviewSessions.changed();
            return;
        }
        Feedback feedback = chosenComment();
        if (feedback == null) {
            return;
        }
        int index;
        try {
            index = session.removeFeedback(feedback);
        } catch (GradingException e) {
            feedbackMessage.setText(e.getMessage());
            return;
        }
        if (editing == feedback) {
            stopEditing();
        }
        deleted = feedback;
        deletedIndex = index;
        feedbackMessage.setText(NLS.bind(org.framebench.ui.review.feedback.Messages.Comments_deleted, session.reviewFile().getFileName()));
        ReviewSessions.changed();
    }

    private static String describe(Feedback feedback) {
        String author = feedback.getAuthor() == null ? "" : feedback.getAuthor() + ": ";
        String score = feedback.getScore() == null ? ""
                : " " + NLS.bind(Messages.Review_feedbackPoints, String.format(Locale.ROOT, "%s", trim(feedback.getScore())));
        return "\u2022 " + author + feedback.getText() + score;
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private void addFeedback() {
        boolean whole = wholeSubmission.getSelection();
        Annotation annotation = selected == null || whole ? null : selected.annotation();
        if (session == null || student == null || !whole && annotation == null) {
            return;
        }
        Double value = null;
        String pointsText = points.getText().strip().replace(',', '.');
        if (!pointsText.isEmpty()) {
            try {
                value = Double.valueOf(pointsText);
            } catch (NumberFormatException e) {
                feedbackMessage.setText(NLS.bind(Messages.Review_pointsNotANumber, points.getText().strip()));
                return;
            }
        }
        boolean changing = editing != null;
        deleted = null;
        try {
            if (changing) {
                session.changeFeedback(editing, comment.getText(), value);
            } else if (whole) {
                session.addWholeFeedback(student, comment.getText(), value);
            } else {
                session.addFeedback(student, annotation, comment.getText(), value);
            }
        } catch (GradingException e) {
            // What was typed stays in the fields, so nothing is lost.
            feedbackMessage.setText(e.getMessage());
            return;
        }
        editing = null;
        comment.setText("");
        points.setText("");
        feedbackMessage.setText(NLS.bind(changing ? org.framebench.ui.review.feedback.Messages.Comments_changed
                : Messages.Review_feedbackSaved, session.reviewFile().getFileName()));
        ReviewSessions.changed();
    }

    private void createKeyActions() {
        acceptAction = new Action(Messages.Adjudicate_accept) {
            @Override
            public void run() {
                acceptIntoKey();
            }
        };
        acceptAction.setToolTipText(Messages.Adjudicate_acceptTip);
        removeAction = new Action(Messages.Adjudicate_remove) {
            @Override
            public void run() {
                removeFromKey();
            }
        };
        removeAction.setToolTipText(Messages.Adjudicate_removeTip);
        undoAction = new Action(Messages.Adjudicate_undo) {
            @Override
            public void run() {
                undoKeyChange(true);
            }
        };
        redoAction = new Action(Messages.Adjudicate_redo) {
            @Override
            public void run() {
                undoKeyChange(false);
            }
        };
        // Edit → Undo / Redo, Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) while this view has the focus.
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
        getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
    }

    private Button button(Composite parent, IAction action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(action.getText());
        button.setToolTipText(action.getToolTipText());
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void contextMenu(Control control) {
        MenuManager menu = new MenuManager();
        menu.add(acceptAction);
        menu.add(removeAction);
        menu.add(new org.eclipse.jface.action.Separator());
        menu.add(undoAction);
        menu.add(redoAction);
        menu.addMenuListener(m -> updateKeyActions());
        control.setMenu(menu.createContextMenu(control));
    }

    private void updateKeyActions() {
        if (acceptAction == null || acceptButton == null || acceptButton.isDisposed()) {
            return;
        }
        boolean hasKey = session != null && session.hasKey();
        acceptAction.setEnabled(hasKey && KeyAdjudication.canAccept(selected));
        removeAction.setEnabled(hasKey && KeyAdjudication.canRemove(selected));
        acceptButton.setEnabled(acceptAction.isEnabled());
        removeButton.setEnabled(removeAction.isEnabled());
        KeyAdjudication edits = hasKey ? session.keyEdits() : null;
        undoAction.setEnabled(edits != null && edits.canUndo());
        undoAction.setText(edits != null && edits.canUndo() ? NLS.bind(Messages.Adjudicate_undoNamed, edits.undoLabel())
                : Messages.Adjudicate_undo);
        redoAction.setEnabled(edits != null && edits.canRedo());
        redoAction.setText(edits != null && edits.canRedo() ? NLS.bind(Messages.Adjudicate_redoNamed, edits.redoLabel())
                : Messages.Adjudicate_redo);
        getViewSite().getActionBars().updateActionBars();
    }

    /** Accept into Key on the selected row: the student's annotation becomes one of the key's. */
    public void acceptIntoKey() {
        AnnotationMatch row = selected;
        if (session == null || !KeyAdjudication.canAccept(row)) {
            return;
        }
        Annotation studentAnnotation = row.student();
        try {
            session.acceptIntoKey(studentAnnotation);
        } catch (GradingException e) {
            refused(e, false);
            return;
        }
        keyChanged(NLS.bind(Messages.Adjudicate_accepted, session.key().file().getFileName()), studentAnnotation, null);
    }

    /** Remove from Key on the selected row. */
    public void removeFromKey() {
        AnnotationMatch row = selected;
        if (session == null || !KeyAdjudication.canRemove(row)) {
            return;
        }
        Annotation studentAnnotation = row.student();
        try {
            session.removeFromKey(row.key());
        } catch (GradingException e) {
            refused(e, false);
            return;
        }
        keyChanged(NLS.bind(Messages.Adjudicate_removed, session.key().file().getFileName()), studentAnnotation, null);
    }

    private void undoKeyChange(boolean undo) {
        KeyAdjudication edits = session == null ? null : session.keyEdits();
        if (edits == null || (undo ? !edits.canUndo() : !edits.canRedo())) {
            return;
        }
        String label = undo ? edits.undoLabel() : edits.redoLabel();
        Annotation studentAnnotation = selected == null ? null : selected.student();
        Annotation keyAnnotation = selected == null ? null : selected.key();
        try {
            if (undo) {
                session.undoKeyChange();
            } else {
                session.redoKeyChange();
            }
        } catch (GradingException e) {
            refused(e, true);
            return;
        }
        keyChanged(NLS.bind(undo ? Messages.Adjudicate_undone : Messages.Adjudicate_redone, label,
                session.key().file().getFileName()), studentAnnotation, keyAnnotation);
    }

    /** The class was graded again: every view follows, and the row the instructor worked on stays selected. */
    private void keyChanged(String message, Annotation studentAnnotation, Annotation keyAnnotation) {
        ReviewSessions.changed();
        keyMessage.setText(message);
        keyMessage.getParent().layout(true);
        @SuppressWarnings("unchecked")
        List<AnnotationMatch> rows = (List<AnnotationMatch>) matchViewer.getInput();
        AnnotationMatch same = rows == null ? null : rows.stream().filter(r -> studentAnnotation != null
                ? r.student() == studentAnnotation : keyAnnotation != null && r.key() == keyAnnotation).findFirst().orElse(null);
        selectMatch(same);
        if (same == null) {
            select(null); // the row worked on is gone (a missed key annotation removed): nothing stays selected
        }
        updateKeyActions();
    }

    private void refused(GradingException e, boolean undoing) {
        keyMessage.setText("");
        if (e instanceof KeyAdjudication.KeyNotSavedException) {
            MessageDialog.openError(getSite().getShell(), Messages.Adjudicate_notSavedTitle,
                    NLS.bind(undoing ? Messages.Adjudicate_undoNotSaved : Messages.Adjudicate_notSaved, e.getMessage()));
        } else {
            MessageDialog.openError(getSite().getShell(), Messages.Adjudicate_refusedTitle, e.getMessage());
        }
        updateKeyActions();
    }

    /** What the last change to the key did, as shown beside the buttons. */
    public String getKeyMessage() {
        return keyMessage.getText();
    }

    public Button getAcceptButton() {
        return acceptButton;
    }

    public Button getRemoveButton() {
        return removeButton;
    }

    static String statusLabel(MatchStatus status) {
        return switch (status) {
            case MATCHED -> Messages.Status_matched;
            case PARTIAL -> Messages.Status_partial;
            case MISSED -> Messages.Status_missed;
            case EXTRA -> Messages.Status_extra;
            case WRONG_CODE -> Messages.Status_wrongCode;
        };
    }

    private Color colour(RGB rgb) {
        return colours.computeIfAbsent(rgb, Color::new);
    }

    public StyledText getStudentText() {
        return studentText;
    }

    public StyledText getKeyText() {
        return keyText;
    }

    public TableViewer getMatchViewer() {
        return matchViewer;
    }

    public Text getComment() {
        return comment;
    }

    public Text getPoints() {
        return points;
    }

    public Button getAddFeedbackButton() {
        return addFeedback;
    }

    /** What the comment list shows, one line a comment (or the hint). */
    public String getFeedbackShown() {
        return String.join("\n", feedbackShown.getItems());
    }

    public Button getWholeSubmissionButton() {
        return wholeSubmission;
    }

    /** The list of comments shown, where one is chosen for Edit and Delete. */
    public org.eclipse.swt.widgets.List getCommentChooser() {
        return feedbackShown;
    }

    public Button getEditCommentButton() {
        return editComment;
    }

    public Button getDeleteCommentButton() {
        return deleteComment;
    }

    public String getFeedbackMessage() {
        return feedbackMessage.getText();
    }

    public String getHeadline() {
        return studentLabel.getText();
    }

    @Override
    public void setFocus() {
        matchViewer.getTable().setFocus();
    }
}
