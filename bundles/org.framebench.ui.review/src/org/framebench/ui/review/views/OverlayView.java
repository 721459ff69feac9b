package org.framebench.ui.review.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.framebench.grading.agreement.Coverage;
import org.framebench.model.Article;
import org.framebench.model.Code;
import org.framebench.model.Layer;
import org.framebench.ui.review.Messages;
import org.framebench.ui.review.ReviewColours;
import org.framebench.ui.review.ReviewSession;
import org.framebench.ui.review.ReviewSessions;

/**
 * The class overlay: on one article, how many students marked each stretch of text (with every code, one
 * layer or one code), as a heat colouring; the key's stretches are underlined, so that what the class
 * found and missed shows at a glance.
 */
public class OverlayView extends ViewPart {

    public static final String ID = "org.framebench.ui.review.views.overlay";

    /** A choice of the filter: its label and the codes it lets through. */
    private record Filter(String label, Predicate<Code> codes) {
    }

    private Combo articleChooser;
    private Combo filterChooser;
    private Legend legend;
    private StyledText text;
    private final Map<RGB, Color> colours = new HashMap<>();
    private List<Article> articles = List.of();
    private List<Filter> filters = List.of();
    private ReviewSession session;
    private int[] counts = new int[0];
    private int students;
    private final Consumer<ReviewSession> sessionListener = this::setSession;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        Composite top = new Composite(parent, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout topLayout = new GridLayout(5, false);
        topLayout.marginHeight = 0;
        top.setLayout(topLayout);
        new Label(top, SWT.NONE).setText(Messages.Overlay_article);
        articleChooser = new Combo(top, SWT.READ_ONLY);
        articleChooser.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        articleChooser.addListener(SWT.Selection, e -> refresh());
        new Label(top, SWT.NONE).setText(Messages.Overlay_filter);
        filterChooser = new Combo(top, SWT.READ_ONLY);
        filterChooser.setVisibleItemCount(20);
        filterChooser.addListener(SWT.Selection, e -> refresh());
        legend = new Legend(top);
        // Own row: squeezed beside the choosers, the wrapping legend would grow tall and vanish.
        legend.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));

        text = new StyledText(parent, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI | SWT.BORDER);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setMargins(8, 6, 8, 6);
        text.setLineSpacing(3);
        text.setFont(JFaceResources.getTextFont());
        text.addListener(SWT.MouseHover, e -> {
            int offset = text.getOffsetAtPoint(new Point(e.x, e.y));
            text.setToolTipText(offset < 0 || offset >= counts.length ? null
                    : NLS.bind(Messages.Overlay_hover, counts[offset], students));
        });
        text.addListener(SWT.MouseExit, e -> text.setToolTipText(null));
        ReviewSessions.addSessionListener(sessionListener);
        setSession(ReviewSessions.current());
    }

    @Override
    public void dispose() {
        ReviewSessions.removeSessionListener(sessionListener);
        super.dispose();
    }

    private void setSession(ReviewSession newSession) {
        if (text == null || text.isDisposed()) {
            return;
        }
        if (newSession != session) {
            session = newSession;
            articles = session == null || session.assignment() == null ? List.of() : session.assignment().getArticles();
            articleChooser.setItems(articles.stream().map(a -> a.getOutlet() + " \u2013 " + a.getTitle()).toArray(String[]::new));
            filters = filtersOf(session);
            filterChooser.setItems(filters.stream().map(Filter::label).toArray(String[]::new));
            if (!articles.isEmpty()) {
                articleChooser.select(0);
                filterChooser.select(0);
            }
        }
        refresh();
    }

    private static List<Filter> filtersOf(ReviewSession session) {
        List<Filter> filters = new ArrayList<>();
        filters.add(new Filter(Messages.Overlay_allCodes, code -> true));
        if (session == null || session.assignment() == null || session.assignment().getCodebook() == null) {
            return filters;
        }
        for (Layer layer : session.assignment().getCodebook().getLayers()) {
            String layerId = layer.getId();
            filters.add(new Filter(NLS.bind(Messages.Overlay_layer, layer.getLabel()),
                    code -> code.getLayer() != null && layerId.equals(code.getLayer().getId())));
        }
        for (Layer layer : session.assignment().getCodebook().getLayers()) {
            for (Code code : layer.getCodes()) {
                String codeId = code.getId();
                filters.add(new Filter("    " + code.getId() + "  " + code.getLabel(), c -> codeId.equals(c.getId())));
            }
        }
        return filters;
    }

    /** Shows article {@code articleIndex} counted with filter {@code filterIndex} (0 = every code). */
    public void show(int articleIndex, int filterIndex) {
        articleChooser.select(articleIndex);
        filterChooser.select(filterIndex);
        refresh();
    }

    private void refresh() {
        int articleIndex = articleChooser.getSelectionIndex();
        int filterIndex = Math.max(0, filterChooser.getSelectionIndex());
        if (session == null || articleIndex < 0 || articleIndex >= articles.size()) {
            text.setText(session == null ? Messages.Overlay_noClass : "");
            counts = new int[0];
            legend.clear();
            return;
        }
        Article article = articles.get(articleIndex);
        String content = Objects.requireNonNullElse(article.getText(), "");
        if (!content.equals(text.getText())) {
            text.setText(content);
        }
        Predicate<Code> codes = filters.get(filterIndex).codes();
        students = session.gradableDocuments().size();
        counts = Coverage.markedCounts(session.gradableDocuments(), article.getId(), content.length(), codes);
        boolean[] inKey = new boolean[content.length()];
        if (session.hasKey()) {
            int[] key = Coverage.markedCounts(List.of(session.key().document()), article.getId(), content.length(), codes);
            for (int i = 0; i < key.length; i++) {
                inKey[i] = key[i] > 0;
            }
        }
        text.setStyleRanges(styles(counts, inKey));
        updateLegend();
    }

    /** One style per run of characters with the same count and the same key membership. */
    private StyleRange[] styles(int[] marked, boolean[] inKey) {
        List<StyleRange> styles = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= marked.length; i++) {
            if (i == marked.length || marked[i] != marked[start] || inKey[i] != inKey[start]) {
                if (marked[start] > 0 || inKey[start]) {
                    StyleRange range = new StyleRange();
                    range.start = start;
                    range.length = i - start;
                    if (marked[start] > 0) {
                        range.background = colour(ReviewColours.heat(marked[start], students));
                    }
                    if (inKey[start]) {
                        range.underline = true;
                        range.underlineStyle = SWT.UNDERLINE_DOUBLE;
                    }
                    styles.add(range);
                }
                start = i;
            }
        }
        return styles.toArray(new StyleRange[0]);
    }

    private void updateLegend() {
        legend.clear();
        legend.addText(NLS.bind(Messages.Overlay_legend, students));
        for (int count : scaleSteps(students)) {
            legend.add(ReviewColours.heat(count, students), Integer.toString(count));
        }
        if (session != null && session.hasKey()) {
            legend.addText(Messages.Overlay_keyUnderlined);
        }
        legend.getParent().layout(true, true);
    }

    /** Every count for a small class, else about six evenly spread ones (always 1 and all). */
    static List<Integer> scaleSteps(int total) {
        List<Integer> steps = new ArrayList<>();
        if (total <= 0) {
            return steps;
        }
        int parts = Math.min(total, 6);
        for (int i = 0; i < parts; i++) {
            int step = parts == 1 ? total : 1 + (int) Math.round((double) i * (total - 1) / (parts - 1));
            if (steps.isEmpty() || steps.get(steps.size() - 1) != step) {
                steps.add(step);
            }
        }
        return steps;
    }

    private Color colour(RGB rgb) {
        return colours.computeIfAbsent(rgb, Color::new);
    }

    /** How many students marked each character of the shown article, with the shown filter. */
    public int[] getCounts() {
        return counts.clone();
    }

    public int getStudentCount() {
        return students;
    }

    public StyledText getText() {
        return text;
    }

    public List<String> getLegendTexts() {
        return java.util.Arrays.stream(legend.getChildren()).filter(Label.class::isInstance)
                .map(c -> ((Label) c).getText().strip()).toList();
    }

    @Override
    public void setFocus() {
        text.setFocus();
    }
}
