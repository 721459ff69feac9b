package org.framebench.core.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.framebench.model.AttributeDefinition;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Layer;
import org.framebench.model.Reference;
import org.framebench.core.text.Digests;

/** Look-ups over a codebook. */
public final class Codebooks {

    private Codebooks() {
    }

    /**
     * A new codebook to fill in: a new id, the name "New codebook", version 1, and one empty layer (id "layer-1",
     * label "Layer 1") to add codes to.
     */
    public static Codebook blank() {
        FramebenchFactory factory = FramebenchFactory.eINSTANCE;
        Codebook codebook = factory.createCodebook();
        codebook.setId(newId());
        codebook.setName("New codebook");
        codebook.setVersion("1");
        Layer layer = factory.createLayer();
        layer.setId("layer-1");
        layer.setLabel("Layer 1");
        codebook.getLayers().add(layer);
        return codebook;
    }

    /**
     * A deep copy of {@code codebook} (layers, codes, attribute definitions, references) with a new id, version 1 and
     * no recorded digest: a new codebook that starts as {@code codebook} does, to be edited without changing what
     * documents made with the original mean.
     */
    public static Codebook copyAsNew(Codebook codebook) {
        Codebook copy = EcoreUtil.copy(codebook);
        copy.setId(newId());
        copy.setVersion("1");
        copy.setSha256(null);
        return copy;
    }

    private static String newId() {
        return "codebook-" + UUID.randomUUID();
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
        List<Object> parts = new ArrayList<>(1024);
        parts.add(codebook.getId());
        parts.add(codebook.getName());
        parts.add(codebook.getVersion());
        for (Layer layer : codebook.getLayers()) {
            parts.add(LAYER);
            parts.add(layer.getId());
            parts.add(layer.getLabel());
            parts.add(layer.getDescription());
            for (Code code : layer.getCodes()) {
                parts.add(CODE);
                parts.add(code.getId());
                parts.add(code.getLabel());
                parts.add(code.getDefinition());
                parts.add(code.getExample());
                parts.add(code.getExampleSource());
                parts.add(code.getColour());
                parts.add(code.getShortcutKey());
                parts.addAll(code.getReferences());
                for (AttributeDefinition attribute : code.getAttributes()) {
                    parts.add(ATTRIBUTE);
                    parts.add(attribute.getId());
                    parts.add(attribute.getLabel());
                    parts.add(attribute.getDescription());
                    parts.add(attribute.getKind() == null ? null : attribute.getKind().getLiteral());
                    parts.addAll(attribute.getAllowedValues());
                }
            }
        }
        for (Reference reference : codebook.getReferences()) {
            parts.add(REFERENCE);
            parts.add(reference.getKey());
            parts.add(reference.getCitation());
        }
        // The files of a class share their codebook's strings as they load (FramebenchResource): the very same
        // strings in the same order are the same content, whose digest is known.
        DigestMemo last = lastDigest;
        if (last != null && last.isFor(parts)) {
            return last.digest();
        }
        StringBuilder content = new StringBuilder(16 * 1024);
        for (Object part : parts) {
            if (part == LAYER) {
                content.append("L");
            } else if (part == CODE) {
                content.append("C");
            } else if (part == ATTRIBUTE) {
                content.append("A");
            } else if (part == REFERENCE) {
                content.append("R");
            } else {
                field(content, (String) part);
            }
        }
        String digest = Digests.sha256(content.toString());
        lastDigest = new DigestMemo(parts.toArray(), digest);
        return digest;
    }

    /** Where a layer, code, attribute definition or reference starts in {@link #digest}'s parts (never a field). */
    private static final Object LAYER = new Object();
    private static final Object CODE = new Object();
    private static final Object ATTRIBUTE = new Object();
    private static final Object REFERENCE = new Object();

    /** The last codebook digested: its parts, by identity, and their digest. */
    private static volatile DigestMemo lastDigest;

    private record DigestMemo(Object[] parts, String digest) {

        boolean isFor(List<Object> others) {
            if (others.size() != parts.length) {
                return false;
            }
            for (int i = 0; i < parts.length; i++) {
                if (others.get(i) != parts[i]) {
                    return false;
                }
            }
            return true;
        }
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
