import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The baseline of StartBenchmark: a bare SWT window (the product's own SWT jar) showing the four article
 * texts of corpus/ side by side, each in a wrapping StyledText, then saying when it is painted. Compiled and
 * run by StartBenchmark; not part of the build. Arguments: the corpus folder.
 */
public class BareSwtWindow {
    public static void main(String[] args) throws Exception {
        List<Path> texts;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        Display display = new Display();
        Shell shell = new Shell(display);
        shell.setText("Bare SWT");
        shell.setLayout(new FillLayout());
        for (Path text : texts) {
            StyledText widget = new StyledText(shell, SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
            widget.setText(Files.readString(text, StandardCharsets.UTF_8));
        }
        shell.setSize(1280, 900);
        shell.open();
        display.asyncExec(() -> {
            shell.update();
            System.out.println("timings: window open with the articles painted");
        });
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.dispose();
    }
}
