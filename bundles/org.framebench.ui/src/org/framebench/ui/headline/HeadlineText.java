package org.framebench.ui.headline;

import java.util.function.IntFunction;

import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.framebench.model.Article;
import org.framebench.model.TextRegion;
import org.framebench.ui.editor.AnnotatedText;

/**
 * An article's headline, shown above its body in bold, larger type: read-only, selectable and annotatable
 * like the body (the same painting, hover and hit-testing, through {@link AnnotatedText}).
 */
public final class HeadlineText {

    /** Key of the headline widget's data: the article's id (the body's is {@code org.framebench.article}). */
    public static final String DATA_KEY = "org.framebench.headline";

    private HeadlineText() {
    }

    /**
     * Adds the headline of {@code article} to {@code pane} (a one-column grid), or nothing when the article
     * has no headline (a file made before headlines).
     * @return the headline's annotatable text, or null
     */
    public static AnnotatedText create(Composite pane, Article article, IntFunction<Color> colours) {
        String headline = article.getHeadline();
        if (headline == null || headline.isEmpty()) {
            return null;
        }
        StyledText text = new StyledText(pane, SWT.READ_ONLY | SWT.WRAP | SWT.MULTI);
        text.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        // Margins and font before the text, as in the article's body: each would lay the text out again.
        text.setMargins(8, 6, 8, 2);
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), text);
        text.setFont(resources.create(FontDescriptor.createFrom(org.framebench.ui.internal.Appearance.articleFont()).setStyle(SWT.BOLD)
                .increaseHeight(3)));
        text.setText(headline);
        text.setData(DATA_KEY, article.getId());
        return new AnnotatedText(text, article, TextRegion.HEADLINE, colours);
    }
}
