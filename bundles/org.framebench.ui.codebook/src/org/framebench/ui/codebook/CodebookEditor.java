package org.framebench.ui.codebook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.framebench.codebook.xlsx.CodebookFormatException;
import org.framebench.codebook.xlsx.CodebookWorkbook;
import org.framebench.core.codebook.CodebookRules;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.FramebenchPackage;
import org.framebench.model.Layer;

/**
 * Edits a codebook in place: a tree of layers and codes on the left, a form for the selected element on the
 * right. Every change goes through one EMF editing domain, so undo and redo (Ctrl+Z, Ctrl+Y) cover all of them.
 * Text fields are committed when they lose focus or on Enter.
 */
public class CodebookEditor {

    private static final FramebenchPackage P = FramebenchPackage.eINSTANCE;
    static final String PAGE = "#FFFFFF";

    private final Codebook codebook;
    private final EditingDomain domain;
    private final Composite root;
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final TreeViewer tree;
    private final ScrolledComposite scroller;
    private final Composite form;
    private final Button undoButton;
    private final Button redoButton;

    private EObject selected;
    private final List<Runnable> refreshers = new ArrayList<>();
    private Label message;
    private Label swatch;
    private Label contrast;
    private Color swatchColour;
    private TableViewer attributes;

    /** An editor for {@code workingCopy} (edited in place; pass a copy to keep the original). */
    public CodebookEditor(Composite parent, Codebook workingCopy) {
        this.codebook = workingCopy;
        BasicCommandStack stack = new BasicCommandStack();
        this.domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(root);

        Composite bar = new Composite(root, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(9).applyTo(bar);
        button(bar, Messages.Editor_addLayer, this::addLayer);
        button(bar, Messages.Editor_addCode, this::addCode);
        button(bar, Messages.Editor_remove, this::removeSelected);
        button(bar, Messages.Editor_up, () -> moveSelected(-1));
        button(bar, Messages.Editor_down, () -> moveSelected(1));
        undoButton = button(bar, Messages.Editor_undo, this::undo);
        redoButton = button(bar, Messages.Editor_redo, this::redo);
        button(bar, Messages.Editor_import, this::importWithDialog);
        button(bar, Messages.Editor_export, this::exportWithDialog);

        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE);
        tree.setContentProvider(new TreeContent());
        tree.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof Layer layer) {
                    return nameOf(layer.getLabel(), layer.getId());
                }
                Code code = (Code) element;
                String key = code.getShortcutKey() == null || code.getShortcutKey().isEmpty() ? ""
                        : "  [" + code.getShortcutKey() + "]";
                return nameOf(code.getLabel(), code.getId()) + key;
            }
        });
        tree.setInput(codebook);
        tree.expandAll();
        tree.addSelectionChangedListener(e -> select((EObject) ((IStructuredSelection) e.getSelection()).getFirstElement()));

        scroller = new ScrolledComposite(sash, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        form = new Composite(scroller, SWT.NONE);
        scroller.setContent(form);
        // Size the form by the pane's width so long wrapped definitions grow downwards, never sideways.
        scroller.addListener(SWT.Resize, e -> relayout());
        sash.setWeights(35, 65);

        stack.addCommandStackListener(e -> {
            if (!root.isDisposed()) {
                tree.refresh();
                refreshers.forEach(Runnable::run);
                updateButtons();
            }
            listeners.forEach(Runnable::run);
        });
        Listener keys = this::shortcut;
        Display display = root.getDisplay();
        display.addFilter(SWT.KeyDown, keys);
        root.addDisposeListener(e -> {
            display.removeFilter(SWT.KeyDown, keys);
            if (swatchColour != null) {
                swatchColour.dispose();
            }
        });
        select(null);
        updateButtons();
    }

    public Control getControl() {
        return root;
    }

    /** The codebook being edited (the working copy given to the constructor). */
    public Codebook getCodebook() {
        return codebook;
    }

    /** Called after every change, undo and redo. */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public boolean canUndo() {
        return domain.getCommandStack().canUndo();
    }

    public boolean canRedo() {
        return domain.getCommandStack().canRedo();
    }

    public void undo() {
        if (canUndo()) {
            domain.getCommandStack().undo();
        }
    }

    public void redo() {
        if (canRedo()) {
            domain.getCommandStack().redo();
        }
    }

    /** The layer or code the form shows, or null. */
    public EObject getSelection() {
        return selected;
    }

    /** Selects {@code element} (a layer or code of the codebook) in the tree and shows it in the form. */
    public void setSelection(EObject element) {
        tree.setSelection(element == null ? StructuredSelection.EMPTY : new StructuredSelection(element), true);
        select(element);
    }

    /** The message shown under the form (a refused key, a bad colour), or "" if none. */
    public String getMessage() {
        return message == null || message.isDisposed() ? "" : message.getText();
    }

    /** Adds a layer after the selected one (or at the end) and selects it. */
    public void addLayer() {
        Layer layer = FramebenchFactory.eINSTANCE.createLayer();
        layer.setId(uniqueId("layer"));
        layer.setLabel(Messages.Editor_newLayer);
        Layer at = layerOf(selected);
        int index = at == null ? codebook.getLayers().size() : codebook.getLayers().indexOf(at) + 1;
        execute(new AddCommand(domain, codebook, P.getCodebook_Layers(), layer, index));
        setSelection(layer);
    }

    /** Adds a code to the selected layer (after the selected code) and selects it; nothing if no layer. */
    public void addCode() {
        Layer layer = layerOf(selected);
        if (layer == null) {
            if (codebook.getLayers().isEmpty()) {
                return;
            }
            layer = codebook.getLayers().get(0);
        }
        Code code = FramebenchFactory.eINSTANCE.createCode();
        code.setId(uniqueId("code"));
        code.setLabel(Messages.Editor_newCode);
        code.setColour("#1F77B4");
        int index = selected instanceof Code c ? layer.getCodes().indexOf(c) + 1 : layer.getCodes().size();
        execute(new AddCommand(domain, layer, P.getLayer_Codes(), code, index));
        setSelection(code);
    }

    /** Removes the selected layer (with its codes) or code. */
    public void removeSelected() {
        if (selected == null) {
            return;
        }
        EObject gone = selected;
        execute(new RemoveCommand(domain, gone.eContainer(), gone.eContainmentFeature(), gone));
        setSelection(null);
    }

    /** Moves the selected layer or code up (-1) or down (+1) among its siblings. */
    public void moveSelected(int by) {
        if (selected == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<EObject> siblings = (List<EObject>) selected.eContainer().eGet(selected.eContainmentFeature());
        int to = siblings.indexOf(selected) + by;
        if (to < 0 || to >= siblings.size()) {
            return;
        }
        execute(new MoveCommand(domain, selected.eContainer(), selected.eContainmentFeature(), selected, to));
        setSelection(selected);
    }

    /**
     * Sets the selected code's shortcut key, unless another code has it or it cannot be a key: then the key is
     * not changed, the message says why, and false is returned.
     */
    public boolean setKey(String key) {
        if (!(selected instanceof Code code)) {
            return false;
        }
        String wanted = key == null ? "" : key.trim();
        String conflict = CodebookRules.keyConflict(codebook, code, wanted);
        if (conflict != null) {
            refreshers.forEach(Runnable::run);
            showMessage(conflict);
            return false;
        }
        set(code, P.getCode_ShortcutKey(), wanted.isEmpty() ? null : wanted.toLowerCase(Locale.ROOT));
        showMessage("");
        return true;
    }

    /** Sets the selected code's colour (#RRGGBB); a malformed colour is refused with a message. */
    public boolean setColour(String colour) {
        if (!(selected instanceof Code code)) {
            return false;
        }
        String wanted = colour == null ? "" : colour.trim().toUpperCase(Locale.ROOT);
        if (!CodebookRules.isColour(wanted)) {
            refreshers.forEach(Runnable::run);
            showMessage(NLS.bind(Messages.Editor_badColour, colour));
            return false;
        }
        set(code, P.getCode_Colour(), wanted);
        showMessage("");
        return true;
    }

    /** Replaces the whole codebook (id, name, version, layers) by {@code other}'s, as one undoable change. */
    public void replaceWith(Codebook other) {
        Codebook copy = EcoreUtil.copy(other);
        CompoundCommand all = new CompoundCommand();
        all.append(new SetCommand(domain, codebook, P.getCodebook_Id(), copy.getId()));
        all.append(new SetCommand(domain, codebook, P.getCodebook_Name(), copy.getName()));
        all.append(new SetCommand(domain, codebook, P.getCodebook_Version(), copy.getVersion()));
        all.append(new SetCommand(domain, codebook, P.getCodebook_Layers(), new ArrayList<>(copy.getLayers())));
        all.append(new SetCommand(domain, codebook, P.getCodebook_References(), new ArrayList<>(copy.getReferences())));
        execute(all);
        tree.expandAll();
        setSelection(null);
    }

    /**
     * Reads a codebook, an xlsx workbook or a REFI-QDA {@code .qdc} (ATLAS.ti, MAXQDA, NVivo, QualCoder) by its
     * ending, and makes it the edited one (undoable).
     */
    public void importFrom(Path file) throws CodebookFormatException {
        if (isQdc(file)) {
            try {
                replaceWith(new org.framebench.interchange.refiqda.RefiQdaFormat().importCodebook(file));
            } catch (org.framebench.core.interchange.InterchangeException e) {
                throw new CodebookFormatException(e.getMessage());
            }
        } else {
            replaceWith(CodebookWorkbook.read(file));
        }
    }

    /** Writes the edited codebook as xlsx, or as a REFI-QDA {@code .qdc} when the name ends so. */
    public void exportTo(Path file) throws java.io.IOException {
        if (isQdc(file)) {
            try {
                new org.framebench.interchange.refiqda.RefiQdaFormat().exportCodebook(codebook, file);
            } catch (org.framebench.core.interchange.InterchangeException e) {
                throw new java.io.IOException(e.getMessage(), e);
            }
        } else {
            CodebookWorkbook.write(codebook, file);
        }
    }

    private static boolean isQdc(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".qdc");
    }

    // ---------------------------------------------------------------------------------------------------------

    private void importWithDialog() {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.OPEN);
        dialog.setText(Messages.Editor_importTitle);
        dialog.setFilterExtensions(new String[] { "*.xlsx;*.qdc", "*.xlsx", "*.qdc" });
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            importFrom(Path.of(chosen));
        } catch (CodebookFormatException | RuntimeException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(root.getShell(), Messages.Editor_importTitle,
                    NLS.bind(Messages.Editor_importFailed, chosen, e.getMessage()));
        }
    }

    private void exportWithDialog() {
        FileDialog dialog = new FileDialog(root.getShell(), SWT.SAVE);
        dialog.setText(Messages.Editor_exportTitle);
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*.qdc" });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        try {
            exportTo(Path.of(chosen));
        } catch (java.io.IOException | RuntimeException e) {
            org.eclipse.jface.dialogs.MessageDialog.openError(root.getShell(), Messages.Editor_exportTitle,
                    NLS.bind(Messages.Editor_exportFailed, chosen, e.getMessage()));
        }
    }

    private void shortcut(Event e) {
        if (root.isDisposed() || (e.stateMask & SWT.MOD1) == 0 || !(e.widget instanceof Control c) || !within(c)) {
            return;
        }
        int key = Character.toLowerCase(e.keyCode);
        if (key == 'z' && (e.stateMask & SWT.SHIFT) == 0) {
            undo();
            e.doit = false;
        } else if (key == 'y' || (key == 'z' && (e.stateMask & SWT.SHIFT) != 0)) {
            redo();
            e.doit = false;
        }
    }

    private boolean within(Control c) {
        for (Control at = c; at != null; at = at.getParent()) {
            if (at == root) {
                return true;
            }
        }
        return false;
    }

    private void select(EObject element) {
        if (element == selected && element != null && form.getChildren().length > 0) {
            return;
        }
        for (Control c : form.getChildren()) {
            c.dispose();
        }
        selected = element;
        refreshers.clear();
        message = null;
        swatch = null;
        contrast = null;
        attributes = null;
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
        if (element instanceof Layer layer) {
            field(layer, P.getLayer_Id(), Messages.Editor_id, false);
            field(layer, P.getLayer_Label(), Messages.Editor_label, false);
            field(layer, P.getLayer_Description(), Messages.Editor_description, true);
        } else if (element instanceof Code code) {
            field(code, P.getCode_Id(), Messages.Editor_id, false);
            field(code, P.getCode_Label(), Messages.Editor_label, false);
            field(code, P.getCode_Definition(), Messages.Editor_definition, true);
            field(code, P.getCode_Example(), Messages.Editor_example, true);
            colourRow(code);
            keyRow(code);
            attributeRows(code);
        } else {
            Label hint = new Label(form, SWT.WRAP);
            hint.setText(Messages.Editor_nothingSelected);
            GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(100, SWT.DEFAULT).applyTo(hint);
        }
        message = new Label(form, SWT.WRAP);
        message.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(100, SWT.DEFAULT).applyTo(message);
        relayout();
    }

    private void field(EObject owner, EStructuralFeature feature, String label, boolean multi) {
        label(label, multi);
        Text text = new Text(form, multi ? SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.BORDER);
        text.setData("feature", feature.getName());
        GridDataFactory.fillDefaults().grab(true, false).hint(100, multi ? 80 : SWT.DEFAULT).applyTo(text);
        Runnable refresh = () -> {
            if (!text.isDisposed()) {
                text.setText(textOf(owner.eGet(feature)));
            }
        };
        refresh.run();
        refreshers.add(refresh);
        Listener commit = e -> {
            String now = text.getText();
            if (!now.equals(textOf(owner.eGet(feature)))) {
                set(owner, feature, now.isEmpty() ? null : now);
            }
        };
        text.addListener(SWT.FocusOut, commit);
        if (!multi) {
            text.addListener(SWT.DefaultSelection, commit);
        }
    }

    private void colourRow(Code code) {
        label(Messages.Editor_colour, false);
        Composite row = new Composite(form, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(row);
        Text text = new Text(row, SWT.BORDER);
        text.setData("feature", "colour");
        GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(text);
        swatch = new Label(row, SWT.BORDER);
        GridDataFactory.fillDefaults().hint(40, SWT.DEFAULT).applyTo(swatch);
        Button choose = new Button(row, SWT.PUSH);
        choose.setText(Messages.Editor_chooseColour);
        contrast = new Label(row, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(contrast);
        Runnable refresh = () -> {
            if (text.isDisposed()) {
                return;
            }
            String colour = code.getColour() == null ? "" : code.getColour();
            text.setText(colour);
            if (swatchColour != null) {
                swatchColour.dispose();
                swatchColour = null;
            }
            if (CodebookRules.isColour(colour)) {
                swatchColour = new Color(rgb(colour));
                swatch.setBackground(swatchColour);
                double ratio = CodebookRules.contrastRatio(colour, PAGE);
                String shown = String.format(Locale.ROOT, "%.1f", ratio);
                contrast.setText(NLS.bind(ratio < 3 ? Messages.Editor_contrastLow : Messages.Editor_contrast, shown));
            } else {
                if (!swatch.isDisposed()) {
                    swatch.setBackground(null);
                }
                contrast.setText("");
            }
        };
        refresh.run();
        refreshers.add(refresh);
        Listener commit = e -> {
            if (!text.getText().trim().equalsIgnoreCase(code.getColour() == null ? "" : code.getColour())) {
                setColour(text.getText());
            }
        };
        text.addListener(SWT.FocusOut, commit);
        text.addListener(SWT.DefaultSelection, commit);
        choose.addListener(SWT.Selection, e -> {
            ColorDialog dialog = new ColorDialog(root.getShell());
            if (CodebookRules.isColour(code.getColour())) {
                dialog.setRGB(rgb(code.getColour()));
            }
            RGB chosen = dialog.open();
            if (chosen != null) {
                setColour(String.format(Locale.ROOT, "#%02X%02X%02X", chosen.red, chosen.green, chosen.blue));
            }
        });
    }

    private void keyRow(Code code) {
        label(Messages.Editor_key, false);
        Text text = new Text(form, SWT.BORDER);
        text.setData("feature", "shortcutKey");
        text.setTextLimit(1);
        GridDataFactory.fillDefaults().hint(40, SWT.DEFAULT).applyTo(text);
        Runnable refresh = () -> {
            if (!text.isDisposed()) {
                text.setText(textOf(code.getShortcutKey()));
            }
        };
        refresh.run();
        refreshers.add(refresh);
        Listener commit = e -> {
            if (!text.getText().trim().equalsIgnoreCase(textOf(code.getShortcutKey()))) {
                setKey(text.getText());
            }
        };
        text.addListener(SWT.FocusOut, commit);
        text.addListener(SWT.DefaultSelection, commit);
    }

    private void attributeRows(Code code) {
        label(Messages.Editor_attributes, true);
        Composite box = new Composite(form, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        attributes = new TableViewer(box, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        attributes.getTable().setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(100, 90).applyTo(attributes.getTable());
        attributes.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Editor_attrId, 110, a -> textOf(a.getId()));
        column(Messages.Editor_attrLabel, 140, a -> textOf(a.getLabel()));
        column(Messages.Editor_attrKind, 80, a -> a.getKind() == null ? "" : a.getKind().getLiteral());
        column(Messages.Editor_attrValues, 200, a -> String.join("|", a.getAllowedValues()));
        TableViewer viewer = attributes;
        Runnable refresh = () -> {
            if (!viewer.getTable().isDisposed()) {
                viewer.setInput(code.getAttributes().toArray());
            }
        };
        refresh.run();
        refreshers.add(refresh);
        Button add = new Button(box, SWT.PUSH);
        add.setText(Messages.Editor_addAttribute);
        add.addListener(SWT.Selection, e -> {
            AttributeDefinition a = FramebenchFactory.eINSTANCE.createAttributeDefinition();
            a.setId("attribute" + (code.getAttributes().size() + 1));
            a.setLabel(Messages.Editor_newAttribute);
            a.setKind(AttributeKind.TEXT);
            execute(new AddCommand(domain, code, P.getCode_Attributes(), a));
        });
        Button remove = new Button(box, SWT.PUSH);
        remove.setText(Messages.Editor_removeAttribute);
        remove.addListener(SWT.Selection, e -> {
            Object a = viewer.getStructuredSelection().getFirstElement();
            if (a != null) {
                execute(new RemoveCommand(domain, code, P.getCode_Attributes(), a));
            }
        });
    }

    private void column(String title, int width, java.util.function.Function<AttributeDefinition, String> text) {
        TableViewerColumn column = new TableViewerColumn(attributes, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((AttributeDefinition) element);
            }
        });
    }

    private void label(String text, boolean top) {
        Label label = new Label(form, SWT.NONE);
        label.setText(text);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, top ? SWT.BEGINNING : SWT.CENTER).applyTo(label);
    }

    private void showMessage(String text) {
        if (message != null && !message.isDisposed()) {
            message.setText(text);
            relayout();
        }
    }

    private void relayout() {
        if (scroller.isDisposed()) {
            return;
        }
        int width = scroller.getClientArea().width;
        if (width <= 0) {
            width = 400;
        }
        form.layout(true, true);
        scroller.setMinSize(form.computeSize(width, SWT.DEFAULT));
        scroller.setMinWidth(0);
    }

    private void set(EObject owner, EStructuralFeature feature, Object value) {
        execute(new SetCommand(domain, owner, feature, value));
    }

    private void execute(Command command) {
        domain.getCommandStack().execute(command);
    }

    private void updateButtons() {
        undoButton.setEnabled(canUndo());
        redoButton.setEnabled(canRedo());
    }

    private Button button(Composite bar, String text, Runnable action) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(text);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private Layer layerOf(EObject element) {
        if (element instanceof Layer layer) {
            return layer;
        }
        if (element instanceof Code code && code.eContainer() instanceof Layer layer) {
            return layer;
        }
        return codebook.getLayers().isEmpty() ? null : codebook.getLayers().get(codebook.getLayers().size() - 1);
    }

    private String uniqueId(String stem) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Layer layer : codebook.getLayers()) {
            taken.add(layer.getId());
            layer.getCodes().forEach(c -> taken.add(c.getId()));
        }
        for (int n = 1;; n++) {
            if (!taken.contains(stem + n)) {
                return stem + n;
            }
        }
    }

    private static RGB rgb(String colour) {
        int v = Integer.parseInt(colour.substring(1), 16);
        return new RGB(v >> 16 & 0xFF, v >> 8 & 0xFF, v & 0xFF);
    }

    private static String textOf(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String nameOf(String label, String id) {
        return label == null || label.isBlank() ? textOf(id) : label;
    }

    private static final class TreeContent implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((Codebook) input).getLayers().toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Layer layer ? layer.getCodes().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return element instanceof Code code ? code.eContainer() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Layer layer && !layer.getCodes().isEmpty();
        }
    }
}
