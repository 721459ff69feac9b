package org.framebench.ui.views;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;
import org.framebench.core.codebook.Codebooks;
import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.ui.Messages;
import org.framebench.ui.internal.Names;
import org.framebench.ui.editor.DocumentEditor;

/** Code × article counts of the open document: sources per outlet at a glance. */
public class CodeCountsView extends DocumentViewPart {

    public static final String ID = "org.framebench.ui.views.counts";

    private TableViewer viewer;
    private List<Article> articles = List.of();
    /** Counts per code and article, and per code in all articles (key: the code, null), made once per change. */
    private final java.util.Map<Code, java.util.Map<Article, Integer>> counts = new java.util.HashMap<>();
    /** Where each annotation was counted (its code and article then), to take it out again when it changes. */
    private final java.util.Map<Annotation, Counted> counted = new java.util.IdentityHashMap<>();

    private record Counted(Code code, Article article) {
    }

    @Override
    protected void createContents(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
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
        articles = newEditor == null ? List.of() : newEditor.getDocument().getAssignment().getArticles();
        recount();
        column(Messages.Column_code, 190, Names::code);
        for (Article article : articles) {
            column(Names.outlet(article), 110, code -> format(count(code, article)));
        }
        column(Messages.Counts_total, 60, code -> format(count(code, null)));
        viewer.setInput(newEditor == null ? List.of() : Codebooks.allCodes(newEditor.getDocument().getAssignment().getCodebook()));
    }

    private void column(String title, int width, java.util.function.Function<Code, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.RIGHT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Code) element);
            }
        });
    }

    /** Annotations with {@code code} in {@code article} (all articles when null). */
    public int count(Code code, Article article) {
        // Not Map.of(): an immutable map throws on the null key that stands for "all articles".
        java.util.Map<Article, Integer> row = counts.get(code);
        return row == null ? 0 : row.getOrDefault(article, 0);
    }

    private void recount() {
        counts.clear();
        counted.clear();
        if (editor() != null) {
            for (Annotation annotation : editor().getDocument().getAnnotations()) {
                add(annotation);
            }
        }
    }

    private void add(Annotation annotation) {
        Counted where = new Counted(annotation.getCode(), annotation.getArticle());
        counted.put(annotation, where);
        java.util.Map<Article, Integer> row = counts.computeIfAbsent(where.code(), c -> new java.util.HashMap<>());
        row.merge(where.article(), 1, Integer::sum);
        row.merge(null, 1, Integer::sum);
    }

    /** Takes {@code annotation} out of the counts it was counted in; @return its code then, or null if not counted. */
    private Code remove(Annotation annotation) {
        Counted where = counted.remove(annotation);
        if (where == null) {
            return null;
        }
        java.util.Map<Article, Integer> row = counts.get(where.code());
        if (row != null) {
            row.computeIfPresent(where.article(), (a, n) -> n == 1 ? null : n - 1);
            row.computeIfPresent(null, (a, n) -> n == 1 ? null : n - 1);
        }
        return where.code();
    }

    private static String format(int count) {
        return count == 0 ? "\u00B7" : Integer.toString(count);
    }

    @Override
    protected void documentChanged() {
        recount();
        viewer.refresh();
    }

    /** Counts adjusted by what EMF notified (each touched annotation out where it was counted, in where it is now). */
    @Override
    protected void documentChanged(org.framebench.ui.editor.DocumentChanges.Delta changes) {
        if (changes == null || changes.isStructural() || editor() == null) {
            documentChanged();
            return;
        }
        java.util.Set<Code> rows = new java.util.LinkedHashSet<>();
        for (Annotation annotation : changes.touched()) {
            Code before = remove(annotation);
            if (before != null) {
                rows.add(before);
            }
            if (annotation.eContainer() == editor().getDocument()) {
                add(annotation);
                rows.add(annotation.getCode());
            }
        }
        for (Code code : rows) {
            viewer.update(code, null); // that code's row only
        }
    }

    public TableViewer getViewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
