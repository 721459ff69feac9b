package org.framebench.ui.help;

import java.util.List;

import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Help → Keyboard Shortcuts (Ctrl+Shift+L, as in Eclipse): every key, what it does, where it lives. */
public class KeyAssistPopup extends PopupDialog {

    private final List<KeyBindings.Row> commands;
    private final List<KeyBindings.Row> codes;
    private Table table;

    public KeyAssistPopup(Shell parent, List<KeyBindings.Row> commands, List<KeyBindings.Row> codes) {
        super(parent, PopupDialog.INFOPOPUPRESIZE_SHELLSTYLE, true, false, false, false, false,
                Messages.Keys_title, Messages.Keys_footer);
        this.commands = commands;
        this.codes = codes;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Keys_title);
        shell.setData(this);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String header : new String[] { Messages.Keys_keyColumn, Messages.Keys_commandColumn,
                Messages.Keys_categoryColumn }) {
            new TableColumn(table, SWT.LEFT).setText(header);
        }
        // Framebench's commands, then the code keys, then the workbench's own (Save, Undo, Copy, ...)
        for (KeyBindings.Row row : commands) {
            if (row.framebench()) {
                add(row.key(), row.command(), row.category());
            }
        }
        for (KeyBindings.Row row : codes) {
            add(row.key(), row.command(), Messages.Keys_codesCategory + " (" + row.category() + ")");
        }
        for (KeyBindings.Row row : commands) {
            if (!row.framebench()) {
                add(row.key(), row.command(), row.category());
            }
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
        }
        return area;
    }

    private void add(String key, String command, String category) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(new String[] { key, command, category });
    }

    @Override
    protected Point getDefaultSize() {
        Point preferred = getShell().computeSize(SWT.DEFAULT, SWT.DEFAULT);
        Rectangle screen = getShell().getDisplay().getClientArea();
        return new Point(Math.min(preferred.x + 20, screen.width - 80), Math.min(620, screen.height - 120));
    }

    @Override
    protected Point getDefaultLocation(Point size) {
        Rectangle bounds = getParentShell() == null ? getShell().getDisplay().getClientArea()
                : getParentShell().getBounds();
        return new Point(bounds.x + (bounds.width - size.x) / 2, bounds.y + (bounds.height - size.y) / 2);
    }

    /** Rows shown, "key | command | category" (for tests). */
    public List<String> rows() {
        List<String> rows = new java.util.ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2));
        }
        return rows;
    }
}
