package org.framebench.ui.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;

/**
 * Work the first window cannot do without, started on a second thread while the platform builds the window.
 * <p>
 * The platform's icons (Save, Undo, a view's tab, its menu) are SVG. The first one drawn loads SWT's SVG
 * rasteriser, the JSVG library and Java2D (about 700 classes, a third of a second on the window's thread,
 * measured). Rasterising a tiny SVG here first does that on the other core instead; class loading and
 * initialisation are thread-safe, so the window thread either finds it done or waits for the rest. Java2D
 * runs headless (set by {@link #start()} unless the user set it): Framebench draws with SWT and uses AWT only
 * through this rasteriser, and headless it opens no second connection to the display.
 */
public final class StartWarmUp {

    private static final byte[] SVG = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\">"
            + "<path d=\"M2 2h12v12H2z\" fill=\"#4a6d8c\" stroke=\"#223344\"/></svg>").getBytes(StandardCharsets.US_ASCII);

    private static volatile Thread thread;
    private static volatile ImageData warmedUp;

    private StartWarmUp() {
    }

    /** Starts the warm-up (once); returns at once. */
    public static synchronized void start() {
        if (thread != null) {
            return;
        }
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        Thread warmUp = new Thread(() -> warmedUp = rasterise(), "Framebench start warm-up");
        warmUp.setDaemon(true);
        thread = warmUp;
        warmUp.start();
    }

    /** Rasterises a 16-pixel SVG square; {@code null} when it could not (the window then loads what it needs itself). */
    public static ImageData rasterise() {
        try {
            ImageData[] data = new ImageLoader().load(new ByteArrayInputStream(SVG));
            return data.length == 0 ? null : data[0];
        } catch (RuntimeException | LinkageError e) {
            // Nothing is lost: the first SVG icon loads the rasteriser on the window's thread, as without this.
            FramebenchUiPlugin.warn("the SVG rasteriser could not be loaded ahead of the window", e);
            return null;
        }
    }

    /**
     * Waits until the warm-up started at start-up has ended (for tests). @return the image it rasterised, or
     * {@code null} if it was not started or could not rasterise
     */
    public static ImageData awaitWarmUp() throws InterruptedException {
        Thread warmUp = thread;
        if (warmUp == null) {
            return null;
        }
        warmUp.join();
        return warmedUp;
    }
}
