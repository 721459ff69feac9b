package org.framebench.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.framebench.core.compare.CodeMeanings;
import org.framebench.model.Article;
import org.framebench.model.Assignment;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Layer;
import org.framebench.model.Reference;
import org.framebench.ui.internal.Names;

/**
 * Help → Codebook: every code of the codebook the document uses, with its definition, example, key,
 * attributes and references, and a search box over all of them. Not modal: it can stay open beside the
 * articles while the student works.
 */
public class CodebookHelpDialog extends Dialog {

    private final Codebook codebook;
    private final Assignment assignment;
    private Text filter;
    private TableViewer codes;
    private StyledText details;
    private Label noMatch;

    /** @param assignment the document's assignment (for the examples' outlets), or null */
    public CodebookHelpDialog(Shell parent, Codebook codebook, Assignment assignment) {
        super(parent);
        this.codebook = codebook;
        this.assignment = assignment;
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Codebook_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        return new org.eclipse.swt.graphics.Point(960, 620);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label from = new Label(area, SWT.WRAP);
        from.setText(NLS.bind(Messages.Codebook_from, codebook.getName() == null ? "" : codebook.getName()));
        Label label = new Label(area, SWT.NONE);
        label.setText(Messages.Codebook_filter);
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        filter.setMessage(Messages.Codebook_filterHint);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        noMatch = new Label(area, SWT.WRAP);
        noMatch.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        SashForm sash = new SashForm(area, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        codes = new TableViewer(sash, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        codes.getTable().setHeaderVisible(true);
        codes.setContentProvider(ArrayContentProvider.getInstance());
        TableViewerColumn key = new TableViewerColumn(codes, SWT.CENTER);
        key.getColumn().setText(Messages.Codebook_keyColumn);
        key.getColumn().setWidth(50);
        key.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> Names.key((Code) element)));
        TableViewerColumn name = new TableViewerColumn(codes, SWT.LEFT);
        name.getColumn().setText(Messages.Codebook_codeColumn);
        name.getColumn().setWidth(260);
        name.setLabelProvider(ColumnLabelProvider.createTextProvider(element -> Names.code((Code) element)));
        details = new StyledText(sash, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        details.setMargins(8, 8, 8, 8);
        sash.setWeights(34, 66);

        codes.addSelectionChangedListener(event -> showDetails(
                (Code) ((IStructuredSelection) event.getSelection()).getFirstElement()));
        filter.addModifyListener(event -> applyFilter());
        applyFilter();
        filter.setFocus();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Codebook_close, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        }
        super.buttonPressed(buttonId);
    }

    private void applyFilter() {
        String query = filter.getText().strip();
        List<Code> shown = matching(codebook, query);
        codes.setInput(shown);
        noMatch.setText(shown.isEmpty() ? NLS.bind(Messages.Codebook_noMatch, query) : "");
        ((GridData) noMatch.getLayoutData()).exclude = shown.isEmpty() ? false : true;
        noMatch.setVisible(shown.isEmpty());
        noMatch.getParent().layout(true);
        if (shown.isEmpty()) {
            showDetails(null);
        } else {
            codes.setSelection(new StructuredSelection(shown.get(0)), true);
        }
    }

