package org.framebench.ui.align;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.nlp.diff.Difference;
import org.framebench.nlp.diff.Republication;
import org.framebench.nlp.diff.SyndicationDiff;
import org.framebench.ui.editor.DocumentEditor;

/**
 * Compare with Original: a republication's differences from its original, each with its kind, and the
 * summary line; a cut passage can be annotated as an omission from here.
 */
public class CompareWithOriginalDialog extends Dialog {

    /** Button id of Annotate as Omission. */
    public static final int ANNOTATE_ID = IDialogConstants.CLIENT_ID + 2;

    private final DocumentEditor editor;
    private final Republication republication;
    private final SyndicationDiff diff;
    private TableViewer viewer;
    private Label status;

    public CompareWithOriginalDialog(Shell shell, DocumentEditor editor, Republication republication) {
        super(shell);
        this.editor = editor;
        this.republication = republication;
        this.diff = republication.diff(Syndication.texts(editor.getDocument()));
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    public SyndicationDiff getDiff() {
        return diff;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Compare_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        AnnotationDocument document = editor.getDocument();
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(Messages.Compare_intro, outlet(document, republication.republished()),
                outlet(document, republication.original())));
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
        introData.widthHint = 760;
        intro.setLayoutData(introData);
        Label summary = new Label(area, SWT.WRAP);
        summary.setText(diff.summaryLine());
        summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

        viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 300;
        viewer.getTable().setLayoutData(tableData);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(Messages.Compare_columnKind, 170, d -> d.kind().label());
        column(Messages.Compare_columnOriginal, 280, d -> visible(d.originalText()));
        column(Messages.Compare_columnRepublished, 300, d -> visible(d.republishedText()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(diff.differences());
        viewer.addSelectionChangedListener(e -> updateButtons());

        status = new Label(area, SWT.WRAP);
        GridData statusData = new GridData(SWT.FILL, SWT.TOP, true, false);
        statusData.widthHint = 760;
        status.setLayoutData(statusData);
        status.setText(Messages.Compare_hint);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, ANNOTATE_ID, Messages.Compare_annotate, false);
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Align_close, true);
        updateButtons();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == ANNOTATE_ID) {
            annotateSelected();
            return;
        }
        if (buttonId == IDialogConstants.CLOSE_ID) {
            setReturnCode(CANCEL);
            close();
            return;
        }
        super.buttonPressed(buttonId);
    }

    private void annotateSelected() {
        Difference difference = selected();
        if (difference == null) {
            return;
        }
        AnnotationDocument document = editor.getDocument();
        String note = NLS.bind(Messages.Compare_omissionNote, outlet(document, republication.republished()));
        var command = Syndication.annotate(editor.getEditingDomain(), document, republication, difference, note);
        if (command == null) {
            status.setText(Messages.Compare_noCode);
            return;
        }
        editor.execute(command);
        editor.refreshPanes();
        status.setText(NLS.bind(Messages.Compare_annotated, outlet(document, republication.original())));
        updateButtons();
    }

    private Difference selected() {
        IStructuredSelection selection = viewer == null ? null : viewer.getStructuredSelection();
        return selection == null || selection.isEmpty() ? null : (Difference) selection.getFirstElement();
    }

    private void updateButtons() {
        if (getButton(ANNOTATE_ID) == null) {
            return;
        }
        Difference difference = selected();
        Code code = difference == null ? null : Syndication.codeFor(editor.getDocument(), difference);
        getButton(ANNOTATE_ID).setEnabled(code != null);
        if (difference != null && code == null && status != null) {
            status.setText(Messages.Compare_noCode);
        } else if (status != null && difference != null) {
            status.setText(Messages.Compare_hint);
        }
    }

    private static String outlet(AnnotationDocument document, String id) {
        Article article = AlignmentSuggestions.article(document, id);
        return article == null || article.getOutlet() == null ? id : article.getOutlet();
    }

    /** White space shown so a student sees what changed: line breaks as ¶, a lone space as ·. */
    static String visible(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String shown = text.replace("\r", "").replace("\n", "\u00b6");
        if (shown.isBlank()) {
            shown = shown.replace(' ', '\u00b7');
        }
        return shown.length() <= 140 ? shown : shown.substring(0, 137) + "\u2026";
    }

    private void column(String title, int width, java.util.function.Function<Difference, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Difference) element);
            }
        });
    }

    /** The republications of the document (for the handler and tests). */
    public static List<Republication> republications(DocumentEditor editor) {
        return Syndication.republications(editor.getDocument());
    }
}
