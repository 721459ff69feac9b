package org.framebench.ui.assignment;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.framebench.core.assignment.AssignmentProblem;
import org.framebench.core.assignment.Assignments;
import org.framebench.core.codebook.Codebooks;
import org.framebench.model.Article;
import org.framebench.model.Assignment;

/**
 * Page 4: what will be handed out, the problems found (errors stop Save; warnings do not), Save As… and
 * Open as a Student.
 */
final class CheckPage extends WizardPage {

    private final AssignmentWizard wizard;
    private Label heading;
    private Table contents;
    private Table problems;
    private Label version;
    private Label status;
    private Button saveAs;
    private Button openAsStudent;

    CheckPage(AssignmentWizard wizard) {
        super("check");
        this.wizard = wizard;
        setTitle(Messages.Check_title);
        setDescription(Messages.Check_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        heading = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(heading);

        contents = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
        contents.setHeaderVisible(true);
        column(contents, "#", 30);
        column(contents, Messages.Articles_columnOutlet, 220);
        column(contents, Messages.Check_columnHeadline, 420);
        column(contents, Messages.Articles_columnWords, 70);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 140).applyTo(contents);

        new Label(body, SWT.NONE).setText(Messages.Check_problems);
        problems = new Table(body, SWT.BORDER | SWT.FULL_SELECTION);
        column(problems, Messages.Check_columnKind, 80);
        column(problems, Messages.Check_columnProblem, 660);
        GridDataFactory.fillDefaults().grab(true, true).hint(400, 100).applyTo(problems);

        version = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).applyTo(version);

        Composite buttons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        saveAs = new Button(buttons, SWT.PUSH);
        saveAs.setText(Messages.Check_saveAs);
        saveAs.addListener(SWT.Selection, e -> saveAs());
        openAsStudent = new Button(buttons, SWT.PUSH);
        openAsStudent.setText(Messages.Check_openAsStudent);
        openAsStudent.setToolTipText(Messages.Check_openAsStudentTip);
        openAsStudent.addListener(SWT.Selection, e -> openAsStudent());
        status = new Label(buttons, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).hint(300, SWT.DEFAULT).applyTo(status);
        setControl(body);
    }

    private static void column(Table table, String title, int width) {
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            refresh();
        }
        super.setVisible(visible);
    }

    /** Reads the assignment again: contents, problems, version, what was saved where. */
    void refresh() {
        if (contents == null) {
            return;
        }
        Assignment assignment = wizard.current();
        heading.setText(NLS.bind(Messages.Check_heading, assignment.getTitle() == null ? "" : assignment.getTitle(),
                NLS.bind(Messages.Codebook_summary, assignment.getCodebook().getLayers().size(),
                        Codebooks.allCodes(assignment.getCodebook()).size())));
        contents.removeAll();
        int n = 1;
        for (Article article : assignment.getArticles()) {
            TableItem item = new TableItem(contents, SWT.NONE);
            item.setText(new String[] { String.valueOf(n++), nonNull(article.getOutlet()), nonNull(article.getHeadline()),
                    String.valueOf(Assignments.wordCount(article.getText())) });
        }
        problems.removeAll();
        List<AssignmentProblem> found = wizard.problems();
        boolean errors = false;
        for (AssignmentProblem problem : found) {
            TableItem item = new TableItem(problems, SWT.NONE);
            item.setText(new String[] { problem.error() ? Messages.Check_error : Messages.Check_warning, problem.message() });
            item.setForeground(0, getShell().getDisplay().getSystemColor(problem.error() ? SWT.COLOR_RED : SWT.COLOR_DARK_YELLOW));
            errors |= problem.error();
        }
        if (found.isEmpty()) {
            new TableItem(problems, SWT.NONE).setText(new String[] { "", Messages.Check_noProblems });
        }
        if (wizard.savesNewVersion()) {
            version.setText(NLS.bind(Messages.Check_newVersion, wizard.handedOutVersion(),
                    String.valueOf(nextOf(wizard.handedOutVersion()))));
        } else {
            version.setText(NLS.bind(Messages.Check_version, assignment.getVersion()));
        }
        saveAs.setEnabled(!errors);
        openAsStudent.setEnabled(!errors);
        status.setText(wizard.savedTo() == null ? ""
                : NLS.bind(wizard.hasUnsavedWork() ? Messages.Check_savedEarlier : Messages.Check_saved, wizard.savedTo()));
        setErrorMessage(errors ? Messages.Check_hasErrors : null);
        setPageComplete(!errors);
        ((Composite) getControl()).layout(true, true);
    }

    private static String nextOf(String version) {
        try {
            return String.valueOf(Integer.parseInt(version.strip()) + 1);
        } catch (RuntimeException e) {
            return version + "+1";
        }
    }

    /** Save As…: asks where, saves (the next version if this one was handed out), says where it went. */
    boolean saveAs() {
        boolean done = wizard.saveInteractively(null);
        refresh();
        return done;
    }

    /** Saves if needed, then closes the wizard; the caller opens a student document for the saved file. */
    void openAsStudent() {
        if (wizard.savedTo() == null || wizard.hasUnsavedWork()) {
            if (!wizard.saveInteractively(wizard.savedTo())) {
                return;
            }
        }
        wizard.requestOpenAsStudent();
        if (getContainer() instanceof AssignmentWizardDialog dialog) {
            dialog.finishNow();
        }
    }

    Table problemsTable() {
        return problems;
    }

    Label statusLabel() {
        return status;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