    /** The codes, in codebook order, whose id, label, key, definition, example, attributes or references hold every word of {@code query}. */
    public static List<Code> matching(Codebook codebook, String query) {
        String[] words = query.toLowerCase(Locale.ROOT).split("\\s+");
        List<Code> found = new ArrayList<>();
        for (Layer layer : codebook.getLayers()) {
            for (Code code : layer.getCodes()) {
                String haystack = searchable(codebook, code);
                boolean all = true;
                for (String word : words) {
                    if (!word.isEmpty() && !haystack.contains(word)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    found.add(code);
                }
            }
        }
        return found;
    }

    private static String searchable(Codebook codebook, Code code) {
        StringBuilder text = new StringBuilder();
        text.append(code.getId()).append(' ').append(Names.orEmpty(code.getLabel())).append(' ')
                .append(Names.orEmpty(code.getDefinition())).append(' ').append(Names.orEmpty(code.getExample()))
                .append(' ').append(Names.layer(code.getLayer()));
        if (code.getShortcutKey() != null) {
            text.append(" key:").append(code.getShortcutKey()).append(' ');
        }
        for (AttributeDefinition attribute : code.getAttributes()) {
            text.append(' ').append(Names.orEmpty(attribute.getLabel()));
        }
        for (String key : code.getReferences()) {
            text.append(' ').append(citation(codebook, key));
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static String citation(Codebook codebook, String key) {
        for (Reference reference : codebook.getReferences()) {
            if (key.equals(reference.getKey())) {
                return reference.getCitation() == null ? key : reference.getCitation();
            }
        }
        return key;
    }

    private void showDetails(Code code) {
        List<StyleRange> styles = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (code == null) {
            text.append(Messages.Codebook_chooseCode);
        } else {
            heading(text, styles, Names.code(code), true);
            text.append(NLS.bind(Messages.Codebook_layer, Names.layer(code.getLayer()))).append('\n');
            text.append(code.getShortcutKey() == null || code.getShortcutKey().isBlank() ? Messages.Codebook_noKey
                    : NLS.bind(Messages.Codebook_key, Names.key(code))).append("\n\n");
            heading(text, styles, Messages.Codebook_definition, false);
            text.append(Names.orEmpty(code.getDefinition())).append("\n\n");
            if (code.getExample() != null && !code.getExample().isBlank()) {
                heading(text, styles, Messages.Codebook_example, false);
                text.append('\u201C').append(code.getExample()).append('\u201D');
                String outlet = outletOf(code.getExampleSource());
                if (outlet != null) {
                    text.append(' ').append(NLS.bind(Messages.Codebook_exampleFrom, outlet));
                }
                text.append("\n\n");
            }
            if (!code.getAttributes().isEmpty()) {
                heading(text, styles, Messages.Codebook_attributes, false);
                StringBuilder given = new StringBuilder();
                for (AttributeDefinition attribute : code.getAttributes()) {
                    if (CodeMeanings.isImplied(code, attribute.getId())) {
                        // Not asked: the code gives the value (listed last), or links say it (left out).
                        String value = CodeMeanings.impliedValue(code, attribute.getId());
                        if (value != null) {
                            given.append("\u2022 ").append(NLS.bind(Messages.Codebook_implied,
                                    Names.orEmpty(attribute.getLabel()), value)).append('\n');
                        }
                        continue;
                    }
                    text.append("\u2022 ").append(Names.orEmpty(attribute.getLabel()));
                    if (!attribute.getAllowedValues().isEmpty()) {
                        text.append(": ").append(String.join(", ", attribute.getAllowedValues()));
                    }
                    if (attribute.getDescription() != null && !attribute.getDescription().isBlank()) {
                        text.append(" \u2014 ").append(attribute.getDescription());
                    }
                    text.append('\n');
                }
                text.append(given).append('\n');
            }
            if (!code.getReferences().isEmpty()) {
                heading(text, styles, Messages.Codebook_references, false);
                for (String key : code.getReferences()) {
                    text.append("\u2022 ").append(citation(codebook, key)).append('\n');
                }
            }
        }
        details.setText(text.toString());
        details.setStyleRanges(styles.toArray(StyleRange[]::new));
    }

    private static void heading(StringBuilder text, List<StyleRange> styles, String heading, boolean big) {
        StyleRange style = new StyleRange();
        style.start = text.length();
        style.length = heading.length();
        style.fontStyle = SWT.BOLD;
        if (big) {
            style.font = JFaceResources.getHeaderFont();
        }
        styles.add(style);
        text.append(heading).append('\n');
    }

    private String outletOf(String sourceFile) {
        if (assignment == null || sourceFile == null) {
            return null;
        }
        for (Article article : assignment.getArticles()) {
            if (sourceFile.equals(article.getSourceFile())) {
                return Names.outlet(article);
            }
        }
        return null;
    }

    /** The search box (for tests). */
    public Text filterBox() {
        return filter;
    }

    /** The codes listed now, as shown ("S1  Named person"). */
    public List<String> listed() {
        List<String> rows = new ArrayList<>();
        for (var item : codes.getTable().getItems()) {
            rows.add(item.getText(1));
        }
        return rows;
    }

    /** The text of the details pane. */
    public String detailsText() {
        return details.getText();
    }
}
