package org.framebench.interchange.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.AtomicFiles;
import org.framebench.core.interchange.InterchangeException;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Layer;

/**
 * A codebook read from brat's {@code annotation.conf} (entity types become codes, {@code !group}s layers,
 * attributes with values choice attributes and those without yes/no ones) and, when it is there,
 * {@code visual.conf} (labels and background colours).
 */
final class BratCodebook {

    private static final String[] PALETTE = { "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
            "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f" };

    private BratCodebook() {
    }

    static Codebook read(Path conf, Path visual) throws InterchangeException {
        String name = conf.getFileName() == null ? conf.toString() : conf.getFileName().toString();
        List<String> lines = lines(conf, name);
        FramebenchFactory factory = FramebenchFactory.eINSTANCE;
        Codebook codebook = factory.createCodebook();
        codebook.setId("brat");
        codebook.setName("Codebook from brat " + name);
        codebook.setVersion("1");
        Map<String, Code> codes = new LinkedHashMap<>();
        String section = null;
        Layer layer = null;
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            if (content.startsWith("[") && content.endsWith("]")) {
                section = content.substring(1, content.length() - 1).strip();
                continue;
            }
            if (section == null) {
                throw new InterchangeException(name + ", line " + number + ": \"" + BratFormat.abbreviate(content)
                        + "\" comes before any section ([entities], [relations], [events], [attributes]).");
            }
            if ("entities".equals(section)) {
                String type = content.split("\\s+")[0];
                if (type.startsWith("<")) {
                    continue;
                }
                boolean topLevel = !line.startsWith("\t") && !line.startsWith(" ");
                if (type.startsWith("!")) {
                    layer = factory.createLayer();
                    layer.setId(type.substring(1));
                    layer.setLabel(type.substring(1));
                    codebook.getLayers().add(layer);
                    continue;
                }
                if (topLevel || layer == null) {
                    layer = topLevel ? null : layer;
                }
                Layer into = layer;
                if (into == null) {
                    into = codebook.getLayers().stream().filter(l -> "brat".equals(l.getId())).findFirst().orElse(null);
                    if (into == null) {
                        into = factory.createLayer();
                        into.setId("brat");
                        into.setLabel("brat entities");
                        codebook.getLayers().add(into);
                    }
                }
                if (codes.containsKey(type)) {
                    throw new InterchangeException(name + ", line " + number + ": the entity " + type + " is listed twice.");
                }
                Code code = factory.createCode();
                code.setId(type);
                code.setLabel(type);
                code.setColour(PALETTE[codes.size() % PALETTE.length]);
                into.getCodes().add(code);
                codes.put(type, code);
            } else if ("attributes".equals(section)) {
                String[] parts = content.split("\\s+", 2);
                String key = parts[0];
                String spec = parts.length > 1 ? parts[1] : "";
                List<String> args = new ArrayList<>();
                List<String> values = new ArrayList<>();
                for (String item : spec.split(",")) {
                    String part = item.strip();
                    if (part.startsWith("Arg:")) {
                        args.addAll(List.of(part.substring(4).split("\\|")));
                    } else if (part.startsWith("Value:")) {
                        values.addAll(List.of(part.substring(6).split("\\|")));
                    } else if (!part.isEmpty()) {
                        throw new InterchangeException(name + ", line " + number + ": \"" + BratFormat.abbreviate(part)
                                + "\" is neither Arg: nor Value: (an attribute is NAME<tab>Arg:TYPE|TYPE, Value:V|V).");
                    }
                }
                List<Code> targets = args.isEmpty() || args.contains("<ENTITY>") ? new ArrayList<>(codes.values())
                        : args.stream().map(codes::get).filter(c -> c != null).toList();
                for (Code code : targets) {
                    AttributeDefinition attribute = factory.createAttributeDefinition();
                    attribute.setId(key);
                    attribute.setLabel(key.replace('_', ' '));
                    attribute.setKind(values.isEmpty() ? AttributeKind.BOOLEAN : AttributeKind.CHOICE);
                    values.forEach(v -> attribute.getAllowedValues().add(v.strip()));
                    code.getAttributes().add(attribute);
                }
            }
        }
        if (codes.isEmpty()) {
            throw new InterchangeException(name + " lists no entity types under [entities], so it holds no codes.");
        }
        if (Files.isRegularFile(visual)) {
            readVisual(visual, codes);
        }
        codebook.setSha256(Codebooks.digest(codebook));
        return codebook;
    }

    private static void readVisual(Path visual, Map<String, Code> codes) throws InterchangeException {
        String section = null;
        for (String raw : lines(visual, visual.getFileName().toString())) {
            String content = raw.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            if (content.startsWith("[") && content.endsWith("]")) {
                section = content.substring(1, content.length() - 1).strip();
            } else if ("labels".equals(section)) {
                String[] parts = content.split("\\|");
                Code code = codes.get(parts[0].strip());
                if (code != null && parts.length > 1 && !parts[1].isBlank()) {
                    code.setLabel(parts[1].strip());
                }
            } else if ("drawing".equals(section)) {
                String[] parts = content.split("\\s+", 2);
                Code code = codes.get(parts[0]);
                if (code != null && parts.length > 1) {
                    for (String setting : parts[1].split(",")) {
                        String s = setting.strip();
                        if (s.startsWith("bgColor:") && s.substring(8).strip().matches("#[0-9A-Fa-f]{6}")) {
                            code.setColour(s.substring(8).strip().toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
        }
    }

    private static List<String> lines(Path file, String name) throws InterchangeException {
        try {
            return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\n", -1));
        } catch (NoSuchFileException e) {
            throw new InterchangeException(name + " does not exist; a brat codebook is its annotation.conf.", e);
        } catch (IOException e) {
            throw new InterchangeException(name + " could not be read (" + AtomicFiles.describe(e) + ").", e);
        }
    }
}
