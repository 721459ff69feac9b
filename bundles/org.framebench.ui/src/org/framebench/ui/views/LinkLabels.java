package org.framebench.ui.views;

import org.framebench.model.LinkKind;
import org.framebench.ui.Messages;

/** How link kinds read on screen. */
public final class LinkLabels {

    private LinkLabels() {
    }

    public static String of(LinkKind kind) {
        return switch (kind) {
            case SAME_STATEMENT -> Messages.LinkKind_sameStatement;
            case SAME_SOURCE -> Messages.LinkKind_sameSource;
            case CONTRASTING_FRAMING -> Messages.LinkKind_contrastingFraming;
            case OMISSION -> Messages.LinkKind_omission;
            case ATTRIBUTION -> Messages.LinkKind_attribution;
        };
    }
}
