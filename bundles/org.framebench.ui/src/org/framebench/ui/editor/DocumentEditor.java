package org.framebench.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.EventObject;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.document.Documents;
import org.framebench.core.document.FileFingerprint;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.core.text.TextAnchors;
import org.framebench.core.text.TextSnapping;
import org.framebench.core.text.TextSpan;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.framebench.model.resource.FramebenchResources;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.Layer;
import org.framebench.model.TextRegion;
import org.framebench.ui.InstructorIdentity;
import org.framebench.ui.Messages;
import org.framebench.ui.internal.DropDown;
import org.framebench.ui.internal.Names;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.internal.SimpleSelectionProvider;
import org.framebench.ui.internal.StudentIdentity;

/**
 * The editor of one annotation document: its articles side by side (all four, any two, or one), every
 * change an EMF command on one command stack (undo, redo, dirty state), annotating by key, palette or
 * context menu.
 */
public class DocumentEditor extends EditorPart {

    public static final String ID = "org.framebench.ui.editor.document";
    /** The key bindings' context while this editor is active (plugin.xml, org.eclipse.ui.contexts). */
    public static final String CONTEXT_ID = "org.framebench.ui.editorContext";

    /** How the articles are laid out. */
    public enum Layout {
        ALL, TWO, ONE
    }

