package org.framebench.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Layer;
import org.framebench.ui.Messages;
import org.framebench.ui.internal.DropDown;
import org.framebench.ui.internal.Names;
import org.framebench.ui.editor.DocumentEditor;

/**
 * Every annotation of the open document, across all articles: sortable by any column, filtered by
 * article, layer, code and a text search; double-click shows the annotation in its article. The line
 * below counts what is shown per code.
 */
public class AnnotationsView extends DocumentViewPart {

    public static final String ID = "org.framebench.ui.views.annotations";

    private Composite root;
    private TableViewer viewer;
    private DropDown articleFilter;
    private DropDown layerFilter;
    private DropDown codeFilter;
    private Text search;
    private Label counts;
    private final List<Article> articles = new ArrayList<>();
    private final List<Layer> layers = new ArrayList<>();
    private final List<Code> codes = new ArrayList<>();
    private Annotation[] shown = new Annotation[0];
    /** The code id each row of {@link #shown} was counted under (a row's code may change before it is patched). */
    private String[] shownCodeIds = new String[0];
    /** Rows shown per code id, kept up to date row by row. */
    private final Map<String, Integer> perCode = new TreeMap<>();
    /** Beyond this many annotations changed at once, the rows are filtered and sorted afresh. */
    private static final int PATCH_LIMIT = 256;
    private int sortColumn = 0;
    private int sortDirection = SWT.UP;
    private final List<Function<Annotation, String>> columnTexts = new ArrayList<>();

    @Override
    protected void createContents(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(8, false));
        new Label(root, SWT.NONE).setText(Messages.Annotations_article);
        // Each filter as wide as a short name (a drop-down is as wide as its longest item otherwise, and the
        // search box was pushed out of the view beside the full-height Annotation panel at 1280 x 800).
        articleFilter = filterCombo(130);
        new Label(root, SWT.NONE).setText(Messages.Annotations_layer);
        layerFilter = filterCombo(90);
        new Label(root, SWT.NONE).setText(Messages.Annotations_code);
        codeFilter = filterCombo(140);
        new Label(root, SWT.NONE).setText(Messages.Annotations_search);
        search = new Text(root, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.Annotations_searchHint);
        GridData searchData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        searchData.minimumWidth = 100;
        searchData.widthHint = 100;
        search.setLayoutData(searchData);
        search.addModifyListener(e -> refilter());

