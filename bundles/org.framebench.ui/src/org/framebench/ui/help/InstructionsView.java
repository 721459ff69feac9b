package org.framebench.ui.help;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.framebench.model.Assignment;
import org.framebench.ui.editor.DocumentEditor;
import org.framebench.ui.internal.FramebenchUiPlugin;
import org.framebench.ui.views.DocumentViewPart;

/**
 * The assignment's instructions, as written in its manifest ({@code corpus/manifest.json}): what the student
 * is asked to do. Follows the active document; shown by itself on the first start.
 */
public class InstructionsView extends DocumentViewPart {

    public static final String ID = "org.framebench.ui.views.instructions";

    /** Preference: the instructions were shown once; later starts leave them to Help → Assignment Instructions. */
    public static final String SHOWN_ONCE = "help.instructionsShown";

    private Composite body;
    private Label title;
    private Text instructions;
    private ScrolledComposite scroller;

    @Override
    protected void createContents(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        body = new Composite(scroller, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        title = new Label(body, SWT.WRAP);
        title.setFont(JFaceResources.getBannerFont());
        title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        instructions = new Text(body, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
        instructions.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label more = new Label(body, SWT.WRAP);
        more.setText(Messages.Instructions_more);
        more.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        scroller.setContent(body);
        scroller.addListener(SWT.Resize, event -> relayout());
    }

    private void relayout() {
        int width = scroller.getClientArea().width;
        for (var child : body.getChildren()) {
            ((GridData) child.getLayoutData()).widthHint = Math.max(100, width - 12);
        }
        scroller.setMinSize(body.computeSize(width, SWT.DEFAULT));
        body.layout(true);
    }

    @Override
    protected void editorChanged(DocumentEditor newEditor) {
        Assignment assignment = newEditor == null || newEditor.getDocument() == null ? null
                : newEditor.getDocument().getAssignment();
        show(assignment);
    }

    private void show(Assignment assignment) {
        if (assignment == null) {
            title.setText("");
            instructions.setText(Messages.Instructions_noDocument);
        } else {
            String name = assignment.getTitle() == null || assignment.getTitle().isBlank() ? assignment.getId()
                    : assignment.getTitle();
            title.setText(NLS.bind(Messages.Instructions_title, name == null ? "" : name));
            String text = assignment.getInstructions();
            instructions.setText(text == null || text.isBlank() ? Messages.Instructions_none : text.strip());
        }
        relayout();
    }

    /** The assignment title shown (for tests and screen readers alike). */
    public String shownTitle() {
        return title.getText();
    }

    /** The instructions shown. */
    public String shownInstructions() {
        return instructions.getText();
    }

    @Override
    protected boolean isDisposedView() {
        return body == null || body.isDisposed();
    }

    @Override
    public void setFocus() {
        instructions.setFocus();
    }

    /**
     * Shows the instructions if they were never shown (a first start), without taking the focus from the
     * articles, and remembers that they were. @return the view when it was opened now, else null
     */
    public static IViewPart showOnFirstStart(IWorkbenchPage page) {
        IPreferenceStore preferences = FramebenchUiPlugin.getDefault().getPreferenceStore();
        if (preferences.getBoolean(SHOWN_ONCE)) {
            return null;
        }
        preferences.setValue(SHOWN_ONCE, true);
        if (preferences instanceof org.eclipse.jface.preference.IPersistentPreferenceStore persistent) {
            try {
                persistent.save(); // a crash later on must not show them again as if it were the first start
            } catch (java.io.IOException e) {
                FramebenchUiPlugin.warn("instructions shown once", e);
            }
        }
        try {
            return page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            FramebenchUiPlugin.log("instructions view", e);
            return null;
        }
    }
}