    private AnnotationDocument document;
    private AdapterFactoryEditingDomain editingDomain;
    private Composite articleArea;
    /** The editor's top composite: the bars above the articles are made in it when first needed. */
    private Composite root;
    private final List<ArticlePane> panes = new ArrayList<>();
    private Layout layout = Layout.ALL;
    private DropDown firstArticle;
    private DropDown secondArticle;
    private final Button[] layoutButtons = new Button[Layout.values().length];
    private final SimpleSelectionProvider selectionProvider = new SimpleSelectionProvider();
    private Annotation selected;
    private final CommandStackListener commandStackListener = this::commandStackChanged;
    /** When the document last changed in this editor (an edit, undo or redo), or null. */
    private volatile java.time.Instant lastChange;
    /** The document's changes as EMF notifies them: the editor and the views patch what they show from them. */
    private DocumentChanges changes;
    /** The changes the articles have not been repainted for yet. */
    private DocumentChanges.Delta paneDelta;
    /** The articles' font or the code colours changed in the preferences: the articles are laid out again. */
    private final org.eclipse.jface.util.IPropertyChangeListener appearanceListener = event -> {
        if ((org.framebench.ui.internal.Appearance.ARTICLE_FONT.equals(event.getProperty())
                || org.framebench.ui.internal.Appearance.PALETTE.equals(event.getProperty()))
                && articleArea != null && !articleArea.isDisposed()) {
            arrangeArticlesKeepingPlace();
        }
    };
    private IAction undoAction;
    private IAction redoAction;
    private IAction deleteAction;
    private AutosaveNotice autosaveNotice;
    /** The article pane and text the student last worked in (navigation starts there). */
    private ArticlePane focusedPane;
    private StyledText focusedText;
    private FindBar findBar;
    /** The attribution finder's suggestions drawn in the articles (created with the controls). */
    private org.framebench.ui.suggest.SuggestionController suggestions;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        // The product's own input, or a file the IDE opens (Project Explorer, File → Open File): read here.
        DocumentEditorInput documentInput = FileInputs.toDocumentInput(site.getShell(), input);
        setSite(site);
        setInput(documentInput);
        // Framebench's keys (Link, Suggest Alignments, next article) act only while this editor is active.
        site.getService(org.eclipse.ui.contexts.IContextService.class).activateContext(CONTEXT_ID);
        if (!org.framebench.ui.internal.IdeStartup.inProduct()) {
            // In an IDE the autosave runs from the first editor on (the product's window advisor starts it there).
            FramebenchUiPlugin.getDefault().getRecovery().start(site.getWorkbenchWindow().getWorkbench());
        }
        document = documentInput.getDocument();
        editingDomain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory()), new BasicCommandStack(),
                // The safe resource set: nothing in a document can make the editor load another resource.
                FramebenchResources.newResourceSet());
        Resource resource = document.eResource();
        if (resource == null) {
            URI uri = documentInput.getFile() != null ? URI.createFileURI(documentInput.getFile().toString())
                    : URI.createURI("untitled.fbench");
            resource = editingDomain.getResourceSet().createResource(uri);
            resource.getContents().add(document);
        } else {
            editingDomain.getResourceSet().getResources().add(resource);
        }
        if (documentInput.getFile() != null && documentInput.getOnDisk() == null) {
            // Opened with a file but not read from it here (recovered work): what the file is now.
            rememberDisk(documentInput.getFile(), false);
        }
        changes = DocumentChanges.attach(document);
        paneDelta = changes.newDelta();
        editingDomain.getCommandStack().addCommandStackListener(commandStackListener);
        site.setSelectionProvider(selectionProvider);
        createGlobalActions();
        updateTitle();
    }

    private void createGlobalActions() {
        undoAction = new Action(Messages.Action_undo) {
            @Override
            public void run() {
                editingDomain.getCommandStack().undo();
            }
        };
        redoAction = new Action(Messages.Action_redo) {
            @Override
            public void run() {
                editingDomain.getCommandStack().redo();
            }
        };
        deleteAction = new Action(Messages.Action_delete) {
            @Override
            public void run() {
                deleteSelected();
            }
        };
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), undoAction);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), redoAction);
        getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.DELETE.getId(), deleteAction);
        // Next / Previous Annotation (the platform's Next / Previous: Ctrl+. / Ctrl+,) and Find (Ctrl+F), while
        // this editor is active.
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler("org.eclipse.ui.navigate.next", new ActionHandler(new Action(Messages.Action_nextAnnotation) {
            @Override
            public void run() {
                selectNextAnnotation(true);
            }
        }));
        handlers.activateHandler("org.eclipse.ui.navigate.previous", new ActionHandler(new Action(Messages.Action_previousAnnotation) {
            @Override
            public void run() {
                selectNextAnnotation(false);
            }
        }));
        handlers.activateHandler("org.eclipse.ui.edit.findReplace", new ActionHandler(new Action(Messages.Action_find) {
            @Override
            public void run() {
                showFindBar();
            }
        }));
        updateActions();
        // The handlers just set reach the window's Edit menu and keys; from now on only their enablement and labels
        // change, which the actions' own property events carry there.
        getEditorSite().getActionBars().updateActionBars();
    }

    private void updateActions() {
        var stack = editingDomain.getCommandStack();
        undoAction.setEnabled(stack.canUndo());
        undoAction.setText(stack.canUndo() ? NLS.bind(Messages.Action_undoNamed, stack.getUndoCommand().getLabel())
                : Messages.Action_undo);
        redoAction.setEnabled(stack.canRedo());
        redoAction.setText(stack.canRedo() ? NLS.bind(Messages.Action_redoNamed, stack.getRedoCommand().getLabel())
                : Messages.Action_redo);
        deleteAction.setEnabled(selected != null);
        // Not updateActionBars() after every change and selection: it updated the window's menus and tool bars
        // (and, through the views, laid out the whole window); the Edit menu follows the actions' property events.
    }

    @Override
    public void createPartControl(Composite parent) {
        root = new Composite(parent, SWT.NONE);
        GridLayout rootLayout = new GridLayout(1, false);
        rootLayout.marginWidth = 0;
        rootLayout.marginHeight = 0;
        root.setLayout(rootLayout);
        // The autosave notice and the find bar are made when first shown: most documents never need them,
        // and their widgets were a tenth of the editor's open.
        createLayoutBar(root);
        articleArea = new Composite(root, SWT.NONE);
        articleArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        articleArea.setLayout(new FillLayout());
        suggestions = new org.framebench.ui.suggest.SuggestionController(this);
        arrangeArticles();
        FramebenchUiPlugin.getDefault().getPreferenceStore().addPropertyChangeListener(appearanceListener);
        if (document.getReturnedReview() != null) {
            // A file handed back by the instructor: its comments are what the student opened it for.
            parent.getDisplay().asyncExec(() -> {
                if (!root.isDisposed()) {
                    try {
                        getSite().getPage().showView(org.framebench.ui.feedback.FeedbackView.ID, null,
                                org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
                    } catch (org.eclipse.ui.PartInitException e) {
                        FramebenchUiPlugin.log("The Feedback view could not be opened", e);
                    }
                }
            });
        }
    }

    private void createLayoutBar(Composite root) {
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout barLayout = new GridLayout(6, false);
        barLayout.marginHeight = 2;
        bar.setLayout(barLayout);
        new Label(bar, SWT.NONE).setText(Messages.Editor_layoutLabel);
        String[] labels = { allLabel(articles().size()), Messages.Editor_layoutTwo, Messages.Editor_layoutOne };
        for (Layout option : Layout.values()) {
            Button button = new Button(bar, SWT.RADIO);
            button.setText(labels[option.ordinal()]);
            button.setSelection(option == layout);
            button.addListener(SWT.Selection, e -> {
                if (button.getSelection() && layout != option) {
                    setLayout(option);
                }
            });
            layoutButtons[option.ordinal()] = button;
        }
        // One article: nothing to put beside it.
        layoutButtons[Layout.TWO.ordinal()].setEnabled(articles().size() > 1);
        // Each as wide as the bar leaves them, sharing it: as wide as the longest outlet's name, the second was pushed
        // out of the editor at 1280 x 800. Not native drop-downs: narrower than its name, one repaints the window
        // without end (see DropDown).
        firstArticle = new DropDown(bar, null);
        secondArticle = new DropDown(bar, null);
        for (DropDown chooser : new DropDown[] { firstArticle, secondArticle }) {
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 160;
            chooser.setLayoutData(data);
        }
        for (Article article : articles()) {
            firstArticle.add(Names.outlet(article));
            secondArticle.add(Names.outlet(article));
        }
        firstArticle.select(0);
        secondArticle.select(Math.min(1, articles().size() - 1));
        firstArticle.addListener(SWT.Selection, e -> arrangeArticles());
        secondArticle.addListener(SWT.Selection, e -> arrangeArticles());
        updateChooserState();
    }

    /** "All four" for the four articles, "Both" for two, "All six" for six: the assignment's own count. */
    static String allLabel(int count) {
        if (count == 2) {
            return Messages.Editor_layoutBoth;
        }
        String[] words = Messages.Editor_countWords.split(",");
        return NLS.bind(Messages.Editor_layoutAll, count >= 1 && count <= words.length ? words[count - 1].strip()
                : String.valueOf(count));
    }

    private void updateChooserState() {
        firstArticle.setEnabled(layout != Layout.ALL);
        secondArticle.setEnabled(layout == Layout.TWO);
    }

    /** Shows all articles, the two chosen, or the one chosen. */
    public void setLayout(Layout newLayout) {
        layout = newLayout == Layout.TWO && articles().size() < 2 ? Layout.ONE : newLayout;
        for (Layout option : Layout.values()) {
            layoutButtons[option.ordinal()].setSelection(option == layout);
        }
        updateChooserState();
        arrangeArticles();
    }

    /** Chooses which articles the TWO and ONE layouts show, by index. */
    public void chooseArticles(int first, int second) {
        firstArticle.select(first);
        secondArticle.select(second);
        arrangeArticles();
    }

    private void arrangeArticles() {
        for (Control child : articleArea.getChildren()) {
            child.dispose();
        }
        panes.clear();
        List<Article> articles = articles();
        switch (layout) {
            case ALL -> {
                SashForm rows = new SashForm(articleArea, SWT.VERTICAL | SWT.SMOOTH);
                for (int row = 0; row < articles.size(); row += 2) {
                    SashForm columns = new SashForm(rows, SWT.HORIZONTAL | SWT.SMOOTH);
                    for (int i = row; i < Math.min(row + 2, articles.size()); i++) {
                        addPane(columns, articles.get(i));
                    }
                }
            }
            case TWO -> {
                SashForm columns = new SashForm(articleArea, SWT.HORIZONTAL | SWT.SMOOTH);
                // The first article and, to its right, the gutter that draws the alignments as bands.
                Composite first = new Composite(columns, SWT.NONE);
                GridLayout firstLayout = new GridLayout(2, false);
                firstLayout.marginWidth = 0;
                firstLayout.marginHeight = 0;
                firstLayout.horizontalSpacing = 0;
                first.setLayout(firstLayout);
                addPane(first, articles.get(firstArticle.getSelectionIndex()));
                panes.get(0).setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
                addPane(columns, articles.get(secondArticle.getSelectionIndex()));
                // Aligned reading: scrolling one article brings the other to the aligned passage.
                org.framebench.ui.align.AlignedScrolling.install(document, panes.get(0), panes.get(1));
                org.framebench.ui.align.AlignmentGutter.install(first, document, panes.get(0), panes.get(1),
                        editingDomain.getCommandStack());
            }
            case ONE -> addPane(articleArea, articles.get(firstArticle.getSelectionIndex()));
        }
        articleArea.layout(true, true);
    }

    /**
     * Lays the articles out again (a new font or palette) where the student was reading: each article's first
     * visible character stays at the top, although the new font wraps its lines elsewhere.
     */
    private void arrangeArticlesKeepingPlace() {
        java.util.Map<Article, Integer> tops = new java.util.HashMap<>();
        for (ArticlePane pane : panes) {
            StyledText text = pane.getText();
            if (!text.isDisposed() && text.getCharCount() > 0) {
                tops.put(pane.getArticle(), text.getOffsetAtLine(text.getTopIndex()));
            }
        }
        arrangeArticles();
        for (ArticlePane pane : panes) {
            Integer top = tops.get(pane.getArticle());
            StyledText text = pane.getText();
            if (top != null && top <= text.getCharCount()) {
                text.setTopIndex(text.getLineAtOffset(top));
            }
        }
    }

    private void addPane(Composite parent, Article article) {
        ArticlePane pane = new ArticlePane(parent, article);
        panes.add(pane);
        // The headline (if any) and the body take the same keys, clicks and menu.
        for (StyledText text : pane.annotatableTexts()) {
            text.addListener(SWT.FocusIn, e -> {
                focusedPane = pane;
                focusedText = text;
            });
            text.addListener(SWT.KeyDown, e -> keyPressed(pane, text, e));
            text.addListener(SWT.MouseUp, e -> {
                if (e.button == 1 && text.getSelectionCount() == 0) {
                    List<Annotation> here = pane.annotationsAt(text, text.getCaretOffset());
                    select(here.isEmpty() ? null : here.get(0));
                }
            });
            MenuManager menu = new MenuManager();
            menu.setRemoveAllWhenShown(true);
            menu.addMenuListener(manager -> fillContextMenu(manager, pane, text));
            text.setMenu(menu.createContextMenu(text));
        }
        pane.showAnnotations(annotationsOf(article), selected);
        if (suggestions != null) {
            suggestions.paneAdded(pane);
        }
        if (findBar != null) {
            findBar.paneAdded(pane);
        }
    }

    private void fillContextMenu(IMenuManager manager, ArticlePane pane, StyledText text) {
        Point selection = text.getSelection();
        boolean hasText = selection.y > selection.x;
        for (Layer layer : document.getAssignment().getCodebook().getLayers()) {
            MenuManager layerMenu = new MenuManager(NLS.bind(Messages.Editor_annotateAs, Names.layer(layer)));
            for (Code code : layer.getCodes()) {
                Action action = new Action(Names.code(code) + (Names.key(code).isEmpty() ? "" : "\t" + Names.key(code))) {
                    @Override
                    public void run() {
                        applyCode(pane, text, code);
                    }
                };
                action.setEnabled(hasText || selected != null);
                layerMenu.add(action);
            }
            manager.add(layerMenu);
        }
        manager.add(new Separator());
        Action delete = new Action(Messages.Action_deleteAnnotation) {
            @Override
            public void run() {
                deleteSelected();
            }
        };
        delete.setEnabled(selected != null);
        manager.add(delete);
    }

    private void keyPressed(ArticlePane pane, StyledText text, Event e) {
        // Alt+arrows resize the selected annotation. Not Ctrl+arrows: Ctrl+Shift+Right is how a student selects
        // the next words to annotate, and it used to move the selected annotation's start instead.
        if ((e.stateMask & SWT.ALT) != 0 && (e.stateMask & SWT.MOD1) == 0
                && (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT)) {
            if (selected != null && selected.getArticle() == pane.getArticle() && TextAnchors.isAnchored(selected)
                    && text.getSelectionCount() == 0) {
                boolean startEdge = (e.stateMask & SWT.SHIFT) != 0;
                boolean right = e.keyCode == SWT.ARROW_RIGHT;
                resizeSelected(startEdge, right);
                e.doit = false;
            }
            return;
        }
        if ((e.stateMask & (SWT.MOD1 | SWT.ALT)) != 0) {
            return;
        }
        if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && suggestions != null) {
            // Enter in a suggestion accepts it; elsewhere Enter does what it did before (nothing: the text is read-only).
            Annotation previous = selected;
            Annotation accepted = suggestions.acceptAtCaret(pane, text);
            if (accepted != null) {
                selected = accepted;
                paintNow(previous, accepted);
                selectSoon(accepted);
                e.doit = false;
                return;
            }
        }
        if (e.keyCode == SWT.BS && selected == null && suggestions != null && suggestions.dismissAtCaret(pane, text)) {
            // Backspace in a suggestion (no annotation selected) dismisses it; otherwise it deletes as before.
            e.doit = false;
            return;
        }
        if (e.keyCode == SWT.DEL || e.keyCode == SWT.BS) {
            deleteSelected();
            e.doit = false;
            return;
        }
        if (e.keyCode == SWT.ESC) {
            select(null);
            return;
        }
        if (e.character > ' ' && e.character != SWT.DEL) {
            Optional<Code> code = Codebooks.findByKey(document.getAssignment().getCodebook(), e.character);
            if (code.isPresent()) {
                applyCode(pane, text, code.get());
                e.doit = false;
            }
        }
    }

    /**
     * What a code key, the palette or the context menu does: annotates the text selected in {@code pane}
     * (snapped to whole words when the preference is on); with no text selected, gives the selected
     * annotation this code.
     */
    public Annotation applyCode(ArticlePane pane, Code code) {
        return applyCode(pane, pane.selectionText(), code);
    }

    /** As {@link #applyCode(ArticlePane, Code)}, on the selection in {@code widget}: the pane's body or headline. */
    private Annotation applyCode(ArticlePane pane, StyledText widget, Code code) {
        Point selection = widget.getSelection();
        if (selection.y > selection.x) {
            TextRegion region = pane.regionOf(widget);
            String text = TextAnchors.textOf(pane.getArticle(), region);
            TextSpan span = FramebenchUiPlugin.snapToWords()
                    ? TextSnapping.snapToWords(text, selection.x, selection.y)
                    : new TextSpan(selection.x, selection.y);
            if (span.end() <= span.begin()) {
                return null;
            }
            AnnotationCommands.Create create = AnnotationCommands.create(editingDomain, document, pane.getArticle(),
                    region, span.begin(), span.end(), code);
            Annotation previous = selected;
            execute(create);
            widget.setSelection(span.end());
            selected = create.getAnnotation();
            paintNow(previous, selected);
            selectSoon(create.getAnnotation());
            return create.getAnnotation();
        }
        if (selected != null && selected.getCode() != code) {
            execute(AnnotationCommands.changeCode(editingDomain, selected, code));
            return selected;
        }
        return null;
    }

    /** Applies {@code code} to the selection in whichever article pane has text selected or focus. */
    public Annotation applyCode(Code code) {
        for (ArticlePane pane : panes) {
            if (pane.selectionText().getSelectionCount() > 0) {
                return applyCode(pane, code);
            }
        }
        if (selected != null) {
            execute(AnnotationCommands.changeCode(editingDomain, selected, code));
            return selected;
        }
        return null;
    }

    private void resizeSelected(boolean startEdge, boolean right) {
        String text = TextAnchors.textOf(selected); // the body, or the headline for a headline annotation
        int begin = selected.getBegin();
        int end = selected.getEnd();
        TextSpan span;
        if (startEdge) {
            span = right ? TextSnapping.narrowStart(text, begin, end) : TextSnapping.widenStart(text, begin, end);
        } else {
            span = right ? TextSnapping.widenEnd(text, begin, end) : TextSnapping.narrowEnd(text, begin, end);
        }
        if (span.end() > span.begin() && (span.begin() != begin || span.end() != end)) {
            execute(AnnotationCommands.resize(editingDomain, selected, span.begin(), span.end()));
        }
    }

    /** Reading order: article by article (as the assignment lists them), the headline before the body, then by position. */
    private java.util.Comparator<Annotation> readingOrder() {
        java.util.Map<Article, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < articles().size(); i++) {
            order.put(articles().get(i), i);
        }
        return java.util.Comparator.<Annotation>comparingInt(a -> order.getOrDefault(a.getArticle(), Integer.MAX_VALUE))
                .thenComparingInt(a -> a.getRegion() == TextRegion.HEADLINE ? 0 : 1)
                .thenComparingInt(Annotation::getBegin).thenComparingInt(Annotation::getEnd);
    }

    /**
     * Selects and shows the next annotation (or, with {@code forward} false, the previous one) in reading
     * order: through the article, then on into the next article (after the last, back to the first). With
     * none selected, the first after (or before) the cursor of the article last worked in.
     * @return the annotation now selected, or null when the document has none
     */
    public Annotation selectNextAnnotation(boolean forward) {
        List<Annotation> all = new ArrayList<>();
        for (Annotation annotation : document.getAnnotations()) {
            if (TextAnchors.isAnchored(annotation)) {
                all.add(annotation);
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        java.util.Comparator<Annotation> order = readingOrder();
        all.sort(order);
        Annotation target;
        if (selected != null && all.contains(selected)) {
            int index = all.indexOf(selected);
            target = all.get(Math.floorMod(index + (forward ? 1 : -1), all.size()));
        } else {
            Annotation probe = cursorProbe();
            target = forward ? all.get(0) : all.get(all.size() - 1);
            if (probe != null) {
                if (forward) {
                    target = all.stream().filter(a -> order.compare(a, probe) >= 0).findFirst().orElse(all.get(0));
                } else {
                    target = all.stream().filter(a -> order.compare(a, probe) < 0).reduce((a, b) -> b)
                            .orElse(all.get(all.size() - 1));
                }
            }
        }
        reveal(target);
        return target;
    }

    /** A stand-in annotation at the cursor of the text last worked in, to find the annotations after it (null: none yet). */
    private Annotation cursorProbe() {
        if (focusedPane == null || focusedText == null || focusedText.isDisposed()) {
            return null;
        }
        Annotation probe = org.framebench.model.FramebenchFactory.eINSTANCE.createAnnotation();
        probe.setArticle(focusedPane.getArticle());
        TextRegion region = focusedPane.regionOf(focusedText);
        if (region == TextRegion.HEADLINE) {
            probe.setRegion(TextRegion.HEADLINE);
        }
        probe.setBegin(focusedText.getCaretOffset());
        probe.setEnd(focusedText.getCaretOffset());
        return probe;
    }

    /**
     * Moves the cursor to the next article (or the previous one) in the assignment's order, showing it if the
     * layout does not (One: that article; Two side by side: it replaces the right-hand one). @return the article
     */
    public Article showNextArticle(boolean forward) {
        List<Article> articles = articles();
        Article current = focusedPane != null && !focusedPane.isDisposed() ? focusedPane.getArticle()
                : selected != null ? selected.getArticle() : null;
        int index = current == null ? (forward ? -1 : articles.size()) : articles.indexOf(current);
        Article target = articles.get(Math.floorMod(index + (forward ? 1 : -1), articles.size()));
        ArticlePane pane = paneOf(target);
        if (pane == null) {
            int targetIndex = articles.indexOf(target);
            if (layout == Layout.ONE) {
                chooseArticles(targetIndex, secondArticle.getSelectionIndex());
            } else {
                chooseArticles(firstArticle.getSelectionIndex(), targetIndex);
            }
            pane = paneOf(target);
        }
        if (pane != null) {
            pane.getText().setFocus();
            focusedPane = pane;
            focusedText = pane.getText();
        }
        return target;
    }

    /** The article pane the student last worked in (null before any). */
    public ArticlePane getFocusedPane() {
        return focusedPane != null && !focusedPane.isDisposed() ? focusedPane : null;
    }

    /** Puts the cursor back in the text the student last worked in (or a match was shown in); else the first article. */
    public void focusLastText() {
        if (focusedText != null && !focusedText.isDisposed()) {
            focusedText.setFocus();
        } else {
            setFocus();
        }
    }

    /** Opens (or goes back to) the find bar above the articles: Ctrl+F. */
    public void showFindBar() {
        getFindBar().open();
    }

    /** The find bar (tests drive it), made hidden above the articles the first time it is asked for. */
    public FindBar getFindBar() {
        if (findBar == null) {
            findBar = new FindBar(root, this);
            findBar.moveAbove(articleArea);
        }
        return findBar;
    }

    /**
     * Shows the stretch {@code [begin, end)} of {@code article}'s {@code region} selected in its article, switching
     * the layout to show the article if needed, without taking the focus (the find bar keeps it).
     */
    public void revealText(Article article, TextRegion region, int begin, int end) {
        ArticlePane pane = paneOf(article);
        if (pane == null) {
            int index = articles().indexOf(article);
            if (layout == Layout.ONE) {
                chooseArticles(index, secondArticle.getSelectionIndex());
            } else {
                chooseArticles(firstArticle.getSelectionIndex(), index);
            }
            pane = paneOf(article);
        }
        if (pane == null) {
            return;
        }
        StyledText widget = region == TextRegion.HEADLINE && pane.getHeadline() != null ? pane.getHeadline() : pane.getText();
        for (StyledText other : pane.annotatableTexts()) {
            if (other != widget && other.getSelectionCount() > 0) {
                other.setSelection(other.getCaretOffset());
            }
        }
        widget.setSelection(begin, end);
        widget.showSelection();
        focusedPane = pane;
        focusedText = widget;
        pane.rememberFocus(widget);
    }

    /** Deletes the selected annotation with its links. */
    public void deleteSelected() {
        if (selected != null) {
            Annotation doomed = selected;
            selected = null;
            execute(AnnotationCommands.delete(editingDomain, document, List.of(doomed)));
            paintNow(doomed);
            selectSoon(null);
        }
    }

    /** Executes a change on this document's command stack. */
    public void execute(Command command) {
        editingDomain.getCommandStack().execute(command);
    }

    /** Selects an annotation (or none): it is marked in the text and shown by the views. */
    public void select(Annotation annotation) {
        Annotation previous = selected;
        selected = annotation;
        // Only the marks of the annotation selected before and of the one selected now change.
        scheduleRepaint(java.util.Arrays.asList(previous, annotation));
        selectionProvider.setSelection(annotation == null ? StructuredSelection.EMPTY : new StructuredSelection(annotation));
        updateActions();
    }

    /** Selects after the event loop has painted the article: the panels follow a moment later. */
    private void selectSoon(Annotation annotation) {
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (articleArea != null && !articleArea.isDisposed() && selected == annotation) {
                select(annotation);
            }
        });
    }

    /** Selects {@code annotation} and shows its article, switching to a layout that shows it if needed. */
    public void reveal(Annotation annotation) {
        ArticlePane pane = paneOf(annotation.getArticle());
        if (pane == null) {
            int index = articles().indexOf(annotation.getArticle());
            if (layout == Layout.ONE) {
                chooseArticles(index, secondArticle.getSelectionIndex());
            } else {
                chooseArticles(firstArticle.getSelectionIndex(), index);
            }
            pane = paneOf(annotation.getArticle());
        }
        select(annotation);
        if (pane != null) {
            pane.reveal(annotation);
        }
    }

    public Annotation getSelectedAnnotation() {
        return selected;
    }

    private ArticlePane paneOf(Article article) {
        return panes.stream().filter(p -> p.getArticle() == article).findFirst().orElse(null);
    }

    private void commandStackChanged(EventObject event) {
        lastChange = java.time.Instant.now();
        getSite().getShell().getDisplay().asyncExec(() -> {
            if (articleArea == null || articleArea.isDisposed()) {
                return;
            }
            if (selected != null && selected.eContainer() == null) {
                selected = null;
                selectionProvider.setSelection(StructuredSelection.EMPTY);
            }
            // The annotations EMF said were added, removed or changed are repainted (their stretch of text only);
            // a change of the articles or codebook, or one of many annotations at once, repaints everything.
            DocumentChanges.Delta delta = paneDelta.take();
            if (delta.isStructural() || delta.isEmpty() || delta.size() > REPAINT_LIMIT) {
                scheduleRefresh();
            } else {
                scheduleRepaint(delta.touched());
            }
            firePropertyChange(PROP_DIRTY);
            updateActions();
            // Views that show the selected annotation re-read it after any change (undo included). An annotation the
            // change took out of the document (the one just deleted) is no longer selected: the panel showed it
            // again for a moment, then nothing.
            ISelection current = selectionProvider.getSelection();
            if (current instanceof IStructuredSelection structured && structured.getFirstElement() instanceof Annotation gone
                    && gone.eContainer() == null) {
                current = StructuredSelection.EMPTY;
            }
            selectionProvider.setSelection(current);
        });
    }

    private boolean refreshPending;
    /** A repaint of everything is due (else only of {@link #repaintPending}). */
    private boolean fullRefreshPending;
    private final java.util.Set<Annotation> repaintPending = java.util.Collections
            .newSetFromMap(new java.util.IdentityHashMap<>());
    /** Beyond this many annotations changed at once, everything is repainted. */
    private static final int REPAINT_LIMIT = 64;

    /** Repaints once after the current burst of changes (a new annotation is both a change and a selection). */
    private void scheduleRefresh() {
        fullRefreshPending = true;
        scheduleRepaint(List.of());
    }

    /** Repaints the stretches of {@code touched} (added, removed, changed, selected or no longer) once after the burst. */
    private void scheduleRepaint(java.util.Collection<Annotation> touched) {
        for (Annotation annotation : touched) {
            if (annotation != null) {
                repaintPending.add(annotation);
            }
        }
        if (!refreshPending) {
            refreshPending = true;
            getSite().getShell().getDisplay().asyncExec(() -> {
                refreshPending = false;
                List<Annotation> repaint = new ArrayList<>(repaintPending);
                repaintPending.clear();
                boolean full = fullRefreshPending || repaint.size() > REPAINT_LIMIT;
                fullRefreshPending = false;
                if (articleArea == null || articleArea.isDisposed()) {
                    return;
                }
                if (full) {
                    refreshPanes();
                } else if (!repaint.isEmpty()) {
                    repaintPanes(repaint);
                }
            });
        }
    }

    /** Repaints what {@code touched} covers (or covered) in every visible article; the suggestions follow. */
    private void repaintPanes(List<Annotation> touched) {
        for (ArticlePane pane : panes) {
            // Painted already (the student's own add or delete is painted at once): the article's 10,000
            // annotations are not gathered again for nothing.
            if (!pane.paintedAsIs(touched, selected)) {
                pane.showChanges(annotationsOf(pane.getArticle()), selected, touched);
            }
        }
        if (suggestions != null) {
            suggestions.refresh();
        }
    }

    /**
     * The student's own action shows first: the articles are repainted at once, before the panels and
     * lists catch up (they follow within a moment).
     */
    private void paintNow(Annotation... changed) {
        List<Annotation> touched = java.util.Arrays.asList(changed);
        for (ArticlePane pane : panes) {
            pane.showChanges(annotationsOf(pane.getArticle()), selected, touched);
            pane.getText().update();
            if (pane.getHeadline() != null) {
                pane.getHeadline().update();
            }
        }
    }

    /** Repaints every visible article's annotations now. */
    public void refreshPanes() {
        for (ArticlePane pane : panes) {
            pane.showAnnotations(annotationsOf(pane.getArticle()), selected);
        }
        if (suggestions != null) {
            suggestions.refresh();
        }
    }

    /** The suggestions drawn in this editor's articles (null before the controls are made). */
    public org.framebench.ui.suggest.SuggestionController getSuggestions() {
        return suggestions;
    }

    /** The article the Annotate menu's article commands act on: the one last worked in, else the first shown. */
    public Article currentArticle() {
        ArticlePane pane = getFocusedPane();
        if (pane == null && !panes.isEmpty()) {
            pane = panes.get(0);
        }
        return pane == null ? null : pane.getArticle();
    }

    private List<Annotation> annotationsOf(Article article) {
        List<Annotation> result = new ArrayList<>();
        for (Annotation annotation : document.getAnnotations()) {
            // One that could not be re-anchored after a text change is kept and listed, but not painted.
            if (annotation.getArticle() == article && TextAnchors.isAnchored(annotation)) {
                result.add(annotation);
            }
        }
        return result;
    }

    private List<Article> articles() {
        return document.getAssignment().getArticles();
    }

    public AnnotationDocument getDocument() {
        return document;
    }

    public AdapterFactoryEditingDomain getEditingDomain() {
        return editingDomain;
    }

    /** The document's changes, as EMF notifies them (views take {@link DocumentChanges#newDelta() deltas} of them). */
    public DocumentChanges getChanges() {
        return changes;
    }

    /** The article panes currently shown, in order. */
    public List<ArticlePane> getPanes() {
        return List.copyOf(panes);
    }

    public Layout getLayout() {
        return layout;
    }

    /** Names this editor's own recovery copy (see {@link DocumentEditorInput#getRecoveryId()}). */
    public String getRecoveryId() {
        return ((DocumentEditorInput) getEditorInput()).getRecoveryId();
    }

    /**
     * Shows (or, with null, hides) a notice above the articles that this document's unsaved work is not
     * being copied aside.
     */
    public void showAutosaveProblem(String message) {
        AutosaveNotice notice = message != null ? getAutosaveNotice() : autosaveNotice;
        if (notice != null) {
            notice.show(message);
        }
    }

    /** When the document last changed in this editor (an edit, undo or redo), or null: autosave waits for a pause. */
    public java.time.Instant getLastChange() {
        return lastChange;
    }

    /** Whether the editor's controls are made and not yet disposed (false once it is closed). */
    public boolean hasControls() {
        return root != null && !root.isDisposed();
    }

    /**
     * The notice shown while autosave fails (for tests: what the student sees), made hidden above the articles
     * the first time it is needed; null before the editor's controls are made.
     */
    public AutosaveNotice getAutosaveNotice() {
        if (autosaveNotice == null && root != null && !root.isDisposed()) {
            autosaveNotice = new AutosaveNotice(root, this::doSaveAs);
            autosaveNotice.moveAbove(root.getChildren()[0]);
        }
        return autosaveNotice;
    }

    /** The file this document is saved in, or null while untitled. */
    public Path getFile() {
        return ((DocumentEditorInput) getEditorInput()).getFile();
    }

    @Override
    public void setFocus() {
        if (!panes.isEmpty()) {
            panes.get(0).getText().setFocus();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        boolean saved = getFile() == null ? saveAsChosenFile() : saveTo(getFile());
        if (!saved && monitor != null) {
            // Not saved (cancelled, refused or failed): closing the window or editor must not go on and
            // throw the work away.
            monitor.setCanceled(true);
        }
    }

    @Override
    public void doSaveAs() {
        saveAsChosenFile();
    }

    /** Asks where to save and saves there. @return true when saved */
    private boolean saveAsChosenFile() {
        if (!ensureAnnotator()) {
            return false;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.fbench", "*.*" });
        dialog.setFilterNames(new String[] { Messages.Editor_fileFilter, Messages.Editor_allFiles });
        dialog.setOverwrite(true);
        dialog.setFileName(getFile() != null ? getFile().getFileName().toString() : suggestedFileName());
        String chosen = dialog.open();
        if (chosen == null) {
            return false;
        }
        String name = chosen.endsWith(".fbench") ? chosen : chosen + ".fbench";
        Path file;
        try {
            file = Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            // Under a language setting that only knows ASCII (LANG=C), a name with accents.
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
                    NLS.bind(Messages.Editor_saveUnreadableName, name.replace('\uFFFD', '?'),
                            System.getProperty("sun.jnu.encoding", "?")));
            return false;
        }
        return saveTo(file);
    }

    /**
     * Makes sure the document names who made it: a student's document the student (asked once), a key or
     * an instructor's document the instructor (never the student identity remembered on this computer).
     * @return false if the user cancelled
     */
    private boolean ensureAnnotator() {
        if (document.getRole() == Role.KEY || document.getRole() == Role.INSTRUCTOR) {
            if (document.getAnnotatorName() != null && !document.getAnnotatorName().isBlank()) {
                return true;
            }
            String name = InstructorIdentity.ensure(getSite().getShell());
            if (name == null) {
                return false;
            }
            document.setAnnotatorName(name);
            return true;
        }
        return StudentIdentity.ensure(getSite().getShell(), document);
    }

    private String suggestedFileName() {
        String who = document.getRole() == Role.KEY ? "key"
                : document.getAnnotatorId() != null && !document.getAnnotatorId().isBlank() ? document.getAnnotatorId()
                        : "student";
        return document.getAssignment().getId() + "-" + who.replaceAll("[^A-Za-z0-9._-]", "_") + ".fbench";
    }

    /**
     * Saves to {@code file} (atomically, keeping the previous version as a backup). The annotator must be
     * known: taken from the remembered student identity if the document has none.
     *
     * If another program wrote the file since this editor read or last saved it, the user is asked first
     * (overwrite, save as, reload, cancel); a file deleted meanwhile is simply written again.
     *
     * @return true when saved; on failure the user has been told why and nothing on disk changed
     */
    public boolean saveTo(Path file) {
        if (!ensureAnnotator()) {
            return false;
        }
        switch (askIfChangedOnDisk(file.toAbsolutePath())) {
            case OVERWRITE -> {
                // go on and save
            }
            case SAVE_AS -> {
                return saveAsChosenFile();
            }
            case RELOAD, CANCEL -> {
                return false;
            }
        }
        document.setModified(new Date());
        document.setToolVersion(Documents.TOOL_VERSION);
        try {
            DocumentStore.save(document, file);
        } catch (DocumentException e) {
            FramebenchUiPlugin.log("save", e);
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle, e.getMessage());
            return false;
        }
        org.framebench.ui.internal.WorkspaceRefresh.refresh(file.toAbsolutePath()); // in an IDE: its Project Explorer
        ((DocumentEditorInput) getEditorInput()).setFile(file.toAbsolutePath());
        rememberDisk(file.toAbsolutePath(), true);
        document.eResource().setURI(URI.createFileURI(file.toAbsolutePath().toString()));
        ((BasicCommandStack) editingDomain.getCommandStack()).saveIsDone();
        ((DocumentEditorInput) getEditorInput()).setUnsavedChanges(false);
        FramebenchUiPlugin.getDefault().getRecovery().discard(this);
        org.framebench.ui.internal.RecentFiles.add(file); // File → Open Recent
        updateTitle();
        firePropertyChange(PROP_DIRTY);
        firePropertyChange(PROP_INPUT);
        return true;
    }

    /** What the user chose when the file had changed on disk (OVERWRITE also when nothing had changed). */
    private enum DiskAnswer {
        OVERWRITE, SAVE_AS, RELOAD, CANCEL
    }

    /**
     * Whether saving to {@code target} may go ahead: it may when {@code target} is not the file this
     * editor read or saved, when that file is as it was, or when it is gone (saving recreates it).
     * Otherwise the user chooses; a confirmed reload is started here.
     */
    private DiskAnswer askIfChangedOnDisk(Path target) {
        DocumentEditorInput input = (DocumentEditorInput) getEditorInput();
        FileFingerprint remembered = target.equals(getFile()) ? input.getOnDisk() : null;
        if (remembered == null) {
            return DiskAnswer.OVERWRITE;
        }
        FileFingerprint.Change change;
        try {
            change = remembered.changeSince(target);
        } catch (IOException e) {
            return DiskAnswer.OVERWRITE; // unreadable now: the save itself says what is wrong
        }
        if (change == FileFingerprint.Change.UNCHANGED || change == FileFingerprint.Change.DELETED) {
            return DiskAnswer.OVERWRITE;
        }
        String name = target.getFileName().toString();
        String when = modifiedTime(target);
        String message = change == FileFingerprint.Change.CREATED ? NLS.bind(Messages.Conflict_created, name, when)
                : NLS.bind(input.isOnDiskSinceSave() ? Messages.Conflict_sinceSaved : Messages.Conflict_sinceOpened,
                        name, when);
        MessageDialog question = new MessageDialog(getSite().getShell(), Messages.Conflict_title, null, message,
                MessageDialog.WARNING, 3, Messages.Conflict_overwrite, Messages.Conflict_saveAs,
                Messages.Conflict_reload, Messages.Conflict_cancel);
        switch (question.open()) {
            case 0:
                return DiskAnswer.OVERWRITE;
            case 1:
                return DiskAnswer.SAVE_AS;
            case 2:
                if (confirmReload(name)) {
                    reloadFrom(target);
                    return DiskAnswer.RELOAD;
                }
                return DiskAnswer.CANCEL;
            default: // Cancel, Escape, the window's close button
                return DiskAnswer.CANCEL;
        }
    }

    private boolean confirmReload(String name) {
        MessageDialog confirm = new MessageDialog(getSite().getShell(), Messages.Reload_title, null,
                NLS.bind(Messages.Reload_question, name), MessageDialog.WARNING, 1, Messages.Reload_confirm,
                Messages.Conflict_cancel);
        return confirm.open() == 0;
    }

    /**
     * Replaces this editor by one on the file as it is on disk now. The file is read first: if it cannot
     * be read, this editor and its unsaved changes stay as they are.
     */
    private void reloadFrom(Path target) {
        DocumentOpener.Loaded loaded;
        try {
            loaded = DocumentOpener.load(target);
        } catch (DocumentException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Open_failedTitle,
                    NLS.bind(Messages.Reload_failed, e.getMessage()));
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        // After the save that asked has returned: the workbench may be in the middle of it.
        getSite().getShell().getDisplay().asyncExec(() -> {
            page.closeEditor(this, false);
            DocumentOpener.openLoaded(page, target, loaded);
        });
    }

    private static String modifiedTime(Path file) {
        try {
            return DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT)
                    .format(new Date(Files.getLastModifiedTime(file).toMillis()));
        } catch (IOException e) {
            return "?";
        }
    }

    /** Remembers what {@code file} is on disk now (after reading or saving it). */
    private void rememberDisk(Path file, boolean atSave) {
        FileFingerprint now;
        try {
            now = FileFingerprint.of(file);
        } catch (IOException e) {
            now = null; // cannot be read: nothing to compare with, the next save just writes
        }
        ((DocumentEditorInput) getEditorInput()).setOnDisk(now, atSave);
    }

    private void updateTitle() {
        setPartName(getEditorInput().getName());
        setTitleToolTip(getEditorInput().getToolTipText());
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded()
                || ((DocumentEditorInput) getEditorInput()).hasUnsavedChanges();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void dispose() {
        editingDomain.getCommandStack().removeCommandStackListener(commandStackListener);
        if (changes != null) {
            changes.detach();
        }
        if (suggestions != null) {
            suggestions.dispose();
        }
        FramebenchUiPlugin plugin = FramebenchUiPlugin.getDefault();
        if (plugin != null) {
            plugin.getPreferenceStore().removePropertyChangeListener(appearanceListener);
            // Closed on purpose (saved, or the user chose not to save): nothing to recover.
            plugin.getRecovery().discard(this);
        }
        super.dispose();
    }

    /** The selection this editor offers the views: the selected annotation. */
    public IStructuredSelection getAnnotationSelection() {
        return (IStructuredSelection) selectionProvider.getSelection();
    }
}
