package org.framebench.ui.assignment;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.EList;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.framebench.core.assignment.ArticleDetails;
import org.framebench.core.assignment.Assignments;
import org.framebench.importer.ArticleImportException;
import org.framebench.importer.ArticleImporter;
import org.framebench.importer.ImportedArticle;
import org.framebench.model.Article;
import org.framebench.model.Assignment;

/**
 * Page 2: the articles. Add… imports files off the UI thread (with the wizard's progress bar); the list
 * gives outlet and word count, in the order students will see them; the fields on the right are the
 * selected article's; its text is shown read-only, and a selection trims the boilerplate around it
 * (Keep Only Selection, Delete Before / After Selection; Undo Trim or Ctrl+Z takes a trim back).
 */
final class ArticlesPage extends WizardPage {

    private final AssignmentWizard wizard;
    private TableViewer list;
    private Label count;
    private Button add;
    private Button up;
    private Button down;
    private Button remove;
    private Text outlet;
    private Text headline;
    private Text published;
    private Text url;
    private Text byline;
    private Text note;
    private StyledText text;
    private Label words;
    private Label warnings;
    private Button keepOnly;
    private Button deleteBefore;
    private Button deleteAfter;
    private Button undoTrim;
    private final List<Control> detailControls = new ArrayList<>();
    private boolean filling;

    ArticlesPage(AssignmentWizard wizard) {
        super("articles");
        this.wizard = wizard;
        setTitle(Messages.Articles_title);
        setDescription(NLS.bind(Messages.Articles_description, Assignments.MAX_ARTICLES));
    }

