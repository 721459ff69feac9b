package org.framebench.interchange.uima;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.framebench.model.AttributeDefinition;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Layer;

/**
 * The UIMA type system a codebook becomes: one span type per layer ({@code org.framebench.type.Sourcing}, ...), all
 * below {@code org.framebench.type.Span}, with the String features {@code code}, {@code label}, {@code note} and one
 * per attribute definition of the layer's codes; a relation type {@code org.framebench.type.Link} (Governor,
 * Dependent, kind, note) as INCEpTION's relation layers have; and DKPro's DocumentMetaData. Names are derived the
 * same way on export and import, so a file written from a codebook is read back by the same codebook.
 */
public final class UimaTypes {

    public static final String PACKAGE = "org.framebench.type";
    public static final String NAMESPACE = "http:///org/framebench/type.ecore";
    public static final String SPAN = PACKAGE + ".Span";
    public static final String LINK = PACKAGE + ".Link";
    public static final String METADATA = "de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData";
    public static final String METADATA_NAMESPACE = "http:///de/tudarmstadt/ukp/dkpro/core/api/metadata/type.ecore";
    public static final String CAS_NAMESPACE = "http:///uima/cas.ecore";
    public static final String TCAS_NAMESPACE = "http:///uima/tcas.ecore";
    public static final String XMI_NAMESPACE = "http://www.omg.org/XMI";

    public static final String FEATURE_CODE = "code";
    public static final String FEATURE_LABEL = "label";
    public static final String FEATURE_NOTE = "note";
    public static final String FEATURE_GOVERNOR = "Governor";
    public static final String FEATURE_DEPENDENT = "Dependent";
    public static final String FEATURE_KIND = "kind";

    private static final Set<String> RESERVED = Set.of("begin", "end", "sofa", FEATURE_CODE, FEATURE_LABEL,
            FEATURE_NOTE, "id", "type");

    /** One layer's span type. */
    public record LayerType(Layer layer, String name, String shortName, Map<String, AttributeFeature> attributes) {
    }

    /** An attribute definition's feature in its layer's type. */
    public record AttributeFeature(String attributeId, String feature, String description) {
    }

    private final Map<Layer, LayerType> layers = new LinkedHashMap<>();

    public UimaTypes(Codebook codebook) {
        Set<String> used = new HashSet<>(Set.of("Span", "Link"));
        for (Layer layer : codebook.getLayers()) {
            String shortName = unique(identifier(layer.getId(), true, "Layer"), used);
            Map<String, AttributeFeature> attributes = new LinkedHashMap<>();
            Set<String> features = new HashSet<>(RESERVED);
            for (Code code : layer.getCodes()) {
                for (AttributeDefinition definition : code.getAttributes()) {
                    if (definition.getId() == null || attributes.containsKey(definition.getId())) {
                        continue;
                    }
                    String feature = unique(identifier(definition.getId(), false, "attribute"), features);
                    String description = definition.getLabel() != null ? definition.getLabel() : definition.getId();
                    attributes.put(definition.getId(), new AttributeFeature(definition.getId(), feature, description));
                }
            }
            layers.put(layer, new LayerType(layer, PACKAGE + "." + shortName, shortName, attributes));
        }
    }

    public List<LayerType> layerTypes() {
        return new ArrayList<>(layers.values());
    }

    public LayerType of(Layer layer) {
        return layers.get(layer);
    }

    /** The layer type named {@code shortName} (the part after the last dot), or null. */
    public LayerType byShortName(String shortName) {
        return layers.values().stream().filter(type -> type.shortName().equals(shortName)).findFirst().orElse(null);
    }

    /** A Java identifier made of {@code raw}'s letters and digits: "speech-act" to SpeechAct (type) or speechAct. */
    static String identifier(String raw, boolean upper, String fallback) {
        StringBuilder out = new StringBuilder();
        boolean capital = upper;
        if (raw != null) {
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (c < 128 && Character.isLetterOrDigit(c) || c == '_' && !upper) {
                    if (out.isEmpty() && Character.isDigit(c)) {
                        out.append(upper ? 'L' : 'a');
                    }
                    out.append(capital ? Character.toUpperCase(c) : c);
                    capital = false;
                } else {
                    capital = !out.isEmpty() || upper;
                }
            }
        }
        return out.isEmpty() ? fallback : out.toString();
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = name + n;
        }
        return candidate;
    }
}
