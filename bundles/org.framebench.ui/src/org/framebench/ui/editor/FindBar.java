package org.framebench.ui.editor;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.edit.AnnotationCommands;
import org.framebench.core.text.TextAnchors;
import org.framebench.core.text.TextSearch;
import org.framebench.core.text.TextSnapping;
import org.framebench.core.text.TextSpan;
import org.framebench.model.Annotation;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.TextRegion;
import org.framebench.ui.Messages;
import org.framebench.ui.internal.CleanInput;
import org.framebench.ui.internal.DropDown;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.internal.Names;

/**
 * Find across the four articles (Ctrl+F): a bar above the articles. Every match is framed in every article
 * shown as the student types; Enter / Next and Shift+Enter / Previous go from match to match, across
 * articles (showing the article if the layout hides it), each selected so a code key annotates it; "Annotate
 * All" gives every match a code in one change (one Ctrl+Z takes it back). Escape or Close hides the bar.
 */
public final class FindBar {

    /** One match: where it is. */
    public record Match(Article article, TextRegion region, int begin, int end) {
    }

    private final DocumentEditor editor;
    private final Composite bar;
    private final Text field;
    private final Label status;
    private final DropDown codeChoice;
    private final Button annotateAll;
    private final List<Code> codes;
    private final Map<String, String> folded = new IdentityHashMap<>();
    private List<Match> matches = List.of();
    private int current = -1;

