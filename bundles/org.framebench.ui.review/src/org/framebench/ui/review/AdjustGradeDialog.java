package org.framebench.ui.review;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.framebench.grading.ClassReport;
import org.framebench.grading.GradingException;
import org.framebench.grading.Submission;
import org.framebench.model.Adjustment;

/**
 * Adjust Grade…: points added to (or, negative, taken from) one student's grade, with the reason. Saved in the
 * class review file at once on OK; 0 points removes the adjustment. The student's file is never changed.
 */
public class AdjustGradeDialog extends Dialog {

    private final ReviewSession session;
    private final Submission submission;
    private Text points;
    private Text reason;
    private Label message;

    public AdjustGradeDialog(Shell parent, ReviewSession session, Submission submission) {
        super(parent);
        this.session = session;
        this.submission = submission;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Adjust_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        ClassReport.GradedSubmission graded = session.gradedOf(submission);
        Label now = new Label(area, SWT.WRAP);
        now.setText(NLS.bind(Messages.Adjust_intro, submission.studentName(), graded == null ? "" : graded.explanation()));
        GridData nowData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        nowData.widthHint = 480;
        now.setLayoutData(nowData);
        new Label(area, SWT.NONE).setText(Messages.Adjust_points);
        points = new Text(area, SWT.BORDER);
        GridData pointsData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        pointsData.widthHint = 80;
        points.setLayoutData(pointsData);
        new Label(area, SWT.NONE).setText(Messages.Adjust_reason);
        reason = new Text(area, SWT.BORDER);
        reason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        reason.setMessage(Messages.Adjust_reasonHint);
        message = new Label(area, SWT.WRAP);
        GridData messageData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        messageData.widthHint = 480;
        message.setLayoutData(messageData);
        Adjustment adjustment = session.adjustmentOf(submission);
        points.setText(adjustment == null ? "0" : trim(adjustment.getPoints()));
        reason.setText(adjustment == null || adjustment.getReason() == null ? "" : adjustment.getReason());
        points.addModifyListener(e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The points typed, or {@code null} (and a message) when they are not a number. */
    private Double read() {
        String text = points.getText().strip().replace(',', '.');
        try {
            double value = text.isEmpty() ? 0 : Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        return null;
    }

    private void validate() {
        Double value = read();
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(value != null);
        }
        message.setText(value == null ? NLS.bind(Messages.Adjust_notANumber, points.getText().strip())
                : value == 0 ? Messages.Adjust_zero : "");
        message.getParent().layout(true);
    }

    @Override
    protected void okPressed() {
        Double value = read();
        if (value == null) {
            validate();
            return;
        }
        try {
            session.setAdjustment(submission, value, reason.getText());
        } catch (GradingException e) {
            message.setText(NLS.bind(Messages.Adjust_saveFailed, e.getMessage()));
            message.getParent().layout(true);
            return;
        }
        ReviewSessions.changed();
        ReviewSessions.status(NLS.bind(value == 0 ? Messages.Adjust_removed : Messages.Adjust_saved,
                submission.studentName(), session.reviewFile().getFileName()));
        super.okPressed();
    }
}
