package benchmark.bareworkbench;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** One view, the four texts, filling the window (no editor area). */
public class BarePerspective implements IPerspectiveFactory {

    static final String ID = "benchmark.bareworkbench.perspective";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        layout.addStandaloneView(ArticlesView.ID, false, IPageLayout.LEFT, 0.95f, layout.getEditorArea());
    }
}
