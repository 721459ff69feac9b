package org.framebench.ui.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.util.IPropertyChangeListener;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.Codebook;
import org.framebench.suggest.AttributionFinder;
import org.framebench.suggest.SuggestedAnnotation;
import org.framebench.ui.editor.ArticlePane;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.internal.Names;

/**
 * One editor's suggestions: found per article in a background job (the first one loads the OpenNLP models), drawn
 * in each shown article's body by a {@link SuggestionLayer}, accepted with Enter and dismissed with Backspace
 * (both on the editor's command stack, so Undo takes them back). Shown only when {@link Suggestions#allowed} and
 * the Show Suggestions toggle is on.
 */
public final class SuggestionController {

    /** Preference: Show Suggestions (the toolbar toggle); on by default. */
    public static final String SHOW = "suggestions.show";

    /** What the finder found for one article text with one codebook. */
    private record Found(String articleId, String codebookDigest, String text) {
    }

    /**
     * The finder's answers for the texts seen lately, shared by the editors: an article opened again (in this
     * document or another of the same assignment) is drawn at once, without running the finder again.
     */
    private static final Map<Found, List<SuggestedAnnotation>> RECENT = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Found, List<SuggestedAnnotation>> eldest) {
                    return size() > 32;
                }
            });

    private final DocumentEditor editor;
    private final Display display;
    /** The finder's suggestions per article (all of them; accepted and dismissed ones are filtered when shown). */
    private final Map<Article, List<SuggestedAnnotation>> found = new HashMap<>();
    private final Map<Article, Job> running = new HashMap<>();
    private final Map<ArticlePane, SuggestionLayer> layers = new LinkedHashMap<>();
    private final IPropertyChangeListener showListener = event -> {
        if (SHOW.equals(event.getProperty())) {
            asyncRefresh();
        }
    };
    private boolean disposed;

    public SuggestionController(DocumentEditor editor) {
        this.editor = editor;
        this.display = editor.getSite().getShell().getDisplay();
        if (FramebenchUiPlugin.getDefault() != null) {
            FramebenchUiPlugin.getDefault().getPreferenceStore().addPropertyChangeListener(showListener);
        }
    }

    /** Whether the Show Suggestions toggle is on. */
    public static boolean toggleOn() {
        return FramebenchUiPlugin.getDefault() == null
                || FramebenchUiPlugin.getDefault().getPreferenceStore().getBoolean(SHOW);
    }

    private AnnotationDocument document() {
        return editor.getDocument();
    }

    /** Whether suggestions are drawn in this editor now. */
    public boolean isShowing() {
        return Suggestions.allowed(document()) && toggleOn();
    }

    /** A new article pane: its body gets a layer, and its suggestions are found if they are to be shown. */
    public void paneAdded(ArticlePane pane) {
        SuggestionLayer layer = new SuggestionLayer(pane.getText(), document().getAssignment().getCodebook());
        layers.put(pane, layer);
        pane.addListener(org.eclipse.swt.SWT.Dispose, e -> layers.remove(pane));
        refresh(pane, layer);
    }

    /** Shows each pane's open suggestions again (after a change, undo included, or the toggle). */
    public void refresh() {
        for (Map.Entry<ArticlePane, SuggestionLayer> entry : new ArrayList<>(layers.entrySet())) {
            refresh(entry.getKey(), entry.getValue());
        }
    }

    private void asyncRefresh() {
        display.asyncExec(() -> {
            if (!disposed) {
                refresh();
            }
        });
    }

    private void refresh(ArticlePane pane, SuggestionLayer layer) {
        if (pane.isDisposed()) {
            return;
        }
        Article article = pane.getArticle();
        if (!isShowing()) {
            layer.show(List.of());
            return;
        }
        List<SuggestedAnnotation> all = found.get(article);
        if (all == null) {
            find(article);
            all = found.get(article); // known already when the text was seen lately
        }
        layer.show(all == null ? List.of() : Suggestions.open(document(), article, all));
    }

    /** Finds {@code article}'s suggestions in the background, unless found or being found. */
    private void find(Article article) {
        if (found.containsKey(article) || running.containsKey(article)) {
            return;
        }
        // Copies taken here, on the UI thread: the job never reads the live document.
        String id = article.getId();
        String text = article.getText() == null ? "" : article.getText();
        Codebook codebook = EcoreUtil.copy(document().getAssignment().getCodebook());
        Found key = new Found(id, org.framebench.core.codebook.Codebooks.digest(codebook), text);
        List<SuggestedAnnotation> known = RECENT.get(key);
        if (known != null) {
            // Drawn in the article's first paint (the caller shows them while the pane is being made).
            found.put(article, known);
            return;
        }
        Job job = new Job(NLS.bind(Messages.Suggestions_jobName, Names.outlet(article))) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<SuggestedAnnotation> result;
                try {
                    result = List.copyOf(AttributionFinder.flatten(AttributionFinder.get().findAttributions(id, text,
                            codebook)));
                    RECENT.put(key, result);
                } catch (RuntimeException e) {
                    FramebenchUiPlugin.log("Suggestions for " + id + " could not be found", e);
                    result = List.of();
                }
                List<SuggestedAnnotation> done = result;
                if (!display.isDisposed()) {
                    display.asyncExec(() -> {
                        running.remove(article);
                        if (!disposed) {
                            found.put(article, done);
                            refresh();
                        }
                    });
                }
                return Status.OK_STATUS;
            }
        };
        job.setSystem(true);
        running.put(article, job);
        job.schedule();
    }

    /** {@code article}'s suggestions, found now (on this thread) if the job has not found them yet. */
    private List<SuggestedAnnotation> foundNow(Article article) {
        List<SuggestedAnnotation> all = found.get(article);
        if (all == null) {
            all = AttributionFinder.flatten(AttributionFinder.get().findAttributions(article.getId(),
                    article.getText() == null ? "" : article.getText(), document().getAssignment().getCodebook()));
            found.put(article, all);
        }
        return all;
    }

    /** Whether {@code article}'s suggestions have been found (tests wait for it). */
    public boolean isFound(Article article) {
        return found.containsKey(article);
    }

    /** The suggestions of {@code article} not yet accepted or dismissed (found now if need be); empty when not allowed. */
    public List<SuggestedAnnotation> openSuggestions(Article article) {
        if (!Suggestions.allowed(document())) {
            return List.of();
        }
        return Suggestions.open(document(), article, foundNow(article));
    }

    /** The layer drawing {@code pane}'s suggestions (null once the pane is gone). */
    public SuggestionLayer layerOf(ArticlePane pane) {
        return layers.get(pane);
    }

    /** The suggestion drawn at {@code widget}'s caret, or null (also when {@code widget} is a headline). */
    public SuggestedAnnotation atCaret(ArticlePane pane, StyledText widget) {
        SuggestionLayer layer = layers.get(pane);
        if (layer == null || layer.getText() != widget || !isShowing()) {
            return null;
        }
        return layer.at(widget.getCaretOffset());
    }

    /** Enter: accepts the suggestion at the caret. @return the new annotation, or null when the caret is in none */
    public Annotation acceptAtCaret(ArticlePane pane, StyledText widget) {
        SuggestedAnnotation suggestion = atCaret(pane, widget);
        if (suggestion == null) {
            return null;
        }
        return accept(pane.getArticle(), List.of(suggestion));
    }

    /** Backspace: dismisses the suggestion at the caret. @return whether there was one */
    public boolean dismissAtCaret(ArticlePane pane, StyledText widget) {
        SuggestedAnnotation suggestion = atCaret(pane, widget);
        if (suggestion == null) {
            return false;
        }
        dismiss(List.of(suggestion));
        return true;
    }

    /**
     * Accepts {@code suggestions} of {@code article} in one undoable step, each linked to the accepted parts of its
     * attribution. @return the last new annotation, or null
     */
    public Annotation accept(Article article, List<SuggestedAnnotation> suggestions) {
        Command command = Suggestions.accept(editor.getEditingDomain(), document(), article, suggestions,
                foundNow(article));
        if (command == null) {
            return null;
        }
        int before = document().getAnnotations().size();
        editor.execute(command);
        refresh();
        List<Annotation> annotations = document().getAnnotations();
        return annotations.size() > before ? annotations.get(annotations.size() - 1) : null;
    }

    /** Dismisses {@code suggestions} in one undoable step. */
    public void dismiss(List<SuggestedAnnotation> suggestions) {
        Command command = Suggestions.dismiss(editor.getEditingDomain(), document(), suggestions);
        if (command != null) {
            editor.execute(command);
            refresh();
        }
    }

    /** Annotate → Accept All Suggestions in Article. @return how many were accepted */
    public int acceptAll(Article article) {
        List<SuggestedAnnotation> open = openSuggestions(article);
        if (open.isEmpty()) {
            return 0;
        }
        int before = document().getAnnotations().size();
        accept(article, open);
        return document().getAnnotations().size() - before;
    }

    /** Annotate → Dismiss All Suggestions in Article. @return how many were dismissed */
    public int dismissAll(Article article) {
        List<SuggestedAnnotation> open = openSuggestions(article);
        dismiss(open);
        return open.size();
    }

    public void dispose() {
        disposed = true;
        for (Job job : running.values()) {
            job.cancel();
        }
        if (FramebenchUiPlugin.getDefault() != null) {
            FramebenchUiPlugin.getDefault().getPreferenceStore().removePropertyChangeListener(showListener);
        }
    }
}
