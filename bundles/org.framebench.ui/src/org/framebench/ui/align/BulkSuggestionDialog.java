package org.framebench.ui.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.ui.align.AlignmentSuggestions.Pair;

/**
 * Every pair proposed for the document's annotations (the annotation, the passage of another article, that
 * article, the similarity), each with a checkbox; Select All / Select None; Link Selected accepts the ticked
 * ones, Close (Escape) changes nothing.
 */
public class BulkSuggestionDialog extends Dialog {

    private final AnnotationDocument document;
    private final List<Pair> pairs;
    private CheckboxTableViewer viewer;
    private Label count;
    private List<Pair> chosen = List.of();

    public BulkSuggestionDialog(Shell shell, AnnotationDocument document) {
        super(shell);
        this.document = document;
        this.pairs = AlignmentSuggestions.forDocument(document);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The pairs listed, in the order of the annotations. */
    public List<Pair> getPairs() {
        return List.copyOf(pairs);
    }

    /** The pairs ticked when Link Selected was pressed, in the order listed; empty otherwise. */
    public List<Pair> getChosen() {
        return chosen;
    }

    public CheckboxTableViewer getViewer() {
        return viewer;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.AlignAll_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(pairs.isEmpty() ? Messages.AlignAll_none : Messages.AlignAll_intro);
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
        introData.widthHint = 860;
        intro.setLayoutData(introData);

        viewer = CheckboxTableViewer.newCheckList(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 340;
        viewer.getTable().setLayoutData(tableData);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(Messages.AlignAll_columnAnnotation, 280,
                p -> outlet(p.from().getArticle()) + ": " + shorten(p.from().getCoveredText(), 80));
        column(Messages.AlignAll_columnPassage, 380, p -> shorten(passage(p), 140));
        column(Messages.AlignAll_columnArticle, 140, p -> outlet(AlignmentSuggestions.article(document, p.suggestion().target().article())));
        column(Messages.AlignAll_columnScore, 80,
                p -> String.format(Locale.ROOT, "%d%%", Math.round(p.suggestion().score() * 100)));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(pairs);
        viewer.addCheckStateListener(e -> updateButtons());

        Composite row = new Composite(area, SWT.NONE);
        row.setLayout(new GridLayout(3, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Button all = new Button(row, SWT.PUSH);
        all.setText(Messages.AlignAll_selectAll);
        all.addListener(SWT.Selection, e -> {
            viewer.setAllChecked(true);
            updateButtons();
        });
        Button none = new Button(row, SWT.PUSH);
        none.setText(Messages.AlignAll_selectNone);
        none.addListener(SWT.Selection, e -> {
            viewer.setAllChecked(false);
            updateButtons();
        });
        all.setEnabled(!pairs.isEmpty());
        none.setEnabled(!pairs.isEmpty());
        count = new Label(row, SWT.NONE);
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.AlignAll_linkSelected, false);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Align_close, true);
        updateButtons();
    }

    @Override
    protected void okPressed() {
        List<Pair> ticked = checked();
        if (!ticked.isEmpty()) {
            chosen = ticked;
            super.okPressed();
        }
    }

    /** Ticks (or unticks) the pair listed at {@code index}, as a click on its checkbox does. */
    public void setChecked(int index, boolean checked) {
        viewer.setChecked(pairs.get(index), checked);
        updateButtons();
    }

    private List<Pair> checked() {
        if (viewer == null) {
            return List.of();
        }
        List<Pair> ticked = new ArrayList<>();
        for (Pair pair : pairs) {
            if (viewer.getChecked(pair)) {
                ticked.add(pair);
            }
        }
        return ticked;
    }

    private void updateButtons() {
        int ticked = checked().size();
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(ticked > 0);
        }
        if (count != null && !count.isDisposed()) {
            count.setText(NLS.bind(Messages.AlignAll_chosen, ticked, pairs.size()));
            count.getParent().layout();
        }
    }

    private String passage(Pair pair) {
        String text = AlignmentSuggestions.text(document, pair.suggestion().target());
        return pair.suggestion().target().headline() ? NLS.bind(Messages.Align_headlinePassage, text) : text;
    }

    private static String outlet(Article article) {
        return article == null ? "" : article.getOutlet() == null ? article.getId() : article.getOutlet();
    }

    private static String shorten(String text, int max) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "\u2026";
    }

    private void column(String title, int width, Function<Pair, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Pair) element);
            }
        });
    }
}
