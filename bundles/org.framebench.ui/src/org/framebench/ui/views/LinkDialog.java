package org.framebench.ui.views;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.framebench.model.Annotation;
import org.framebench.model.LinkKind;
import org.framebench.ui.Messages;
import org.framebench.ui.internal.Names;
import org.framebench.ui.internal.CleanInput;

/** Chooses the annotation to link to, the kind of link and an optional note. */
public class LinkDialog extends Dialog {

    private final Annotation from;
    private final List<Annotation> candidates;
    private TableViewer viewer;
    private Combo kindCombo;
    private Text noteField;
    private Text filterField;
    private Annotation target;
    private LinkKind kind = LinkKind.SAME_STATEMENT;
    private String note;

    public LinkDialog(Shell shell, Annotation from, List<Annotation> candidates) {
        super(shell);
        this.from = from;
        this.candidates = candidates;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Link_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(Messages.Link_intro + "\n\u201C" + from.getCoveredText() + "\u201D");
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        introData.widthHint = 560;
        intro.setLayoutData(introData);

        new Label(area, SWT.NONE).setText(Messages.Link_filter);
        filterField = new Text(area, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        filterField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filterField.addModifyListener(e -> viewer.refresh());

        viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableData.heightHint = 260;
        viewer.getTable().setLayoutData(tableData);
        viewer.getTable().setHeaderVisible(true);
        column(Messages.Column_article, 150, a -> Names.outlet(a.getArticle()));
        column(Messages.Column_code, 150, a -> Names.code(a.getCode()));
        column(Messages.Column_text, 300, a -> Names.shorten(a.getCoveredText()));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                String wanted = filterField.getText().trim().toLowerCase();
                Annotation annotation = (Annotation) element;
                return wanted.isEmpty() || annotation.getCoveredText().toLowerCase().contains(wanted)
                        || Names.outlet(annotation.getArticle()).toLowerCase().contains(wanted)
                        || Names.codeLabel(annotation.getCode()).toLowerCase().contains(wanted);
            }
        });
        viewer.setInput(candidates);
        viewer.addSelectionChangedListener(e -> validate());
        viewer.addDoubleClickListener(e -> okPressed());

        new Label(area, SWT.NONE).setText(Messages.Link_kind);
        kindCombo = new Combo(area, SWT.READ_ONLY);
        for (LinkKind option : LinkKind.VALUES) {
            kindCombo.add(LinkLabels.of(option));
        }
        kindCombo.select(kind.getValue());
        new Label(area, SWT.NONE).setText(Messages.Link_note);
        noteField = CleanInput.attach(new Text(area, SWT.BORDER));
        noteField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return area;
    }

    private void column(String title, int width, java.util.function.Function<Annotation, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Annotation) element);
            }
        });
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(Messages.Link_ok);
        validate();
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!viewer.getSelection().isEmpty());
        }
    }

    @Override
    protected void okPressed() {
        Object chosen = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (chosen == null) {
            return;
        }
        target = (Annotation) chosen;
        kind = LinkKind.get(kindCombo.getSelectionIndex());
        note = noteField.getText().trim();
        super.okPressed();
    }

    /** For tests and keyboard users: chooses the target, kind and note as a user would. */
    public void choose(Annotation annotation, LinkKind linkKind, String text) {
        viewer.setSelection(new StructuredSelection(annotation), true);
        kindCombo.select(linkKind.getValue());
        noteField.setText(text);
    }

    public Annotation getTarget() {
        return target;
    }

    public LinkKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }
}
