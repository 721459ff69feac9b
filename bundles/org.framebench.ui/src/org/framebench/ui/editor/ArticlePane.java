package org.framebench.ui.editor;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.framebench.model.Article;
import org.framebench.ui.Messages;

/** One article: its outlet and title above its exact text, read-only and selectable. */
public class ArticlePane extends Composite {

    private final Article article;
    private final Label header;
    private final StyledText text;

    public ArticlePane(Composite parent, Article article) {
        super(parent, SWT.BORDER);
        this.article = article;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        setLayout(layout);

        header = new Label(this, SWT.NONE);
        header.setText(NLS.bind(Messages.Editor_articleHeader, article.getOutlet(), article.getTitle()));
        header.setToolTipText(article.getNotes());
        header.setFont(JFaceResources.getBannerFont());
        GridData headerData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        headerData.horizontalIndent = 6;
        headerData.verticalIndent = 4;
        header.setLayoutData(headerData);

        text = new StyledText(this, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.MULTI);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        text.setText(article.getText());
        text.setMargins(8, 6, 8, 6);
        text.setLineSpacing(3);
        text.setFont(JFaceResources.getTextFont());
        text.setData("org.framebench.article", article.getId());
    }

    public Article getArticle() {
        return article;
    }

    public StyledText getText() {
        return text;
    }

    public Label getHeader() {
        return header;
    }
}
