package org.framebench.ui.internal;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.jface.resource.FontRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Layer;

/**
 * How the articles look, as the student set it in Window → Preferences → Framebench: the articles' font
 * and the colours of the codes. With the colour-blind-safe palette the codes of a layer take the eight
 * colours of Okabe and Ito's palette (told apart with every common colour-vision deficiency), and every
 * annotation is underlined in its layer's own style, so the layers are told apart without any colour.
 */
public final class Appearance {

    /** Preference: the articles' font, as {@link PreferenceConverter} writes a font ("" = the platform's text font). */
    public static final String ARTICLE_FONT = "appearance.articleFont";
    /** Preference: {@link #STANDARD} or {@link #COLOUR_BLIND_SAFE}. */
    public static final String PALETTE = "appearance.palette";
    public static final String STANDARD = "standard";
    public static final String COLOUR_BLIND_SAFE = "colourBlindSafe";

    /** Okabe & Ito (2008), "Color Universal Design": orange, sky blue, bluish green, yellow, blue, vermilion, reddish purple, grey. */
    private static final String[] OKABE_ITO = { "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00",
            "#CC79A7", "#999999" };
    /** A layer's underline in the colour-blind-safe palette, by the layer's place in the codebook. */
    private static final int[] LAYER_UNDERLINES = { SWT.UNDERLINE_SINGLE, SWT.UNDERLINE_DOUBLE, SWT.UNDERLINE_SQUIGGLE };

    private static final String FONT_KEY = "org.framebench.ui.articleFont";

    private Appearance() {
    }

    private static IPreferenceStore store() {
        FramebenchUiPlugin plugin = FramebenchUiPlugin.getDefault();
        return plugin == null ? null : plugin.getPreferenceStore();
    }

    /** Whether the colour-blind-safe palette is chosen. */
    public static boolean colourBlindSafe() {
        IPreferenceStore store = store();
        return store != null && COLOUR_BLIND_SAFE.equals(store.getString(PALETTE));
    }

    /** The colour ("#RRGGBB") {@code code} is painted in with the chosen palette (null when the code is). */
    public static String colourOf(Code code) {
        if (code == null) {
            return null;
        }
        if (!colourBlindSafe() || code.getLayer() == null) {
            return code.getColour();
        }
        int index = code.getLayer().getCodes().indexOf(code);
        return index < 0 ? code.getColour() : OKABE_ITO[index % OKABE_ITO.length];
    }

    /**
     * The underline that marks {@code code}'s layer with the colour-blind-safe palette, or -1 with the
     * standard palette (which underlines overlaps only).
     */
    public static int underlineOf(Code code) {
        if (!colourBlindSafe() || code == null || code.getLayer() == null) {
            return -1;
        }
        Layer layer = code.getLayer();
        int index = layer.eContainer() instanceof Codebook codebook ? codebook.getLayers().indexOf(layer) : 0;
        return LAYER_UNDERLINES[Math.max(0, index) % LAYER_UNDERLINES.length];
    }

    /** The articles' font: the one chosen in the preferences, else the platform's text font. UI thread. */
    public static Font articleFont() {
        IPreferenceStore store = store();
        String value = store == null ? "" : store.getString(ARTICLE_FONT);
        if (value == null || value.isBlank()) {
            return JFaceResources.getTextFont();
        }
        FontData[] data = PreferenceConverter.basicGetFontData(value);
        if (data == null || data.length == 0 || data == PreferenceConverter.FONTDATA_ARRAY_DEFAULT_DEFAULT) {
            return JFaceResources.getTextFont();
        }
        FontRegistry registry = JFaceResources.getFontRegistry();
        registry.put(FONT_KEY, data); // nothing happens when it is the same font
        return registry.get(FONT_KEY);
    }
}
