package org.framebench.core.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.framebench.model.AttributeDefinition;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Layer;

/** Look-ups over a codebook. */
public final class Codebooks {

    private Codebooks() {
    }

    /** All codes, layer by layer, in codebook order. */
    public static List<Code> allCodes(Codebook codebook) {
        List<Code> codes = new ArrayList<>();
        for (Layer layer : codebook.getLayers()) {
            codes.addAll(layer.getCodes());
        }
        return codes;
    }

    public static Optional<Code> findById(Codebook codebook, String id) {
        return allCodes(codebook).stream().filter(c -> id != null && id.equals(c.getId())).findFirst();
    }

    /** The code whose shortcut key is {@code key} (case-insensitive), if any. */
    public static Optional<Code> findByKey(Codebook codebook, char key) {
        String wanted = String.valueOf(Character.toLowerCase(key));
        return allCodes(codebook).stream()
                .filter(c -> c.getShortcutKey() != null && c.getShortcutKey().toLowerCase().equals(wanted))
                .findFirst();
    }

    public static Optional<AttributeDefinition> attribute(Code code, String id) {
        return code.getAttributes().stream().filter(a -> a.getId().equals(id)).findFirst();
    }
}
