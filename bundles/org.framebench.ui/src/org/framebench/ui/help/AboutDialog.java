package org.framebench.ui.help;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** Help → About Framebench: the version, the credits, and every bundled library with its licence. */
public class AboutDialog extends Dialog {

    private final List<BundleLicences.Library> libraries;
    private Table table;
    private Image icon;

    public AboutDialog(Shell parent, List<BundleLicences.Library> libraries) {
        super(parent);
        this.libraries = libraries;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.About_title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(900, 640);
    }

    /** The product's version: the defining bundle's (org.framebench.ui), as built. */
    public static String version() {
        IProduct product = Platform.getProduct();
        Bundle bundle = product != null && product.getDefiningBundle() != null ? product.getDefiningBundle()
                : FrameworkUtil.getBundle(AboutDialog.class);
        return bundle.getVersion().toString();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite top = new Composite(area, SWT.NONE);
        top.setLayout(new GridLayout(2, false));
        top.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        var descriptor = ResourceLocator.imageDescriptorFromBundle(AboutDialog.class, "icons/framebench-64.png");
        if (descriptor.isPresent()) {
            icon = descriptor.get().createImage(false);
            if (icon != null) {
                Label picture = new Label(top, SWT.NONE);
                picture.setImage(icon);
                picture.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 1, 2));
            }
        }
        Label name = new Label(top, SWT.NONE);
        name.setText("Framebench");
        name.setFont(JFaceResources.getHeaderFont());
        Label version = new Label(top, SWT.NONE);
        version.setText(NLS.bind(Messages.About_version, version()));
        if (icon == null) {
            ((GridLayout) top.getLayout()).numColumns = 1;
        }

        Label credits = new Label(area, SWT.WRAP);
        GridData creditsData = new GridData(SWT.FILL, SWT.TOP, true, false);
        creditsData.widthHint = 820;
        credits.setLayoutData(creditsData);
        credits.setText(Messages.About_credits);

        Label heading = new Label(area, SWT.NONE);
        heading.setText(Messages.About_libraries);
        table = new Table(area, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String header : new String[] { Messages.About_nameColumn, Messages.About_versionColumn,
                Messages.About_licenceColumn, Messages.About_providerColumn }) {
            new TableColumn(table, SWT.LEFT).setText(header);
        }
        for (BundleLicences.Library library : libraries) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(new String[] { library.name(), library.version(),
                    library.licence() == null ? Messages.About_noLicence : library.licence(), library.provider() });
        }
        for (TableColumn column : table.getColumns()) {
            column.pack();
            column.setWidth(Math.min(column.getWidth(), column == table.getColumn(1) ? 170 : 330));
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.About_close, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        }
        super.buttonPressed(buttonId);
    }

    @Override
    public boolean close() {
        if (icon != null) {
            icon.dispose();
            icon = null;
        }
        return super.close();
    }

    /** Rows shown, "name | version | licence | provider" (for tests). */
    public List<String> rows() {
        List<String> rows = new ArrayList<>();
        for (TableItem item : table.getItems()) {
            rows.add(item.getText(0) + " | " + item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3));
        }
        return rows;
    }
}
