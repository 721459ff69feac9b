package org.framebench.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.ui.Messages;

/**
 * The editor of one annotation document: its articles side by side (all four, any two, or one), every
 * change an EMF command on one command stack.
 */
public class DocumentEditor extends EditorPart {

    public static final String ID = "org.framebench.ui.editor.document";

    /** How the articles are laid out. */
    public enum Layout {
        ALL, TWO, ONE
    }

    private AnnotationDocument document;
    private AdapterFactoryEditingDomain editingDomain;
    private Composite articleArea;
    private final List<ArticlePane> panes = new ArrayList<>();
    private Layout layout = Layout.ALL;
    private Combo firstArticle;
    private Combo secondArticle;
    private final Button[] layoutButtons = new Button[Layout.values().length];

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DocumentEditorInput documentInput)) {
            throw new PartInitException("Not a Framebench document: " + input.getName());
        }
        setSite(site);
        setInput(input);
        document = documentInput.getDocument();
        AdapterFactory adapterFactory = new ComposedAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        editingDomain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack());
        if (document.eResource() == null) {
            URI uri = documentInput.getFile() != null
                    ? URI.createFileURI(documentInput.getFile().toString())
                    : URI.createURI("untitled.fbench");
            Resource resource = editingDomain.getResourceSet().createResource(uri);
            resource.getContents().add(document);
        } else {
            editingDomain.getResourceSet().getResources().add(document.eResource());
        }
        setPartName(input.getName());
        setTitleToolTip(input.getToolTipText());
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayout rootLayout = new GridLayout(1, false);
        rootLayout.marginWidth = 0;
        rootLayout.marginHeight = 0;
        root.setLayout(rootLayout);
        createLayoutBar(root);
        articleArea = new Composite(root, SWT.NONE);
        articleArea.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        articleArea.setLayout(new org.eclipse.swt.layout.FillLayout());
        arrangeArticles();
    }

    private void createLayoutBar(Composite root) {
        Composite bar = new Composite(root, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout barLayout = new GridLayout(6, false);
        barLayout.marginHeight = 2;
        bar.setLayout(barLayout);
        new Label(bar, SWT.NONE).setText(Messages.Editor_layoutLabel);
        String[] labels = { Messages.Editor_layoutAll, Messages.Editor_layoutTwo, Messages.Editor_layoutOne };
        for (Layout option : Layout.values()) {
            Button button = new Button(bar, SWT.RADIO);
            button.setText(labels[option.ordinal()]);
            button.setSelection(option == layout);
            button.addListener(SWT.Selection, e -> {
                if (button.getSelection()) {
                    setLayout(option);
                }
            });
            layoutButtons[option.ordinal()] = button;
        }
        firstArticle = new Combo(bar, SWT.READ_ONLY);
        secondArticle = new Combo(bar, SWT.READ_ONLY);
        for (Article article : articles()) {
            firstArticle.add(article.getOutlet());
            secondArticle.add(article.getOutlet());
        }
        firstArticle.select(0);
        secondArticle.select(Math.min(1, articles().size() - 1));
        firstArticle.addListener(SWT.Selection, e -> arrangeArticles());
        secondArticle.addListener(SWT.Selection, e -> arrangeArticles());
        updateChooserState();
    }

    private void updateChooserState() {
        firstArticle.setEnabled(layout != Layout.ALL);
        secondArticle.setEnabled(layout == Layout.TWO);
    }

    /** Shows all articles, the two chosen, or the one chosen. */
    public void setLayout(Layout newLayout) {
        layout = newLayout;
        for (Layout option : Layout.values()) {
            layoutButtons[option.ordinal()].setSelection(option == newLayout);
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
                        panes.add(new ArticlePane(columns, articles.get(i)));
                    }
                }
            }
            case TWO -> {
                SashForm columns = new SashForm(articleArea, SWT.HORIZONTAL | SWT.SMOOTH);
                panes.add(new ArticlePane(columns, articles.get(firstArticle.getSelectionIndex())));
                panes.add(new ArticlePane(columns, articles.get(secondArticle.getSelectionIndex())));
            }
            case ONE -> panes.add(new ArticlePane(articleArea, articles.get(firstArticle.getSelectionIndex())));
        }
        articleArea.layout(true, true);
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

    /** The article panes currently shown, in order. */
    public List<ArticlePane> getPanes() {
        return List.copyOf(panes);
    }

    public Layout getLayout() {
        return layout;
    }

    @Override
    public void setFocus() {
        if (!panes.isEmpty()) {
            panes.get(0).getText().setFocus();
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        // Saving comes with annotating (issue 3).
    }

    @Override
    public void doSaveAs() {
        // Saving comes with annotating (issue 3).
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) editingDomain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }
}
