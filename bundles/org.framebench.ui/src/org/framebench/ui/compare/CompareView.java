package org.framebench.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.framebench.core.compare.Comparison;
import org.framebench.core.compare.ComparisonCell;
import org.framebench.core.compare.ComparisonCommands;
import org.framebench.core.compare.ComparisonRow;
import org.framebench.core.compare.OutletSummary;
import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.internal.Names;
import org.framebench.ui.views.DocumentViewPart;

/**
 * Compare: the statements of the document (rows) against the outlets (columns). A cell shows what that
 * outlet did with the statement; cells that differ from most outlets are tinted and marked ≠, an outlet that
 * leaves the statement out shows a grey "left out" cell, where K records the omission. A strip above sums up
 * each outlet; below, the student's note on the selected statement.
 */
public class CompareView extends DocumentViewPart {

    public static final String ID = "org.framebench.ui.views.compare";

    static final Color DIFFERENT = new Color(255, 214, 170);
    static final Color OMISSION = new Color(225, 225, 225);
    static final Color OMISSION_RECORDED = new Color(205, 215, 235);

    private SashForm root;
    private Composite summaryStrip;
    private final List<Label> summaries = new ArrayList<>();
    private Label message;
    private TableViewer viewer;
    private Text note;
    private Button keepNote;
    private Comparison comparison;
    private List<Article> articles = List.of();
    /** The article column the student last clicked or moved to (0-based, articles only). */
    private int currentColumn = -1;
    private long lastRefreshNanos;
    private long lastComparisonNanos;
    private long lastTableNanos;
    private long lastRefreshStart;
    /** For the benchmark: start, table filled, summaries set, note shown, laid out ({@link System#nanoTime()}). */
    private final long[] phases = new long[5];

    private final Action showInArticle = new Action(Messages.Compare_showInArticle) {
        @Override
        public void run() {
            revealCurrent();
        }
    };
    private final Action recordOmission = new Action(Messages.Compare_recordOmission) {
        @Override
        public void run() {
            recordOmissionAtCurrent();
        }
    };

    @Override
    protected void createContents(Composite parent) {
        getSite().getPage().addPartListener(shown);
        // The view usually sits below the articles: wide and low. The table takes the height on the left;
        // the note goes under it, the outlets' summary stands on the right.
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        root = sash;
        Composite left = new Composite(sash, SWT.NONE);
        GridLayout leftLayout = new GridLayout(1, false);
        leftLayout.marginWidth = 0;
        leftLayout.marginHeight = 0;
        left.setLayout(leftLayout);
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(1, false));
        sash.setWeights(72, 28);

        message = new Label(left, SWT.WRAP);
        message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        message.setText(Messages.Compare_hint);
        summaryStrip = new Composite(right, SWT.NONE);
        summaryStrip.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        summaryStrip.setLayout(new GridLayout(1, false));

        // Virtual: a refresh fills only the rows on screen, so it stays fast with hundreds of statements.
        viewer = new TableViewer(left, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL
                | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        table.addListener(SWT.MouseDown, this::mouseDown);
        table.addListener(SWT.KeyDown, this::keyDown);
        table.addListener(SWT.DefaultSelection, e -> revealCurrent());
        viewer.addSelectionChangedListener(e -> showNote());

        MenuManager menu = new MenuManager();
        menu.add(showInArticle);
        menu.add(recordOmission);
        menu.addMenuListener(m -> updateActions());
        table.setMenu(menu.createContextMenu(table));

        Composite noteRow = new Composite(left, SWT.NONE);
        GridLayout noteLayout = new GridLayout(3, false);
        noteLayout.marginWidth = 0;
        noteRow.setLayout(noteLayout);
        noteRow.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
        Label noteLabel = new Label(noteRow, SWT.WRAP);
        noteLabel.setText(Messages.Compare_noteLabel);
        GridData labelData = new GridData(SWT.BEGINNING, SWT.CENTER, false, false);
        labelData.widthHint = 190;
        noteLabel.setLayoutData(labelData);
        note = new Text(noteRow, SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL);
        GridData noteData = new GridData(SWT.FILL, SWT.FILL, true, false);
        noteData.heightHint = 40;
        note.setLayoutData(noteData);
        note.setMessage(Messages.Compare_noteHint);
        note.addListener(SWT.FocusOut, e -> keepNote());
        keepNote = new Button(noteRow, SWT.PUSH);
        keepNote.setText(Messages.Compare_noteKeep);
        keepNote.addListener(SWT.Selection, e -> keepNote());
        keepNote.setLayoutData(new GridData(SWT.END, SWT.TOP, false, false));
    }

