package org.framebench.ui.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.nlp.align.Suggestion;

/**
 * The passages of the other articles proposed for one annotation, best first: Enter (Link) accepts the
 * chosen one, Dismiss drops it from the list, Escape (Close) changes nothing.
 */
public class SuggestionDialog extends Dialog {

    /** Button id of Dismiss. */
    public static final int DISMISS_ID = IDialogConstants.CLIENT_ID + 1;

    /** Suggestions dismissed in this session: annotation id, target article and begin. */
    private static final Set<String> DISMISSED = ConcurrentHashMap.newKeySet();

    private final AnnotationDocument document;
    private final Annotation from;
    private final List<Suggestion> suggestions;
    private TableViewer viewer;
    private Suggestion chosen;

    public SuggestionDialog(Shell shell, AnnotationDocument document, Annotation from) {
        super(shell);
        this.document = document;
        this.from = from;
        this.suggestions = new ArrayList<>(AlignmentSuggestions.forAnnotation(document, from).stream()
                .filter(s -> !DISMISSED.contains(key(from, s))).toList());
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The suggestions shown, best first within each article. */
    public List<Suggestion> getSuggestions() {
        return List.copyOf(suggestions);
    }

    /** The suggestion accepted with Link, or null. */
    public Suggestion getChosen() {
        return chosen;
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Align_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(suggestions.isEmpty() ? Messages.Align_none : Messages.Align_intro, shorten(from.getCoveredText())));
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false);
        introData.widthHint = 720;
        intro.setLayoutData(introData);

        viewer = new TableViewer(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true);
        tableData.heightHint = 280;
        viewer.getTable().setLayoutData(tableData);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(Messages.Align_columnArticle, 150, s -> outlet(s.target().article()));
        column(Messages.Align_columnScore, 80, s -> String.format(Locale.ROOT, "%d%%", Math.round(s.score() * 100)));
        column(Messages.Align_columnPassage, 420, s -> shorten(passage(s)));
        column(Messages.Align_columnAlready, 120,
                s -> AlignmentSuggestions.existingTarget(document, from, s) != null ? Messages.Align_linked : "");
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(suggestions);
        viewer.addSelectionChangedListener(e -> updateButtons());
        viewer.addDoubleClickListener(e -> okPressed());
        if (!suggestions.isEmpty()) {
            viewer.setSelection(new StructuredSelection(suggestions.get(0)));
        }
        Label hint = new Label(area, SWT.WRAP);
        hint.setText(Messages.Align_hint);
        GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false);
        hintData.widthHint = 720;
        hint.setLayoutData(hintData);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Align_link, true);
        createButton(parent, DISMISS_ID, Messages.Align_dismiss, false);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.Align_close, false);
        updateButtons();
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == DISMISS_ID) {
            Suggestion selected = selected();
            if (selected != null) {
                DISMISSED.add(key(from, selected));
                int index = suggestions.indexOf(selected);
                suggestions.remove(selected);
                viewer.refresh();
                if (!suggestions.isEmpty()) {
                    viewer.setSelection(new StructuredSelection(suggestions.get(Math.min(index, suggestions.size() - 1))));
                }
                updateButtons();
            }
            return;
        }
        super.buttonPressed(buttonId);
    }

    @Override
    protected void okPressed() {
        chosen = selected();
        if (chosen != null) {
            super.okPressed();
        }
    }

    private Suggestion selected() {
        IStructuredSelection selection = viewer == null ? StructuredSelection.EMPTY : viewer.getStructuredSelection();
        return selection.isEmpty() ? null : (Suggestion) selection.getFirstElement();
    }

    private void updateButtons() {
        boolean any = selected() != null;
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(any);
            getButton(DISMISS_ID).setEnabled(any);
        }
    }

    private String passage(Suggestion suggestion) {
        String text = AlignmentSuggestions.text(document, suggestion.target());
        return suggestion.target().headline() ? NLS.bind(Messages.Align_headlinePassage, text) : text;
    }

    private String outlet(String articleId) {
        Article article = AlignmentSuggestions.article(document, articleId);
        return article == null || article.getOutlet() == null ? articleId : article.getOutlet();
    }

    private static String key(Annotation from, Suggestion suggestion) {
        return from.getId() + "\u0000" + suggestion.target().article() + "\u0000" + suggestion.target().begin()
                + (suggestion.target().headline() ? "\u0000headline" : "");
    }

    private static String shorten(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "\u2026";
    }

    private void column(String title, int width, java.util.function.Function<Suggestion, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Suggestion) element);
            }
        });
    }
}
