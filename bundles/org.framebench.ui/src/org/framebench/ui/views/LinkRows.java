package org.framebench.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.framebench.ui.Messages;

/**
 * The Annotation panel's links: a table whose every row has two lines, what is linked and, under it, the
 * link's note (the reason the student gave in the Link dialog). A long note is cut at the panel's edge; the
 * row's tooltip gives all of it.
 */
final class LinkRows {

    private static final String NOTE = "framebench.linkNote";
    private static final int INDENT = 12;

    private LinkRows() {
    }

    static Table create(Composite parent) {
        Table table = new Table(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.FULL_SELECTION);
        table.addListener(SWT.MeasureItem, e -> {
            Point extent = e.gc.textExtent("Ag");
            e.height = 2 * extent.y + 4;
            TableItem item = (TableItem) e.item;
            e.width = Math.max(e.gc.textExtent(item.getText()).x, INDENT + e.gc.textExtent(noteLine(item)).x) + 4;
        });
        table.addListener(SWT.EraseItem, e -> e.detail &= ~SWT.FOREGROUND);
        table.addListener(SWT.PaintItem, LinkRows::paint);
        table.addListener(SWT.MouseHover, e -> {
            TableItem item = table.getItem(new Point(e.x, e.y));
            String tip = item == null ? null : item.getText() + "\n" + noteLine(item);
            if (tip == null ? table.getToolTipText() != null : !tip.equals(table.getToolTipText())) {
                table.setToolTipText(tip);
            }
        });
        return table;
    }

    /** The height of one row: two lines of the table's font. */
    static int rowHeight(Table table) {
        GC gc = new GC(table);
        try {
            return 2 * gc.textExtent("Ag").y + 4;
        } finally {
            gc.dispose();
        }
    }

    static void add(Table table, String description, String note) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(description);
        item.setData(NOTE, note == null ? "" : note.strip());
    }

    /** The second line of {@code item}: the note, on one line, or that the link has none. */
    static String noteLine(TableItem item) {
        Object note = item.getData(NOTE);
        String text = note == null ? "" : note.toString();
        return text.isEmpty() ? Messages.Details_linkNoNote : text.replaceAll("\\s+", " ");
    }

    private static void paint(Event e) {
        TableItem item = (TableItem) e.item;
        GC gc = e.gc;
        boolean selected = (e.detail & SWT.SELECTED) != 0;
        int lineHeight = gc.textExtent("Ag").y;
        Color foreground = gc.getForeground();
        gc.drawText(item.getText(), e.x + 2, e.y + 2, true);
        if (!selected) {
            gc.setForeground(item.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
        }
        String note = noteLine(item);
        gc.drawText(note, e.x + 2 + INDENT, e.y + 2 + lineHeight, true);
        gc.setForeground(foreground);
    }
}
