package org.framebench.ui.views;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Layer;
import org.framebench.ui.Messages;
import org.framebench.ui.internal.Names;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.internal.CodeColours;

/** The codebook of the active document: layers, and their codes with colour, key and definition. */
public class CodebookView extends DocumentViewPart {

    public static final String ID = "org.framebench.ui.views.codebook";

    private TreeViewer viewer;
    private final Map<String, Image> swatches = new HashMap<>();
    /** The colour palette changed in the preferences: the swatches follow. */
    private final org.eclipse.jface.util.IPropertyChangeListener paletteListener = event -> {
        if (org.framebench.ui.internal.Appearance.PALETTE.equals(event.getProperty()) && !isDisposedView()) {
            viewer.refresh();
        }
    };
    @Override
    protected void createContents(Composite parent) {
        // The Key column keeps its width and the code's name takes the rest: the keys stay readable in a
        // narrow view (at 1280 x 800 the view is about 250 pixels wide).
        Composite holder = new Composite(parent, SWT.NONE);
        org.eclipse.jface.layout.TreeColumnLayout columns = new org.eclipse.jface.layout.TreeColumnLayout();
        holder.setLayout(columns);
        viewer = new TreeViewer(holder, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.setContentProvider(new CodebookContentProvider());
        viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);

        TreeViewerColumn codeColumn = new TreeViewerColumn(viewer, SWT.LEFT);
        codeColumn.getColumn().setText(Messages.Codebook_codeColumn);
        codeColumn.getColumn().setWidth(230);
        codeColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Layer layer) {
                    return Names.layer(layer);
                }
                return Names.code((Code) element);
            }

            @Override
            public Image getImage(Object element) {
                return element instanceof Code code ? swatch(org.framebench.ui.internal.Appearance.colourOf(code),
                        org.framebench.ui.internal.Appearance.underlineOf(code)) : null;
            }

            @Override
            public org.eclipse.swt.graphics.Font getFont(Object element) {
                return element instanceof Layer ? JFaceResources.getBannerFont() : null;
            }

            @Override
            public String getToolTipText(Object element) {
                if (element instanceof Code code) {
                    String definition = Names.orEmpty(code.getDefinition());
                    return code.getExample() == null ? definition
                            : definition + "\n\ne.g. \u201C" + code.getExample() + "\u201D";
                }
                return ((Layer) element).getDescription();
            }
        });
        TreeViewerColumn keyColumn = new TreeViewerColumn(viewer, SWT.CENTER);
        keyColumn.getColumn().setText(Messages.Codebook_keyColumn);
        keyColumn.getColumn().setWidth(44);
        keyColumn.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Code code ? Names.key(code) : "";
            }
        });
        columns.setColumnData(codeColumn.getColumn(), new org.eclipse.jface.viewers.ColumnWeightData(100, 120));
        columns.setColumnData(keyColumn.getColumn(), new org.eclipse.jface.viewers.ColumnPixelData(48, false, true));
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);

        // The codebook is also a palette: double-click (or Enter) applies a code to the selected text.
        viewer.addDoubleClickListener(e -> {
            Object element = ((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement();
            if (element instanceof Code code && getSite().getPage().getActiveEditor() instanceof DocumentEditor editor) {
                editor.applyCode(code);
                getSite().getPage().activate(editor);
            }
        });
        getSite().setSelectionProvider(viewer);
        org.framebench.ui.internal.FramebenchUiPlugin.getDefault().getPreferenceStore().addPropertyChangeListener(paletteListener);
    }

    @Override
    protected void editorChanged(DocumentEditor editor) {
        Codebook codebook = editor == null ? null : editor.getDocument().getAssignment().getCodebook();
        if (viewer.getInput() != codebook) {
            viewer.setInput(codebook);
        }
    }

    @Override
    protected boolean isDisposedView() {
        return viewer == null || viewer.getControl().isDisposed();
    }

    /** The tree, for tests and for the palette behaviour. */
    public TreeViewer getViewer() {
        return viewer;
    }

    /** The code's colour; with the colour-blind-safe palette also its layer's underline, drawn across the swatch. */
    private Image swatch(String colour, int underline) {
        return swatches.computeIfAbsent(colour + "/" + underline, key -> {
            String c = colour;
            Display display = viewer.getControl().getDisplay();
            Image image = new Image(display, 14, 14);
            GC gc = new GC(image);
            RGB rgb = CodeColours.parse(c);
            Color fill = new Color(rgb);
            gc.setBackground(fill);
            gc.fillRectangle(0, 0, 14, 14);
            gc.setForeground(display.getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
            gc.drawRectangle(0, 0, 13, 13);
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            if (underline == SWT.UNDERLINE_SINGLE) {
                gc.drawLine(2, 10, 11, 10);
            } else if (underline == SWT.UNDERLINE_DOUBLE) {
                gc.drawLine(2, 8, 11, 8);
                gc.drawLine(2, 11, 11, 11);
            } else if (underline == SWT.UNDERLINE_SQUIGGLE) {
                gc.drawPolyline(new int[] { 2, 11, 4, 9, 6, 11, 8, 9, 10, 11, 12, 9 });
            }
            gc.dispose();
            return image;
        });
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        org.framebench.ui.internal.FramebenchUiPlugin.getDefault().getPreferenceStore().removePropertyChangeListener(paletteListener);
        swatches.values().forEach(Image::dispose);
        super.dispose();
    }

    private static final class CodebookContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return input instanceof Codebook codebook ? codebook.getLayers().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Layer layer ? layer.getCodes().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Code code ? code.getLayer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Layer layer && !layer.getCodes().isEmpty();
        }
    }
}