    FindBar(Composite parent, DocumentEditor editor) {
        this.editor = editor;
        bar = new Composite(parent, SWT.NONE);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.exclude = true;
        bar.setLayoutData(data);
        bar.setVisible(false);
        // Three short rows, so that all of it fits above the articles even in a narrow window: find and move,
        // what was found, annotate all.
        GridLayout layout = new GridLayout(5, false);
        layout.marginHeight = 2;
        layout.verticalSpacing = 2;
        bar.setLayout(layout);

        new Label(bar, SWT.NONE).setText(Messages.Find_label);
        field = CleanInput.attach(new Text(bar, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL));
        GridData fieldData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        fieldData.widthHint = 200;
        field.setLayoutData(fieldData);
        field.setMessage(Messages.Find_hint);
        field.addListener(SWT.Modify, e -> search());
        field.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) {
                go((e.stateMask & SWT.SHIFT) == 0);
                e.doit = false;
            }
        });
        field.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                close();
                e.doit = false;
                e.detail = SWT.TRAVERSE_NONE;
            } else if (e.detail == SWT.TRAVERSE_RETURN) {
                e.doit = false;
            }
        });
        button(Messages.Find_previous, () -> go(false));
        button(Messages.Find_next, () -> go(true));
        button(Messages.Find_close, this::close);

        status = new Label(bar, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));

        new Label(bar, SWT.NONE).setText(Messages.Find_annotateAs);
        codeChoice = new DropDown(bar, null); // not a native Combo, which may be narrower than a name (see DropDown)
        codeChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        codes = Codebooks.allCodes(editor.getDocument().getAssignment().getCodebook());
        for (Code code : codes) {
            codeChoice.add(Names.code(code));
        }
        codeChoice.select(0);
        annotateAll = button(Messages.Find_annotateAll, this::annotateAll);
        updateStatus();
    }

    /** Puts the bar right above {@code sibling} (the articles). */
    void moveAbove(org.eclipse.swt.widgets.Control sibling) {
        bar.moveAbove(sibling);
    }

    private Button button(String text, Runnable action) {
        Button button = new Button(bar, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    /** Shows the bar (if hidden) and puts the cursor in its field, its text selected to type over. */
    public void open() {
        if (!bar.isVisible()) {
            ((GridData) bar.getLayoutData()).exclude = false;
            bar.setVisible(true);
            bar.getParent().layout(true, true);
        }
        field.setFocus();
        field.selectAll();
        search();
    }

    /**
     * Hides the bar and its marks; the cursor goes back to the article of the current match, still selected
     * there: a code key now annotates it.
     */
    public void close() {
        ((GridData) bar.getLayoutData()).exclude = true;
        bar.setVisible(false);
        matches = List.of();
        current = -1;
        paint();
        bar.getParent().layout(true, true);
        editor.focusLastText();
    }

    public boolean isOpen() {
        return bar.isVisible();
    }

    /** Types {@code query} into the field, as a student does (tests, benchmark). */
    public void setQuery(String query) {
        field.setText(query);
    }

    public Text getField() {
        return field;
    }

    /** The matches of the text in the field, in reading order. */
    public List<Match> getMatches() {
        return matches;
    }

    /** The current match (the one selected in its article), or null. */
    public Match getCurrent() {
        return current < 0 || current >= matches.size() ? null : matches.get(current);
    }

    public String getStatus() {
        return status.getText();
    }

    /** Chooses the code "Annotate All" gives (index into the codebook's codes, in order). */
    public void chooseCode(Code code) {
        codeChoice.select(codes.indexOf(code));
    }

    /** Finds the field's text in every article, marks the matches and makes the first one current. */
    private void search() {
        String query = field.getText();
        List<Match> found = new ArrayList<>();
        if (!query.isEmpty()) {
            for (Article article : editor.getDocument().getAssignment().getArticles()) {
                if (article.getHeadline() != null && !article.getHeadline().isEmpty()) {
                    add(found, article, TextRegion.HEADLINE, article.getHeadline(), query);
                }
                if (article.getText() != null) {
                    add(found, article, TextRegion.BODY, article.getText(), query);
                }
            }
        }
        matches = found;
        current = found.isEmpty() ? -1 : 0;
        paint();
        updateStatus();
    }

    private void add(List<Match> found, Article article, TextRegion region, String text, String query) {
        String foldedText = folded.computeIfAbsent(text, TextSearch::fold);
        for (int begin : TextSearch.findAll(foldedText, query)) {
            found.add(new Match(article, region, begin, begin + query.length()));
        }
    }

    /** Goes to the next match (or the previous one), round to the first after the last. */
    public void go(boolean forward) {
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + (forward ? 1 : -1), matches.size());
        Match match = matches.get(current);
        editor.revealText(match.article(), match.region(), match.begin(), match.end());
        paint();
        updateStatus();
    }

    /** The articles' panes were rebuilt (another layout): mark the matches in them too. */
    void paneAdded(ArticlePane pane) {
        paint(pane);
    }

    private void paint() {
        for (ArticlePane pane : editor.getPanes()) {
            paint(pane);
        }
    }

    private void paint(ArticlePane pane) {
        List<Integer> body = new ArrayList<>();
        List<Integer> headline = new ArrayList<>();
        int length = 0;
        for (Match match : matches) {
            if (match.article() == pane.getArticle()) {
                (match.region() == TextRegion.HEADLINE ? headline : body).add(match.begin());
                length = match.end() - match.begin();
            }
        }
        Match now = getCurrent();
        boolean here = now != null && now.article() == pane.getArticle();
        pane.showMatches(body.stream().mapToInt(Integer::intValue).toArray(),
                headline.stream().mapToInt(Integer::intValue).toArray(), length,
                here ? now.region() : null, here ? now.begin() : -1);
    }

    private void updateStatus() {
        if (field.getText().isEmpty()) {
            status.setText("");
        } else if (matches.isEmpty()) {
            status.setText(Messages.Find_none);
        } else {
            long articles = matches.stream().map(Match::article).distinct().count();
            Match now = getCurrent();
            status.setText(NLS.bind(Messages.Find_count, new Object[] { current + 1, matches.size(), articles,
                    now == null ? "" : Names.outlet(now.article()) }));
        }
        annotateAll.setEnabled(!matches.isEmpty());
        bar.layout(new org.eclipse.swt.widgets.Control[] { status });
    }

    /**
     * Gives every match the chosen code, as one change: matches that already carry that code over the same
     * words are left as they are. Snapped to whole words when the student's setting says so.
     * @return how many annotations were made
     */
    public int annotateAll() {
        if (matches.isEmpty() || codeChoice.getSelectionIndex() < 0) {
            return 0;
        }
        Code code = codes.get(codeChoice.getSelectionIndex());
        CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Find_annotateAllCommand, code.getId()));
        List<String> made = new ArrayList<>();
        for (Match match : matches) {
            String text = TextAnchors.textOf(match.article(), match.region());
            TextSpan span = FramebenchUiPlugin.snapToWords() ? TextSnapping.snapToWords(text, match.begin(), match.end())
                    : new TextSpan(match.begin(), match.end());
            String key = match.article().getId() + "/" + match.region() + "/" + span.begin() + "/" + span.end();
            if (span.end() <= span.begin() || made.contains(key) || alreadyCoded(match, span, code)) {
                continue;
            }
            made.add(key);
            command.append(AnnotationCommands.create(editor.getEditingDomain(), editor.getDocument(), match.article(),
                    match.region(), span.begin(), span.end(), code));
        }
        if (made.isEmpty()) {
            status.setText(NLS.bind(Messages.Find_allAlreadyCoded, Names.code(code)));
            bar.layout(new org.eclipse.swt.widgets.Control[] { status });
            return 0;
        }
        editor.execute(command);
        status.setText(NLS.bind(Messages.Find_annotated, made.size(), Names.code(code)));
        bar.layout(new org.eclipse.swt.widgets.Control[] { status });
        return made.size();
    }

    private boolean alreadyCoded(Match match, TextSpan span, Code code) {
        for (Annotation annotation : editor.getDocument().getAnnotations()) {
            if (annotation.getArticle() == match.article() && annotation.getRegion() == match.region()
                    && annotation.getCode() == code && annotation.getBegin() == span.begin()
                    && annotation.getEnd() == span.end()) {
                return true;
            }
        }
        return false;
    }
}