        // Virtual: only the rows on screen exist, so a document of 10,000 annotations refreshes at once.
        viewer = new TableViewer(root, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setUseHashlookup(true);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 8, 1);
        // Sized by the view, never by its rows: asking a table of 10,000 rows its preferred size measures them,
        // and the view is laid out again after each change (its counts line).
        tableData.widthHint = 0;
        tableData.heightHint = 0;
        viewer.getTable().setLayoutData(tableData);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(new ILazyContentProvider() {
            @Override
            public void updateElement(int index) {
                if (index < shown.length) {
                    viewer.replace(shown[index], index);
                }
            }
        });
        column(Messages.Column_article, 130, a -> Names.outlet(a.getArticle()));
        column(Messages.Column_layer, 90, a -> a.getCode() == null ? "" : Names.layer(a.getCode().getLayer()));
        column(Messages.Column_code, 170, a -> Names.code(a.getCode()));
        column(Messages.Column_text, 280, a -> org.framebench.core.text.TextAnchors.inHeadline(a)
                ? org.eclipse.osgi.util.NLS.bind(Messages.Annotations_inHeadline, Names.shorten(a.getCoveredText()))
                : Names.shorten(a.getCoveredText()));
        column(Messages.Column_attributes, 200, a -> Names.shorten(attributes(a)));
        column(Messages.Column_note, 200, a -> Names.shorten(a.getNote()));
        column(Messages.Column_links, 60, a -> {
            int n = editor() == null ? 0 : AnnotationCommands.linksOf(editor().getDocument(), a).size();
            return n == 0 ? "" : Integer.toString(n);
        });
        viewer.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof Annotation annotation && editor() != null) {
                editor().reveal(annotation);
                getSite().getPage().activate(editor());
            }
        });
        // A click or the arrow keys show the row's annotation (selected in its article, in the Annotation
        // panel) and leave the focus here, so the arrows go on through the list; Del deletes (Ctrl+Z undoes).
        viewer.getTable().addListener(SWT.Selection, e -> showChosen());
        viewer.getTable().addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.DEL || e.keyCode == SWT.BS) && (e.stateMask & SWT.MODIFIER_MASK) == 0) {
                deleteChosen();
                e.doit = false;
            }
        });
        getViewSite().getActionBars().setGlobalActionHandler(org.eclipse.ui.actions.ActionFactory.DELETE.getId(),
                new org.eclipse.jface.action.Action(Messages.Action_delete) {
                    @Override
                    public void run() {
                        deleteChosen();
                    }
                });
        counts = new Label(root, SWT.WRAP);
        counts.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 8, 1));
        getSite().setSelectionProvider(viewer);
    }

    /** Not a native drop-down: one narrower than its chosen name keeps the window repainting (see DropDown). */
    private DropDown filterCombo(int width) {
        DropDown combo = new DropDown(root, null);
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = width;
        combo.setLayoutData(data);
        combo.addListener(SWT.Selection, e -> refilter());
        return combo;
    }

    private void column(String title, int width, Function<Annotation, String> text) {
        int index = columnTexts.size();
        columnTexts.add(text);
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Annotation) element);
            }
        });
        column.getColumn().addListener(SWT.Selection, e -> sortBy(index));
    }

    /** Sorts by column {@code index}; again on the same column reverses the order. */
    public void sortBy(int index) {
        sortDirection = index == sortColumn && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
        sortColumn = index;
        TableColumn column = viewer.getTable().getColumn(index);
        viewer.getTable().setSortColumn(column);
        viewer.getTable().setSortDirection(sortDirection);
        refilter();
    }

    /** The annotations the filters let through, in the chosen order. */
    private Annotation[] sortedMatches() {
        List<Annotation> all = editor().getDocument().getAnnotations();
        if (sortColumn != 0) {
            return all.stream().filter(this::matches).sorted(order()).toArray(Annotation[]::new);
        }
        // The usual order (article, then position) sorts packed primitive keys: a few ms for 10,000 rows.
        Map<Article, Integer> articleOrder = articleOrder();
        Annotation[] candidates = all.toArray(new Annotation[0]);
        long[] keys = new long[candidates.length];
        int n = 0;
        for (int i = 0; i < candidates.length; i++) {
            if (matches(candidates[i])) {
                long article = articleOrder.getOrDefault(candidates[i].getArticle(), 0xFFFF);
                keys[n++] = article << 48 | (long) position(candidates[i]) << 20 | i;
            }
        }
        java.util.Arrays.sort(keys, 0, n);
        Annotation[] result = new Annotation[n];
        for (int k = 0; k < n; k++) {
            result[sortDirection == SWT.UP ? k : n - 1 - k] = candidates[(int) (keys[k] & 0xFFFFF)];
        }
        return result;
    }

    /** Each article's position in the assignment. */
    private Map<Article, Integer> articleOrder() {
        Map<Article, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            order.put(articles.get(i), i);
        }
        return order;
    }

    private Comparator<Annotation> order() {
        Map<Article, Integer> articleOrder = articleOrder();
        Comparator<Annotation> order = sortColumn == 0
                ? Comparator.<Annotation>comparingInt(a -> articleOrder.getOrDefault(a.getArticle(), -1))
                        .thenComparingInt(AnnotationsView::position)
                : Comparator.comparing(columnTexts.get(sortColumn), String.CASE_INSENSITIVE_ORDER);
        return sortDirection == SWT.UP ? order : order.reversed();
    }

    /** Where an annotation sorts within its article: the headline (above the body) first, then the body's. */
    private static int position(Annotation annotation) {
        return org.framebench.core.text.TextAnchors.inHeadline(annotation) ? Math.max(0, Math.min(annotation.getBegin(), 1023))
                : annotation.getBegin() + 1024;
    }

    private static String attributes(Annotation annotation) {
        return annotation.getAttributeValues().stream().map(AttributeValue::getValue).collect(Collectors.joining("; "));
    }

    private boolean matches(Annotation annotation) {
        int article = articleFilter.getSelectionIndex();
        if (article > 0 && annotation.getArticle() != articles.get(article - 1)) {
            return false;
        }
        int layer = layerFilter.getSelectionIndex();
        if (layer > 0 && annotation.getCode().getLayer() != layers.get(layer - 1)) {
            return false;
        }
        int code = codeFilter.getSelectionIndex();
        if (code > 0 && annotation.getCode() != codes.get(code - 1)) {
            return false;
        }
        String wanted = search.getText().trim().toLowerCase();
        if (wanted.isEmpty()) {
            return true;
        }
        return annotation.getCoveredText().toLowerCase().contains(wanted)
                || (annotation.getNote() != null && annotation.getNote().toLowerCase().contains(wanted))
                || attributes(annotation).toLowerCase().contains(wanted)
                || Names.codeLabel(annotation.getCode()).toLowerCase().contains(wanted);
    }

    @Override
    protected boolean isDisposedView() {
        return root == null || root.isDisposed();
    }

    @Override
    protected void editorChanged(DocumentEditor newEditor) {
        articles.clear();
        layers.clear();
        codes.clear();
        articleFilter.removeAll();
        layerFilter.removeAll();
        codeFilter.removeAll();
        articleFilter.add(Messages.Annotations_all);
        layerFilter.add(Messages.Annotations_all);
        codeFilter.add(Messages.Annotations_all);
        if (newEditor != null) {
            AnnotationDocument document = newEditor.getDocument();
            articles.addAll(document.getAssignment().getArticles());
            layers.addAll(document.getAssignment().getCodebook().getLayers());
            codes.addAll(Codebooks.allCodes(document.getAssignment().getCodebook()));
            articles.forEach(a -> articleFilter.add(Names.outlet(a)));
            layers.forEach(l -> layerFilter.add(Names.layer(l)));
            codes.forEach(c -> codeFilter.add(Names.code(c)));
        }
        articleFilter.select(0);
        layerFilter.select(0);
        codeFilter.select(0);
        documentChanged();
    }

    @Override
    protected void documentChanged() {
        refilter();
    }

    /**
     * The annotations EMF notified as added, removed or changed are taken out of the rows and, if still in the
     * document and let through by the filters, put back where the order places them; the counts follow row by row.
     * Nothing else is filtered or sorted again, and only the rows from the first one moved on are asked for again
     * (the table is virtual: only those on screen are drawn).
     */
    @Override
    protected void documentChanged(org.framebench.ui.editor.DocumentChanges.Delta changes) {
        if (changes == null || changes.isStructural() || changes.size() > PATCH_LIMIT || editor() == null) {
            refilter();
            return;
        }
        if (changes.isEmpty()) {
            updateCounts(); // the rows are as they were; the total is read again
            return;
        }
        java.util.Set<Annotation> touched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        touched.addAll(changes.touched());
        Annotation[] rows = new Annotation[shown.length + touched.size()];
        String[] rowCodes = new String[rows.length];
        int n = 0;
        int firstMoved = Integer.MAX_VALUE;
        for (int i = 0; i < shown.length; i++) {
            if (touched.contains(shown[i])) {
                firstMoved = Math.min(firstMoved, i);
                uncount(shownCodeIds[i]);
            } else {
                rows[n] = shown[i];
                rowCodes[n++] = shownCodeIds[i];
            }
        }
        AnnotationDocument document = editor().getDocument();
        Comparator<Annotation> order = rowOrder();
        for (Annotation annotation : touched) {
            if (annotation.eContainer() != document || !matches(annotation)) {
                continue;
            }
            int low = 0;
            int high = n;
            while (low < high) { // the first row that sorts after the annotation
                int middle = (low + high) >>> 1;
                if (order.compare(rows[middle], annotation) <= 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            System.arraycopy(rows, low, rows, low + 1, n - low);
            System.arraycopy(rowCodes, low, rowCodes, low + 1, n - low);
            rows[low] = annotation;
            rowCodes[low] = codeId(annotation);
            count(rowCodes[low]);
            n++;
            firstMoved = Math.min(firstMoved, low);
        }
        shown = java.util.Arrays.copyOf(rows, n);
        shownCodeIds = java.util.Arrays.copyOf(rowCodes, n);
        viewer.setItemCount(n);
        if (firstMoved < n) {
            viewer.getTable().clear(firstMoved, n - 1); // asked for again when drawn
        }
        markSelected(editor().getSelectedAnnotation());
        updateCounts();
    }

    /**
     * The order of the rows as {@link #sortedMatches()} makes it, for placing one annotation among them: by the
     * column sorted on, equal ones in the document's order (reversed with the usual order's direction).
     */
    private Comparator<Annotation> rowOrder() {
        List<Annotation> all = editor().getDocument().getAnnotations();
        Comparator<Annotation> documentOrder = (a, b) -> a == b ? 0 : Integer.compare(all.indexOf(a), all.indexOf(b));
        if (sortColumn == 0) {
            Map<Article, Integer> articleOrder = articleOrder();
            Comparator<Annotation> order = Comparator
                    .<Annotation>comparingInt(a -> articleOrder.getOrDefault(a.getArticle(), 0xFFFF))
                    .thenComparingInt(AnnotationsView::position).thenComparing(documentOrder);
            return sortDirection == SWT.UP ? order : order.reversed();
        }
        Comparator<Annotation> byColumn = Comparator.comparing(columnTexts.get(sortColumn), String.CASE_INSENSITIVE_ORDER);
        return (sortDirection == SWT.UP ? byColumn : byColumn.reversed()).thenComparing(documentOrder);
    }

    private static String codeId(Annotation annotation) {
        return annotation.getCode() == null ? "" : annotation.getCode().getId();
    }

    private void count(String codeId) {
        perCode.merge(codeId, 1, Integer::sum);
    }

    private void uncount(String codeId) {
        perCode.computeIfPresent(codeId, (id, n) -> n == 1 ? null : n - 1);
    }

    @Override
    protected void annotationSelected(Annotation annotation) {
        markSelected(annotation);
    }

    /** The annotations of the rows selected in the list. */
    private List<Annotation> chosen() {
        List<Annotation> result = new ArrayList<>();
        for (int index : viewer.getTable().getSelectionIndices()) {
            if (index >= 0 && index < shown.length) {
                result.add(shown[index]);
            }
        }
        return result;
    }

    /** One row chosen (click, arrow keys): its annotation is shown in its article and the Annotation panel. */
    private void showChosen() {
        List<Annotation> rows = chosen();
        if (rows.size() == 1 && editor() != null && rows.get(0).eContainer() != null
                && rows.get(0) != editor().getSelectedAnnotation()) {
            editor().reveal(rows.get(0));
        }
    }

    /** Deletes the annotations of the rows chosen, with their links, as one change (Ctrl+Z brings them back). */
    public void deleteChosen() {
        List<Annotation> rows = chosen().stream().filter(a -> a.eContainer() != null).toList();
        if (rows.isEmpty() || editor() == null) {
            return;
        }
        editor().execute(AnnotationCommands.delete(editor().getEditingDomain(), editor().getDocument(), rows));
    }

    /** Highlights the editor's selected annotation in the list (none when it is filtered out or not listed yet). */
    private void markSelected(Annotation annotation) {
        for (int i = 0; annotation != null && i < shown.length; i++) {
            if (shown[i] == annotation) {
                if (viewer.getTable().getSelectionIndex() != i || viewer.getTable().getSelectionCount() != 1) {
                    viewer.getTable().setSelection(i);
                    viewer.getTable().showSelection();
                }
                return;
            }
        }
        viewer.getTable().deselectAll();
    }

    /** Filters and sorts the document's annotations into the rows shown. */
    private void refilter() {
        shown = editor() == null ? new Annotation[0] : sortedMatches();
        shownCodeIds = new String[shown.length];
        perCode.clear();
        for (int i = 0; i < shown.length; i++) {
            shownCodeIds[i] = codeId(shown[i]);
            count(shownCodeIds[i]);
        }
        viewer.setInput(shown);
        viewer.setItemCount(shown.length);
        viewer.refresh();
        // A new annotation is selected before the list shows it: mark it now that it is listed.
        markSelected(editor() == null ? null : editor().getSelectedAnnotation());
        updateCounts();
    }

    /** The counts line's width and the height it needed when the view was last laid out for it. */
    private int countsWidth = -1;
    private int countsHeight = -1;

    private void updateCounts() {
        int shownCount = shown.length;
        int total = editor() == null ? 0 : editor().getDocument().getAnnotations().size();
        String byCode = perCode.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("  \u00B7  "));
        String text = NLS.bind(Messages.Annotations_counts, new Object[] { shownCount, total, byCode });
        String before = counts.getText();
        if (text.equals(before)) {
            return;
        }
        counts.setText(text);
        int width = counts.getSize().x;
        if (width == countsWidth && countsHeight >= 0 && digitsOnlyChanged(before, text)) {
            // One more or one less in a count of as many digits: in a font whose digits are all as wide, every
            // word keeps its width, so the line wraps where it did (measuring a wrapped label lays it out in GTK,
            // a few ms for this line).
            return;
        }
        // Laid out again only when the line needs another height than it last did (a code more or less may wrap
        // it): laying the view out measured its labels again on every change.
        int height = width <= 0 ? -1 : counts.computeSize(width, SWT.DEFAULT, true).y;
        if (height < 0 || height != countsHeight || width != countsWidth) {
            countsHeight = height;
            countsWidth = width;
            root.layout(true);
        }
    }

    /** The font {@link #tabularDigits} was found for, and whether its digits are all as wide. */
    private org.eclipse.swt.graphics.Font digitsFont;
    private boolean tabularDigits;

    /** Whether {@code after} is {@code before} with some digits replaced by others, in a font of equal-width digits. */
    private boolean digitsOnlyChanged(String before, String after) {
        if (before.length() != after.length()) {
            return false;
        }
        for (int i = 0; i < before.length(); i++) {
            char b = before.charAt(i);
            char a = after.charAt(i);
            if (a != b && !(a >= '0' && a <= '9' && b >= '0' && b <= '9')) {
                return false;
            }
        }
        org.eclipse.swt.graphics.Font font = counts.getFont();
        if (font != digitsFont) {
            org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(counts);
            try {
                gc.setFont(font);
                // Runs of ten, so that fractions of a pixel show; and pairs, so that a font kerning digits against
                // each other does not pass.
                int run = gc.textExtent("0000000000").x;
                int pair = gc.textExtent("00").x;
                boolean same = true;
                for (char d = '0'; d <= '9' && same; d++) {
                    same = gc.textExtent(String.valueOf(d).repeat(10)).x == run;
                    for (char e = '0'; e <= '9' && same; e++) {
                        same = gc.textExtent(new String(new char[] { d, e })).x == pair;
                    }
                }
                tabularDigits = same;
            } finally {
                gc.dispose();
            }
            digitsFont = font;
        }
        return tabularDigits;
    }

    /** Sets the filters as a user would; index 0 is "All". */
    public void filter(int article, int layer, int code, String text) {
        articleFilter.select(article);
        layerFilter.select(layer);
        codeFilter.select(code);
        search.setText(text);
        refilter();
    }

    public TableViewer getViewer() {
        return viewer;
    }

    public String getCountsText() {
        return counts.getText();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
