package org.framebench.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Help → How to Annotate: the short guide shipped in this bundle as HTML ({@code how-to-annotate.html}),
 * laid out in plain SWT. Not modal, so it can stay open beside the articles.
 */
public class GuideDialog extends Dialog {

    /** Where the guide lives in the bundle, beside this class. */
    public static final String GUIDE = "how-to-annotate.html";

    private StyledText text;

    public GuideDialog(Shell parent) {
        super(parent);
        setShellStyle(SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        setBlockOnOpen(false);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.Guide_title);
    }

    @Override
    protected Point getInitialSize() {
        return new Point(720, 640);
    }

    /** The guide's HTML as shipped. @throws IOException when the installation lacks it */
    public static String guideHtml() throws IOException {
        try (InputStream in = GuideDialog.class.getResourceAsStream(GUIDE)) {
            if (in == null) {
                throw new IOException(GUIDE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        text = new StyledText(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL | SWT.BORDER);
        text.setMargins(14, 12, 14, 12);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        try {
            SimpleHtml.Layout layout = SimpleHtml.layout(guideHtml());
            text.setText(layout.text());
            List<StyleRange> styles = new ArrayList<>();
            for (SimpleHtml.Run run : layout.runs()) {
                StyleRange style = new StyleRange();
                style.start = run.start();
                style.length = run.length();
                switch (run.style()) {
                    case TITLE -> style.font = JFaceResources.getHeaderFont();
                    case HEADING -> style.font = JFaceResources.getBannerFont();
                    case BOLD -> style.fontStyle = SWT.BOLD;
                    case ITALIC -> style.fontStyle = SWT.ITALIC;
                    case KEY -> {
                        style.font = JFaceResources.getTextFont();
                        style.background = text.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW);
                    }
                }
                styles.add(style);
            }
            // StyledText wants the ranges in order and not overlapping: nested runs (a key in bold) keep the inner one
            styles.sort(java.util.Comparator.comparingInt((StyleRange s) -> s.start));
            List<StyleRange> flat = new ArrayList<>();
            int end = 0;
            for (StyleRange style : styles) {
                if (style.start >= end) {
                    flat.add(style);
                    end = style.start + style.length;
                }
            }
            text.setStyleRanges(flat.toArray(StyleRange[]::new));
        } catch (IOException e) {
            text.setText(NLS.bind(Messages.Guide_missing, e.getMessage()));
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, Messages.Guide_close, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        }
        super.buttonPressed(buttonId);
    }

    /** The guide as shown (for tests). */
    public StyledText textWidget() {
        return text;
    }
}
