package org.framebench.core.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.framebench.model.AttributeDefinition;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Layer;
import org.framebench.model.Reference;
import org.framebench.core.text.Digests;

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

    /**
     * The SHA-256 (lower-case hex) of everything in {@code codebook} that gives annotations their meaning:
     * its id, name and version, and every layer, code and attribute definition with all their fields, in
     * order. A file's embedded codebook records it ({@link Codebook#getSha256()}), so a codebook edited,
     * reordered or cut outside Framebench is detected, and two files can be checked to use the same one.
     */
    public static String digest(Codebook codebook) {
        StringBuilder content = new StringBuilder(16 * 1024);
        field(content, codebook.getId());
        field(content, codebook.getName());
        field(content, codebook.getVersion());
        for (Layer layer : codebook.getLayers()) {
            content.append("L");
            field(content, layer.getId());
            field(content, layer.getLabel());
            field(content, layer.getDescription());
            for (Code code : layer.getCodes()) {
                content.append("C");
                field(content, code.getId());
                field(content, code.getLabel());
                field(content, code.getDefinition());
                field(content, code.getExample());
                field(content, code.getExampleSource());
                field(content, code.getColour());
                field(content, code.getShortcutKey());
                code.getReferences().forEach(reference -> field(content, reference));
                for (AttributeDefinition attribute : code.getAttributes()) {
                    content.append("A");
                    field(content, attribute.getId());
                    field(content, attribute.getLabel());
                    field(content, attribute.getDescription());
                    field(content, attribute.getKind() == null ? null : attribute.getKind().getLiteral());
                    attribute.getAllowedValues().forEach(value -> field(content, value));
                }
            }
        }
        for (Reference reference : codebook.getReferences()) {
            content.append("R");
            field(content, reference.getKey());
            field(content, reference.getCitation());
        }
        return Digests.sha256(content.toString());
    }

    /** Length-prefixed, so no choice of field values can make two codebooks read the same. */
    private static void field(StringBuilder content, String value) {
        if (value == null) {
            content.append("-;");
        } else {
            content.append(value.length()).append(':').append(value).append(';');
        }
    }

    public static Optional<AttributeDefinition> attribute(Code code, String id) {
        return code.getAttributes().stream().filter(a -> a.getId().equals(id)).findFirst();
    }
}