    @Override
    protected boolean isDisposedView() {
        return viewer == null || viewer.getControl().isDisposed();
    }

    @Override
    protected void editorChanged(DocumentEditor newEditor) {
        for (TableColumn column : viewer.getTable().getColumns()) {
            column.dispose();
        }
        summaries.forEach(Label::dispose);
        summaries.clear();
        articles = newEditor == null ? List.of() : List.copyOf(newEditor.getDocument().getAssignment().getArticles());
        for (int i = 0; i < articles.size(); i++) {
            Label label = new Label(summaryStrip, SWT.WRAP);
            label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            summaries.add(label);
        }
        TableViewerColumn number = new TableViewerColumn(viewer, SWT.RIGHT);
        number.getColumn().setText(Messages.Compare_rowColumn);
        number.getColumn().setWidth(70);
        number.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Integer.toString(((ComparisonRow) element).getNumber());
            }
        });
        for (int i = 0; i < articles.size(); i++) {
            int column = i;
            TableViewerColumn outlet = new TableViewerColumn(viewer, SWT.LEFT);
            outlet.getColumn().setText(Names.outlet(articles.get(i)));
            outlet.getColumn().setWidth(230);
            outlet.setLabelProvider(new CellLabels(column));
        }
        TableViewerColumn noteColumn = new TableViewerColumn(viewer, SWT.LEFT);
        noteColumn.getColumn().setText(Messages.Compare_noteColumn);
        noteColumn.getColumn().setWidth(220);
        noteColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return oneLine(((ComparisonRow) element).getNoteText());
            }
        });
        currentColumn = -1;
        refresh();
        root.layout(true, true);
    }

    @Override
    protected void documentChanged() {
        if (getSite().getPage().isPartVisible(this)) {
            refresh();
        } else {
            stale = true; // behind another tab: refreshed when shown, not on every change meanwhile
        }
    }

    private boolean stale;
    private final IPartListener2 shown = new IPartListener2() {
        @Override
        public void partVisible(IWorkbenchPartReference ref) {
            if (ref.getPart(false) == CompareView.this && stale && !isDisposedView()) {
                stale = false;
                refresh();
            }
        }
    };

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(shown);
        super.dispose();
    }

    /** The view follows an annotation change at once (the goal: under 100 ms with 2,000 annotations). */
    @Override
    protected int refreshDelayMillis() {
        return 0;
    }

    /** Rebuilds the comparison and the table, keeping the selected statement selected. */
    private void refresh() {
        long start = System.nanoTime();
        stale = false;
        Annotation keep = selectedRow() == null ? null : selectedRow().getAnnotations().get(0);
        comparison = editor() == null ? null : Comparison.of(editor().getDocument());
        lastComparisonNanos = System.nanoTime() - start;
        lastRefreshStart = start;
        List<ComparisonRow> rows = comparison == null ? List.of() : comparison.getRows();
        viewer.getTable().setRedraw(false);
        try {
            viewer.setInput(rows);
            ComparisonRow again = keep == null || comparison == null ? null : comparison.rowOf(keep);
            if (again != null) {
                viewer.setSelection(new StructuredSelection(again), true);
            }
        } finally {
            viewer.getTable().setRedraw(true);
        }
        lastTableNanos = System.nanoTime() - start - lastComparisonNanos;
        phases[1] = System.nanoTime();
        boolean summariesChanged = false;
        for (int i = 0; i < summaries.size(); i++) {
            String text = comparison == null ? "" : summary(comparison.getSummaries().get(i));
            Label label = summaries.get(i);
            if (!text.equals(label.getText())) {
                label.setText(text);
                summariesChanged = true;
            }
        }
        String hint = editor() == null ? Messages.Compare_noDocument
                : rows.isEmpty() ? Messages.Compare_empty : Messages.Compare_hint;
        boolean messageChanged = !hint.equals(message.getText());
        if (messageChanged) {
            message.setText(hint);
        }
        phases[2] = System.nanoTime();
        showNote();
        phases[3] = System.nanoTime();
        // Lay out only what changed size: the summary on the right, the message above the table. A changed count
        // seldom changes a summary's number of lines: that is checked once the table shows the change.
        if (summariesChanged && !summaryLayoutPending) {
            summaryLayoutPending = true;
            summaryStrip.getDisplay().asyncExec(this::layOutSummaries);
        }
        if (messageChanged) {
            message.getParent().layout(true);
        }
        phases[4] = System.nanoTime();
        phases[0] = start;
        lastRefreshNanos = System.nanoTime() - start;
    }

    private boolean summaryLayoutPending;

    /** Lays out the summaries if one of them needs more or fewer lines than it has. */
    private void layOutSummaries() {
        summaryLayoutPending = false;
        if (isDisposedView()) {
            return;
        }
        for (Label label : summaries) {
            Point size = label.getSize();
            if (size.x <= 0 || label.computeSize(size.x, SWT.DEFAULT, true).y != size.y) {
                summaryStrip.getParent().layout(true, true);
                return;
            }
        }
    }

    static String summary(OutletSummary summary) {
        String anonymous = Double.isNaN(summary.getAnonymousShare()) ? Messages.Compare_summaryNoSources
                : Math.round(summary.getAnonymousShare() * 100) + "%";
        String verbs = summary.getVerbs().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> NLS.bind(Messages.Compare_summaryVerb, e.getValue(), e.getKey().label()))
                .collect(Collectors.joining(", "));
        return NLS.bind(Messages.Compare_summary, new Object[] { Names.outlet(summary.getArticle()),
                summary.getStatements(), anonymous, verbs.isEmpty() ? Messages.Compare_summaryNoVerbs : verbs,
                summary.getOmissions() });
    }

    /** The text of a cell, one line: ≠ wording · kind · quote · verb (class) · framing codes. */
    static String cellText(ComparisonCell cell) {
        if (cell.isOmission()) {
            return cell.isOmissionRecorded() ? Messages.Compare_omissionRecorded : Messages.Compare_omission;
        }
        List<String> parts = new ArrayList<>();
        String wording = oneLine(cell.getWording());
        // Quoted wording already shows its quotation marks; other wording gets them here.
        boolean quoted = !wording.isEmpty() && "\"\u201C\u2018'".indexOf(wording.charAt(0)) >= 0;
        parts.add(quoted ? wording : "\u201C" + wording + "\u201D");
        if (cell.getSourceKind() != null) {
            parts.add(cell.getSourceKind().label());
        }
        if (cell.getQuoteType() != null) {
            parts.add(cell.getQuoteType().label());
        }
        if (cell.getVerbClass() != null) {
            parts.add(cell.getVerb() == null ? cell.getVerbClass().label()
                    : oneLine(cell.getVerb()) + " (" + cell.getVerbClass().label() + ")");
        }
        if (!cell.getFraming().isEmpty()) {
            parts.add(cell.getFraming().stream().map(c -> c.getId()).collect(Collectors.joining(" ")));
        }
        String text = String.join(" \u00B7 ", parts);
        return cell.isDifferent() ? Messages.Compare_different + " " + text : text;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    private final class CellLabels extends ColumnLabelProvider {
        private final int column;

        CellLabels(int column) {
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            return cellText(((ComparisonRow) element).getCell(column));
        }

        @Override
        public Color getBackground(Object element) {
            ComparisonCell cell = ((ComparisonRow) element).getCell(column);
            if (cell.isOmission()) {
                return cell.isOmissionRecorded() ? OMISSION_RECORDED : OMISSION;
            }
            return cell.isDifferent() ? DIFFERENT : null;
        }

        @Override
        public String getToolTipText(Object element) {
            ComparisonRow row = (ComparisonRow) element;
            ComparisonCell cell = row.getCell(column);
            StringBuilder tip = new StringBuilder(cellText(cell));
            if (cell.isDifferent()) {
                tip.append("\n").append(Messages.Compare_tooltipDiffers);
                if (cell.isSourceKindDifferent()) {
                    tip.append("\n  ").append(NLS.bind(Messages.Compare_tooltipSourceDiffers,
                            row.getMajoritySourceKind() == null ? "\u2013" : row.getMajoritySourceKind().label()));
                }
                if (cell.isVerbClassDifferent()) {
                    tip.append("\n  ").append(NLS.bind(Messages.Compare_tooltipVerbDiffers,
                            row.getMajorityVerbClass() == null ? "\u2013" : row.getMajorityVerbClass().label()));
                }
            }
            return tip.toString();
        }
    }

    private void mouseDown(Event event) {
        Table table = viewer.getTable();
        TableItem item = table.getItem(new Point(event.x, event.y));
        if (item == null) {
            return;
        }
        for (int i = 0; i < table.getColumnCount(); i++) {
            if (item.getBounds(i).contains(event.x, event.y)) {
                int column = i - 1;
                currentColumn = column >= 0 && column < articles.size() ? column : currentColumn;
                int index = table.indexOf(item);
                List<ComparisonRow> rows = comparison == null ? List.of() : comparison.getRows();
                if (index < 0 || index >= rows.size()) {
                    return;
                }
                viewer.setSelection(new StructuredSelection(rows.get(index)));
                if (event.button == 1 && column >= 0 && column < articles.size()) {
                    revealCurrent();
                }
                return;
            }
        }
    }

    private void keyDown(Event event) {
        if (event.keyCode == SWT.ARROW_LEFT || event.keyCode == SWT.ARROW_RIGHT) {
            int step = event.keyCode == SWT.ARROW_LEFT ? -1 : 1;
            currentColumn = Math.max(0, Math.min(articles.size() - 1, currentColumn + step));
            event.doit = false;
            revealCurrent();
        } else if (event.stateMask == 0 && (event.character == 'k' || event.character == 'K')) {
            event.doit = false;
            recordOmissionAtCurrent();
        }
    }

    private ComparisonRow selectedRow() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return null;
        }
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return first instanceof ComparisonRow row ? row : null;
    }

    private ComparisonCell currentCell() {
        ComparisonRow row = selectedRow();
        return row == null || currentColumn < 0 || currentColumn >= articles.size() ? null : row.getCell(currentColumn);
    }

    /** Shows the current cell's annotation selected in its article. */
    private void revealCurrent() {
        ComparisonCell cell = currentCell();
        if (cell != null && cell.getRevealTarget() != null && editor() != null) {
            editor().reveal(cell.getRevealTarget());
        }
    }

    private void updateActions() {
        ComparisonCell cell = currentCell();
        showInArticle.setEnabled(cell != null && cell.getRevealTarget() != null);
        recordOmission.setEnabled(cell != null && cell.isOmission() && !cell.isOmissionRecorded());
    }

    /** Records an omission (F8) for the current cell, with the row's note, as one undoable change. */
    void recordOmissionAtCurrent() {
        ComparisonCell cell = currentCell();
        ComparisonRow row = selectedRow();
        if (cell == null || editor() == null) {
            return;
        }
        if (!cell.isOmission()) {
            message.setText(Messages.Compare_recordOmissionNotPossible);
            return;
        }
        ComparisonCommands.RecordOmission command = ComparisonCommands.recordOmission(editor().getEditingDomain(),
                editor().getDocument(), row, cell.getArticle(), row.getNoteText());
        if (command == null) {
            MessageDialog.openInformation(getSite().getShell(), getPartName(), Messages.Compare_recordOmissionNoCode);
            return;
        }
        editor().execute(command);
        refresh();
        message.setText(NLS.bind(Messages.Compare_recorded, Names.outlet(cell.getArticle())));
    }

    private void showNote() {
        ComparisonRow row = selectedRow();
        if (note == null || note.isDisposed()) {
            return;
        }
        String text = row == null ? "" : row.getNoteText();
        if (!note.getText().equals(text) && !note.isFocusControl()) {
            note.setText(text);
        }
        note.setEnabled(row != null);
        keepNote.setEnabled(row != null);
    }

    /** Keeps the note typed below as the selected statement's note (one undoable change). */
    void keepNote() {
        ComparisonRow row = selectedRow();
        if (row == null || editor() == null || note.getText().equals(row.getNoteText())) {
            return;
        }
        Command command = ComparisonCommands.setNote(editor().getEditingDomain(), editor().getDocument(), row,
                note.getText());
        if (command.canExecute()) {
            editor().execute(command);
            refresh();
        }
    }

    // For tests and the benchmark.

    public TableViewer getViewer() {
        return viewer;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public Text getNoteField() {
        return note;
    }

    public Button getKeepNoteButton() {
        return keepNote;
    }

    public List<Label> getSummaryLabels() {
        return List.copyOf(summaries);
    }

    public Label getMessage() {
        return message;
    }

    /** How long the last refresh took, in nanoseconds. */
    public long getLastRefreshNanos() {
        return lastRefreshNanos;
    }

    /** Of the last refresh, how long filling the table took, in nanoseconds. */
    public long getLastTableNanos() {
        return lastTableNanos;
    }

    /** For the benchmark: when the last refresh started, filled the table, set the summaries, showed the note, was laid out. */
    public long[] getLastRefreshPhases() {
        return phases.clone();
    }

    /** When the last refresh started ({@link System#nanoTime()}). */
    public long getLastRefreshStart() {
        return lastRefreshStart;
    }

    /** Of the last refresh, how long rebuilding the comparison took, in nanoseconds. */
    public long getLastComparisonNanos() {
        return lastComparisonNanos;
    }

    @Override
    public void setFocus() {
        Control control = viewer.getControl();
        control.setFocus();
    }
}
