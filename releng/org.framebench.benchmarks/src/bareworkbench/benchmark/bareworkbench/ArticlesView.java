package benchmark.bareworkbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/** The four article texts of the folder named by {@code -articles}, side by side, as BareSwtWindow shows them. */
public class ArticlesView extends ViewPart {

    static final String ID = "benchmark.bareworkbench.articles";

    private StyledText first;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new FillLayout());
        for (Path text : texts()) {
            StyledText widget = new StyledText(parent, SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
            try {
                widget.setText(Files.readString(text, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (first == null) {
                first = widget;
            }
        }
    }

    private static List<Path> texts() {
        String[] args = Platform.getApplicationArgs();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-articles")) {
                try (Stream<Path> files = Files.list(Path.of(args[i + 1]))) {
                    return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException("no -articles FOLDER among the application's arguments");
    }

    @Override
    public void setFocus() {
        if (first != null) {
            first.setFocus();
        }
    }
}
