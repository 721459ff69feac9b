package org.framebench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.framebench.ui.internal.StartWarmUp;
import org.junit.jupiter.api.Test;

/** The SVG rasteriser, loaded off the window's thread while the workbench starts (StartWarmUp). */
class StartWarmUpTest {

    /** The square's fill, #4a6d8c. */
    private static final RGB FILL = new RGB(0x4a, 0x6d, 0x8c);

    @Test
    void theWorkbenchsStartRasterisedAnSvgOnItsOwnThreadWithJava2dHeadless() throws Exception {
        // This harness starts Framebench's application, which starts the warm-up before the display.
        ImageData image = StartWarmUp.awaitWarmUp();
        assertNotNull(image, "the warm-up did not rasterise its SVG (see the log)");
        assertSquare(image);
        assertEquals("true", System.getProperty("java.awt.headless"));
    }

    @Test
    void anSvgIsRasterisedOnAThreadThatIsNotTheDisplays() throws Exception {
        AtomicReference<ImageData> image = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                image.set(StartWarmUp.rasterise());
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        other.start();
        other.join(30_000);
        assertNull(failure.get());
        assertSquare(image.get());
    }

    private static void assertSquare(ImageData image) {
        assertNotNull(image);
        assertEquals(16, image.width);
        assertEquals(16, image.height);
        assertEquals(FILL, image.palette.getRGB(image.getPixel(8, 8)), "the square's inside");
        assertEquals(255, image.getAlpha(8, 8), "the square's inside is opaque");
        assertEquals(0, image.getAlpha(0, 0), "outside the square, nothing is drawn");
    }
}