    @Override
    public void createControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        createList(sash);
        createDetails(sash);
        sash.setWeights(32, 68);
        setControl(sash);
        refreshList();
        if (!articles().isEmpty()) {
            select(articles().get(0));
        } else {
            fill(null);
        }
    }

    private void createList(Composite parent) {
        Composite left = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(0, 0).applyTo(left);
        list = new TableViewer(left, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
        list.getTable().setHeaderVisible(true);
        list.getTable().setLinesVisible(true);
        column(Messages.Articles_columnNumber, 30, a -> String.valueOf(articles().indexOf(a) + 1));
        column(Messages.Articles_columnOutlet, 170, a -> nonNull(a.getOutlet()));
        column(Messages.Articles_columnWords, 60, a -> String.valueOf(Assignments.wordCount(a.getText())));
        list.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(260, 200).applyTo(list.getControl());
        list.addSelectionChangedListener(e -> fill(selected()));

        Composite buttons = new Composite(left, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        add = button(buttons, Messages.Articles_add, this::addChosenFiles);
        up = button(buttons, Messages.Articles_up, () -> move(-1));
        down = button(buttons, Messages.Articles_down, () -> move(1));
        remove = button(buttons, Messages.Articles_remove, this::removeSelected);

        count = new Label(left, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(count);
    }

    private void column(String title, int width, Function<Article, String> label) {
        TableViewerColumn column = new TableViewerColumn(list, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label.apply((Article) element);
            }
        });
    }

    private void createDetails(Composite parent) {
        Composite right = new Composite(parent, SWT.NONE);
        right.setLayout(new GridLayout(2, false));
        outlet = field(right, Messages.Articles_outlet, Messages.Articles_outletHint, (a, v) -> a.setOutlet(v));
        headline = field(right, Messages.Articles_headline, null, (a, v) -> {
            a.setHeadline(v);
            a.setTitle(v != null ? v : a.getOutlet());
        });
        published = field(right, Messages.Articles_date, Messages.Articles_dateHint, (a, v) -> a.setPublished(v));
        url = field(right, Messages.Articles_url, Messages.Articles_urlHint, (a, v) -> a.setUrl(v));
        byline = field(right, Messages.Articles_byline, null, (a, v) -> a.setByline(v));

        Label noteLabel = new Label(right, SWT.NONE);
        noteLabel.setText(Messages.Articles_note);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).indent(0, 3).applyTo(noteLabel);
        note = new Text(right, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        note.setMessage(Messages.Articles_noteHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(300, 44).applyTo(note);
        note.addModifyListener(e -> edit((a, v) -> a.setNotes(v), note));
        detailControls.add(note);

        Label textLabel = new Label(right, SWT.WRAP);
        textLabel.setText(Messages.Articles_textLabel);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(textLabel);
        text = new StyledText(right, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
        text.setMargins(4, 4, 4, 4);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(300, 160).applyTo(text);
        text.addListener(SWT.Selection, e -> updateTrimButtons());
        text.addListener(SWT.MouseUp, e -> updateTrimButtons());
        text.addListener(SWT.KeyUp, e -> updateTrimButtons());
        text.addListener(SWT.KeyDown, e -> {
            if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'z' || e.keyCode == 'Z')) {
                undoTrim();
                e.doit = false;
            }
        });
        detailControls.add(text);

        Composite trim = new Composite(right, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(trim);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(trim);
        keepOnly = button(trim, Messages.Articles_keepOnly, () -> trim(Trim.KEEP_ONLY));
        deleteBefore = button(trim, Messages.Articles_deleteBefore, () -> trim(Trim.BEFORE));
        deleteAfter = button(trim, Messages.Articles_deleteAfter, () -> trim(Trim.AFTER));
        undoTrim = button(trim, Messages.Articles_undoTrim, this::undoTrim);
        words = new Label(trim, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(words);

        warnings = new Label(right, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(warnings);
    }

    private Text field(Composite parent, String label, String hint, BiConsumer<Article, String> set) {
        new Label(parent, SWT.NONE).setText(label);
        Text field = new Text(parent, SWT.BORDER | SWT.SINGLE);
        if (hint != null) {
            field.setMessage(hint);
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(field);
        field.addModifyListener(e -> edit(set, field));
        detailControls.add(field);
        return field;
    }

    private static Button button(Composite parent, String label, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        GridDataFactory.fillDefaults().applyTo(button);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    private void edit(BiConsumer<Article, String> set, Text field) {
        Article article = selected();
        if (filling || article == null) {
            return;
        }
        String value = field.getText().strip();
        set.accept(article, value.isEmpty() ? null : value);
        list.refresh(article);
        updateState();
    }

    // -- the list

    List<Article> articles() {
        return wizard.assignment().getArticles();
    }

    Article selected() {
        Object first = ((IStructuredSelection) list.getSelection()).getFirstElement();
        return first instanceof Article article ? article : null;
    }

    void select(Article article) {
        list.setSelection(article == null ? StructuredSelection.EMPTY : new StructuredSelection(article), true);
        fill(article);
    }

    private void refreshList() {
        list.setInput(articles().toArray());
        updateState();
    }

    private void move(int by) {
        Article article = selected();
        if (article == null) {
            return;
        }
        EList<Article> all = wizard.assignment().getArticles();
        int from = all.indexOf(article);
        int to = from + by;
        if (to < 0 || to >= all.size()) {
            return;
        }
        all.move(to, from);
        refreshList();
        select(article);
    }

    private void removeSelected() {
        Article article = selected();
        if (article == null) {
            return;
        }
        int at = articles().indexOf(article);
        articles().remove(article);
        refreshList();
        select(articles().isEmpty() ? null : articles().get(Math.min(at, articles().size() - 1)));
    }

    private void addChosenFiles() {
        List<Path> files = FileChoosers.get().articles(getShell());
        if (files != null && !files.isEmpty()) {
            addFiles(files);
        }
    }

    /** One file's import: the article, or the plain-words reason it was not added. */
    private record Outcome(Path file, ImportedArticle article, String failure) {
    }

    /**
     * Imports {@code files} off the UI thread, then adds those that read (up to the limit) and tells in one
     * message which were not added and why; the list is unchanged for those. @return the articles added
     */
    List<Article> addFiles(List<Path> files) {
        List<Outcome> outcomes = new ArrayList<>();
        try {
            getContainer().run(true, true, monitor -> {
                SubMonitor progress = SubMonitor.convert(monitor, Messages.Articles_importing, files.size());
                for (Path file : files) {
                    if (progress.isCanceled()) {
                        break;
                    }
                    progress.subTask(String.valueOf(file.getFileName()));
                    try {
                        outcomes.add(new Outcome(file, ArticleImporter.importFile(file), null));
                    } catch (ArticleImportException e) {
                        outcomes.add(new Outcome(file, null, e.getMessage()));
                    } catch (RuntimeException e) {
                        AssignmentWizard.log("importing " + file, e);
                        outcomes.add(new Outcome(file, null,
                                NLS.bind(Messages.Articles_unexpected, file.getFileName(), String.valueOf(e.getMessage()))));
                    }
                    progress.worked(1);
                }
            });
        } catch (InvocationTargetException e) {
            AssignmentWizard.log("importing articles", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Article> added = new ArrayList<>();
        List<String> notAdded = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome.failure() != null) {
                notAdded.add(outcome.failure());
            } else if (articles().size() >= Assignments.MAX_ARTICLES) {
                notAdded.add(NLS.bind(Messages.Articles_tooMany, outcome.file().getFileName(), Assignments.MAX_ARTICLES));
            } else {
                added.add(add(outcome.file(), outcome.article()));
            }
        }
        refreshList();
        if (!added.isEmpty()) {
            select(added.get(added.size() - 1));
        }
        if (!notAdded.isEmpty()) {
            StringBuilder message = new StringBuilder();
            for (String reason : notAdded) {
                message.append(message.length() == 0 ? "" : "\n").append("\u2022 ").append(reason);
            }
            MessageDialog.openError(getShell(), Messages.Articles_notAddedTitle,
                    NLS.bind(Messages.Articles_notAdded, message));
        }
        return added;
    }

    private Article add(Path file, ImportedArticle imported) {
        String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        String outletName = orElse(imported.outlet(), stem);
        String head = blankToNull(imported.headline());
        ArticleDetails details = new ArticleDetails(outletName, head != null ? head : stem, head,
                blankToNull(imported.byline()), blankToNull(imported.published()), blankToNull(imported.url()), null);
        Article article = Assignments.addArticle(wizard.assignment(), details, imported.text());
        article.setSourceFile(file.getFileName().toString());
        if (imported.warnings() != null && !imported.warnings().isEmpty()) {
            importWarnings.put(article, String.join("\n", imported.warnings()));
        }
        return article;
    }

    private final java.util.Map<Article, String> importWarnings = new java.util.IdentityHashMap<>();

    // -- the selected article

    private void fill(Article article) {
        filling = true;
        try {
            outlet.setText(article == null ? "" : nonNull(article.getOutlet()));
            headline.setText(article == null ? "" : nonNull(article.getHeadline()));
            published.setText(article == null ? "" : nonNull(article.getPublished()));
            url.setText(article == null ? "" : nonNull(article.getUrl()));
            byline.setText(article == null ? "" : nonNull(article.getByline()));
            note.setText(article == null ? "" : nonNull(article.getNotes()));
            showText(article);
            String warning = article == null ? null : importWarnings.get(article);
            warnings.setText(warning == null ? "" : NLS.bind(Messages.Articles_warnings, warning));
            for (Control control : detailControls) {
                control.setEnabled(article != null);
            }
        } finally {
            filling = false;
        }
        updateState();
        if (getControl() instanceof Composite page) {
            page.layout(true, true);
        }
    }

    private void showText(Article article) {
        String content = article == null ? "" : nonNull(article.getText());
        text.setOrientation(ArticleTrim.isMostlyRightToLeft(content) ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT);
        text.setText(content);
        words.setText(article == null ? "" : NLS.bind(Messages.Articles_words, Assignments.wordCount(content)));
        words.getParent().layout();
    }

    enum Trim { KEEP_ONLY, BEFORE, AFTER }

    /** Trims the selected article's text by the selection in the text; undoable with {@link #undoTrim()}. */
    boolean trim(Trim how) {
        Article article = selected();
        Point selection = text.getSelection();
        if (article == null || selection.x == selection.y) {
            return false;
        }
        String before = article.getText();
        String after = switch (how) {
            case KEEP_ONLY -> ArticleTrim.keepOnly(before, selection.x, selection.y);
            case BEFORE -> ArticleTrim.deleteBefore(before, selection.x);
            case AFTER -> ArticleTrim.deleteAfter(before, selection.y);
        };
        if (after == null) {
            MessageDialog.openInformation(getShell(), Messages.Articles_trimTitle, Messages.Articles_trimNothingLeft);
            return false;
        }
        if (after.equals(before)) {
            return false;
        }
        wizard.trimsOf(article).push(before);
        Assignments.setText(article, after);
        showText(article);
        list.refresh(article);
        updateState();
        return true;
    }

    /** Takes the last trim of the selected article back. */
    boolean undoTrim() {
        Article article = selected();
        if (article == null) {
            return false;
        }
        Deque<String> history = wizard.trimsOf(article);
        if (history.isEmpty()) {
            return false;
        }
        Assignments.setText(article, history.pop());
        showText(article);
        list.refresh(article);
        updateState();
        return true;
    }

    private void updateTrimButtons() {
        boolean any = selected() != null;
        boolean selection = any && text.getSelectionCount() > 0;
        keepOnly.setEnabled(selection);
        deleteBefore.setEnabled(selection);
        deleteAfter.setEnabled(selection);
        undoTrim.setEnabled(any && !wizard.trimsOf(selected()).isEmpty());
    }

    private void updateState() {
        if (list == null || count == null) {
            return;
        }
        int n = articles().size();
        Article article = selected();
        int at = article == null ? -1 : articles().indexOf(article);
        add.setEnabled(n < Assignments.MAX_ARTICLES);
        up.setEnabled(at > 0);
        down.setEnabled(at >= 0 && at < n - 1);
        remove.setEnabled(article != null);
        count.setText(NLS.bind(Messages.Articles_count, n, Assignments.MAX_ARTICLES));
        updateTrimButtons();
        String missingOutlet = null;
        for (Article each : articles()) {
            if (each.getOutlet() == null || each.getOutlet().isBlank()) {
                missingOutlet = NLS.bind(Messages.Articles_needOutlet, articles().indexOf(each) + 1);
            }
        }
        if (n == 0) {
            setMessage(Messages.Articles_needOne, INFORMATION);
            setPageComplete(false);
        } else if (missingOutlet != null) {
            setMessage(missingOutlet, WARNING);
            setPageComplete(true);
        } else {
            setMessage(null);
            setPageComplete(true);
        }
    }

    // -- for tests and the check page

    StyledText textWidget() {
        return text;
    }

    Text outletField() {
        return outlet;
    }

    Text headlineField() {
        return headline;
    }

    Text dateField() {
        return published;
    }

    Text urlField() {
        return url;
    }

    Text bylineField() {
        return byline;
    }

    Text noteField() {
        return note;
    }

    TableViewer listViewer() {
        return list;
    }

    Assignment assignment() {
        return wizard.assignment();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String orElse(String text, String otherwise) {
        return text == null || text.isBlank() ? otherwise : text.strip();
    }
}
