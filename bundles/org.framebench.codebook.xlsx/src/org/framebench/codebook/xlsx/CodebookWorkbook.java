package org.framebench.codebook.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.core.codebook.CodebookProblem;
import org.framebench.core.codebook.CodebookRules;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.framebench.model.Layer;
import org.framebench.model.Reference;

/**
 * A codebook as an Excel workbook an instructor can edit. Sheets:
 * <ul>
 * <li>"Codes": one row per code: Layer id, Layer label, Code id, Label, Definition, Example, Example source, Colour,
 * Key, References, then one column "Attribute 1", "Attribute 2", ... per attribute definition, written
 * {@code kind:id:label:values:description} (kind choice, text or yes-no; values separated by {@code |}; a
 * {@code \} before {@code :}, {@code |} or {@code \} takes it literally; values and description may be left off);</li>
 * <li>"Layers": Layer id, Label, Description (so a layer without codes, and a layer's description, survive);</li>
 * <li>"Codebook": Id, Name, Version;</li>
 * <li>"References": Key, Citation;</li>
 * <li>"Read me": these rules, for the instructor.</li>
 * </ul>
 * Only "Codes" is required to read a workbook back; an empty cell reads as "no value".
 */
public final class CodebookWorkbook {

    public static final String CODES = "Codes";
    public static final String LAYERS = "Layers";
    public static final String CODEBOOK = "Codebook";
    public static final String REFERENCES = "References";
    public static final String READ_ME = "Read me";

    static final String LAYER_ID = "Layer id";
    static final String LAYER_LABEL = "Layer label";
    static final String CODE_ID = "Code id";
    static final String LABEL = "Label";
    static final String DEFINITION = "Definition";
    static final String EXAMPLE = "Example";
    static final String EXAMPLE_SOURCE = "Example source";
    static final String COLOUR = "Colour";
    static final String KEY = "Key";
    static final String REFS = "References";
    static final String ATTRIBUTE = "Attribute";

    private static final List<String> CODE_COLUMNS = List.of(LAYER_ID, LAYER_LABEL, CODE_ID, LABEL, DEFINITION, EXAMPLE,
            EXAMPLE_SOURCE, COLOUR, KEY, REFS);
    private static final List<String> REQUIRED_CODE_COLUMNS = List.of(LAYER_ID, CODE_ID, LABEL, COLOUR, KEY);

    /** Refuse workbooks larger than this before POI unpacks them. */
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final String YES_NO = "yes-no";

    private CodebookWorkbook() {
    }

    // ------------------------------------------------------------------ write

    /** Writes {@code codebook} to {@code file}, replacing it only once the whole workbook is written. */
    public static void write(Codebook codebook, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(temp)) {
                CellStyle bold = workbook.createCellStyle();
                Font font = workbook.createFont();
                font.setBold(true);
                bold.setFont(font);
                writeCodes(codebook, workbook.createSheet(CODES), bold);
                Sheet layers = workbook.createSheet(LAYERS);
                row(layers, 0, bold, LAYER_ID, LABEL, "Description");
                int r = 1;
                for (Layer layer : codebook.getLayers()) {
                    row(layers, r++, null, layer.getId(), layer.getLabel(), layer.getDescription());
                }
                Sheet info = workbook.createSheet(CODEBOOK);
                row(info, 0, bold, "Field", "Value");
                row(info, 1, null, "Id", codebook.getId());
                row(info, 2, null, "Name", codebook.getName());
                row(info, 3, null, "Version", codebook.getVersion());
                Sheet refs = workbook.createSheet(REFERENCES);
                row(refs, 0, bold, KEY, "Citation");
                r = 1;
                for (Reference reference : codebook.getReferences()) {
                    row(refs, r++, null, reference.getKey(), reference.getCitation());
                }
                writeReadMe(workbook.createSheet(READ_ME), bold);
                workbook.write(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeCodes(Codebook codebook, Sheet sheet, CellStyle bold) {
        int attributes = 0;
        for (Layer layer : codebook.getLayers()) {
            for (Code code : layer.getCodes()) {
                attributes = Math.max(attributes, code.getAttributes().size());
            }
        }
        List<String> header = new ArrayList<>(CODE_COLUMNS);
        for (int i = 1; i <= attributes; i++) {
            header.add(ATTRIBUTE + " " + i);
        }
        row(sheet, 0, bold, header.toArray(String[]::new));
        int r = 1;
        for (Layer layer : codebook.getLayers()) {
            for (Code code : layer.getCodes()) {
                List<String> values = new ArrayList<>(List.of(nz(layer.getId()), nz(layer.getLabel()), nz(code.getId()),
                        nz(code.getLabel()), nz(code.getDefinition()), nz(code.getExample()), nz(code.getExampleSource()),
                        nz(code.getColour()), nz(code.getShortcutKey()), String.join("\n", code.getReferences())));
                for (AttributeDefinition attribute : code.getAttributes()) {
                    values.add(formatAttribute(attribute));
                }
                row(sheet, r++, null, values.toArray(String[]::new));
            }
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, c == 4 || c == 5 ? 60 * 256 : 18 * 256);
        }
    }

    private static void writeReadMe(Sheet sheet, CellStyle bold) {
        String[][] lines = {
                {"Framebench codebook workbook"},
                {"Sheet \"Codes\" has one row per code, in codebook order. Columns (by their heading, in any order):"},
                {LAYER_ID, "The layer the code belongs to (required). Rows of one layer id form one layer."},
                {LAYER_LABEL, "The layer's name (used if the sheet \"Layers\" does not name the layer)."},
                {CODE_ID, "A short id, unique in the codebook (required), e.g. S1."},
                {LABEL, "The code's name as students see it (required)."},
                {DEFINITION, "What the code marks."},
                {EXAMPLE, "An example of text it marks."},
                {EXAMPLE_SOURCE, "Where the example comes from (a file name)."},
                {COLOUR, "The highlight colour, written #RRGGBB, e.g. #FFD54F (required). Dark text must stay readable on it."},
                {KEY, "One letter or digit pressed to apply the code; empty for none. Unique, capitals count as the same key."
                        + " Space, Delete, Backspace and Esc are the editor's own."},
                {REFS, "Keys of the sheet \"References\", one per line."},
                {ATTRIBUTE + " 1, 2, ...", "One attribute definition per cell: kind:id:label:values:description"},
                {"", "kind is choice, text or yes-no. values (choice only) are separated by |. values and description may"
                        + " be left off. Write \\: \\| or \\\\ for a colon, bar or backslash inside a part."},
                {"", "Examples:  choice:affiliation:Affiliation:government|rebels|other    text:name:Source name::The name as"
                        + " written    yes-no:direct:Direct quote"},
                {"Sheet \"Layers\"", "Layer id, Label, Description of every layer, in order (a layer may have no codes)."},
                {"Sheet \"Codebook\"", "The codebook's Id, Name and Version."},
                {"Sheet \"References\"", "Key and Citation of the literature the codes cite."},
        };
        for (int r = 0; r < lines.length; r++) {
            row(sheet, r, r == 0 ? bold : null, lines[r]);
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 110 * 256);
    }

    private static void row(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] == null || values[c].isEmpty()) {
                continue;
            }
            Cell cell = row.createCell(c);
            cell.setCellValue(values[c]);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** {@code kind:id:label:values:description}, the parts escaped, trailing empty parts left off. */
    static String formatAttribute(AttributeDefinition attribute) {
        String kind = attribute.getKind() == AttributeKind.BOOLEAN ? YES_NO
                : attribute.getKind() == null ? "" : attribute.getKind().getLiteral();
        List<String> values = new ArrayList<>();
        for (String value : attribute.getAllowedValues()) {
            values.add(escape(value));
        }
        List<String> parts = new ArrayList<>(List.of(kind, escape(nz(attribute.getId())), escape(nz(attribute.getLabel())),
                String.join("|", values), escape(nz(attribute.getDescription()))));
        while (parts.size() > 3 && parts.get(parts.size() - 1).isEmpty()) {
            parts.remove(parts.size() - 1);
        }
        return String.join(":", parts);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace(":", "\\:").replace("|", "\\|");
    }

    // ------------------------------------------------------------------ read

    /**
     * Reads a codebook written by {@link #write} (or made by hand in the same layout). Refuses, naming the sheet, row
     * and column: a file that is not an xlsx workbook, a missing sheet "Codes" or column, an unreadable attribute, and
     * a codebook that {@link CodebookRules} finds errors in (duplicate ids or keys, ...).
     */
    public static Codebook read(Path file) throws CodebookFormatException {
        String name = file.getFileName().toString();
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new CodebookFormatException(name + " does not exist.");
        } catch (IOException e) {
            throw new CodebookFormatException(name + " cannot be read: " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new CodebookFormatException(name + " is empty.");
        }
        if (size > MAX_BYTES) {
            throw new CodebookFormatException(name + " is too large for a codebook (" + size / (1024 * 1024)
                    + " MB; the limit is " + MAX_BYTES / (1024 * 1024) + " MB).");
        }
        byte[] magic = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(magic, 0, 4);
            if (n >= 4 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF && magic[2] == 0x11
                    && (magic[3] & 0xFF) == 0xE0) {
                throw new CodebookFormatException(name + " is an old Excel 97-2003 workbook (.xls): save it as an"
                        + " Excel workbook (.xlsx) and import that.");
            }
            if (n < 4 || magic[0] != 'P' || magic[1] != 'K') {
                throw new CodebookFormatException(name + " is not an Excel workbook (.xlsx): it does not start"
                        + " like one (perhaps a CSV or text file renamed).");
            }
        } catch (IOException e) {
            throw new CodebookFormatException(name + " cannot be read: " + e.getMessage(), e);
        }
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            return read(workbook, name);
        } catch (CodebookFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new CodebookFormatException(name + " is not an Excel workbook (.xlsx) that can be read"
                    + (e.getMessage() == null ? "." : ": " + e.getMessage()), e);
        }
    }

    private static Codebook read(Workbook workbook, String name) throws CodebookFormatException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Sheet codes = workbook.getSheet(CODES);
        if (codes == null) {
            throw new CodebookFormatException(name + " has no sheet \"" + CODES + "\" (one row per code).");
        }
        FramebenchFactory factory = FramebenchFactory.eINSTANCE;
        Codebook codebook = factory.createCodebook();
        Sheet info = workbook.getSheet(CODEBOOK);
        if (info != null) {
            for (Row row : info) {
                String field = text(formatter, row, 0);
                String value = text(formatter, row, 1);
                if ("id".equalsIgnoreCase(field)) {
                    codebook.setId(value);
                } else if ("name".equalsIgnoreCase(field)) {
                    codebook.setName(value);
                } else if ("version".equalsIgnoreCase(field)) {
                    codebook.setVersion(value);
                }
            }
        }
        if (codebook.getId() == null) {
            codebook.setId("codebook-" + java.util.UUID.randomUUID());
        }
        if (codebook.getName() == null) {
            codebook.setName(name.replaceFirst("\\.xlsx$", ""));
        }
        if (codebook.getVersion() == null) {
            codebook.setVersion("1");
        }

        Map<String, Layer> layers = new LinkedHashMap<>();
        Sheet layerSheet = workbook.getSheet(LAYERS);
        if (layerSheet != null) {
            Map<String, Integer> columns = header(layerSheet, formatter, name, List.of(LAYER_ID, LABEL));
            for (Row row : layerSheet) {
                if (row.getRowNum() == 0 || blankRow(formatter, row)) {
                    continue;
                }
                String id = text(formatter, row, columns.get(LAYER_ID));
                if (id == null) {
                    throw new CodebookFormatException(where(name, LAYERS, row, columns.get(LAYER_ID), LAYER_ID)
                            + " is empty: every layer needs an id.");
                }
                if (layers.containsKey(id)) {
                    throw new CodebookFormatException(where(name, LAYERS, row, columns.get(LAYER_ID), LAYER_ID)
                            + ": the layer id \"" + id + "\" is there twice.");
                }
                Layer layer = factory.createLayer();
                layer.setId(id);
                layer.setLabel(text(formatter, row, columns.get(LABEL)));
                Integer description = columns.get("description");
                layer.setDescription(description == null ? null : text(formatter, row, description));
                layers.put(id, layer);
                codebook.getLayers().add(layer);
            }
        }

        Map<String, Integer> columns = header(codes, formatter, name, REQUIRED_CODE_COLUMNS);
        List<Integer> attributeColumns = new ArrayList<>();
        Row head = codes.getRow(0);
        for (int c = 0; c < head.getLastCellNum(); c++) {
            String heading = text(formatter, head, c);
            if (heading != null && heading.toLowerCase(Locale.ROOT).startsWith(ATTRIBUTE.toLowerCase(Locale.ROOT))) {
                attributeColumns.add(c);
            }
        }
        Map<Code, Row> rows = new HashMap<>();
        for (Row row : codes) {
            if (row.getRowNum() == 0 || blankRow(formatter, row)) {
                continue;
            }
            String layerId = text(formatter, row, columns.get(LAYER_ID));
            if (layerId == null) {
                throw new CodebookFormatException(where(name, CODES, row, columns.get(LAYER_ID), LAYER_ID)
                        + " is empty: say which layer the code belongs to.");
            }
            Layer layer = layers.get(layerId);
            if (layer == null) {
                layer = factory.createLayer();
                layer.setId(layerId);
                layer.setLabel(columns.containsKey(LAYER_LABEL.toLowerCase(Locale.ROOT))
                        ? text(formatter, row, columns.get(LAYER_LABEL.toLowerCase(Locale.ROOT)))
                        : layerId);
                if (layer.getLabel() == null) {
                    layer.setLabel(layerId);
                }
                layers.put(layerId, layer);
                codebook.getLayers().add(layer);
            }
            Code code = factory.createCode();
            code.setId(text(formatter, row, columns.get(CODE_ID)));
            code.setLabel(text(formatter, row, columns.get(LABEL)));
            code.setDefinition(optional(formatter, row, columns, DEFINITION));
            code.setExample(optional(formatter, row, columns, EXAMPLE));
            code.setExampleSource(optional(formatter, row, columns, EXAMPLE_SOURCE));
            code.setColour(text(formatter, row, columns.get(COLOUR)));
            code.setShortcutKey(text(formatter, row, columns.get(KEY)));
            String refs = optional(formatter, row, columns, REFS);
            if (refs != null) {
                for (String ref : refs.split("\\R")) {
                    if (!ref.isBlank()) {
                        code.getReferences().add(ref.strip());
                    }
                }
            }
            for (int c : attributeColumns) {
                String cell = text(formatter, row, c);
                if (cell != null) {
                    code.getAttributes().add(parseAttribute(cell, where(name, CODES, row, c, text(formatter, head, c))));
                }
            }
            layer.getCodes().add(code);
            rows.put(code, row);
        }

        Sheet refs = workbook.getSheet(REFERENCES);
        if (refs != null) {
            for (Row row : refs) {
                if (row.getRowNum() == 0 || blankRow(formatter, row)) {
                    continue;
                }
                Reference reference = factory.createReference();
                reference.setKey(text(formatter, row, 0));
                reference.setCitation(text(formatter, row, 1));
                codebook.getReferences().add(reference);
            }
        }

        List<String> errors = new ArrayList<>();
        for (CodebookProblem problem : CodebookRules.errors(codebook)) {
            Row row = problem.element() instanceof Code code ? rows.get(code)
                    : problem.element() instanceof AttributeDefinition a && a.eContainer() instanceof Code code
                            ? rows.get(code)
                            : null;
            errors.add((row == null ? "" : "Sheet \"" + CODES + "\", row " + (row.getRowNum() + 1) + ": ")
                    + problem.message());
        }
        if (!errors.isEmpty()) {
            throw new CodebookFormatException(name + " cannot be used as a codebook:\n" + String.join("\n", errors));
        }
        return codebook;
    }

    /** Column index by lower-case heading; refuses a sheet that lacks one of {@code required}, naming them all. */
    private static Map<String, Integer> header(Sheet sheet, DataFormatter formatter, String name, List<String> required)
            throws CodebookFormatException {
        Row head = sheet.getRow(0);
        Map<String, Integer> columns = new HashMap<>();
        if (head != null) {
            for (int c = 0; c < head.getLastCellNum(); c++) {
                String heading = text(formatter, head, c);
                if (heading != null) {
                    columns.putIfAbsent(heading.toLowerCase(Locale.ROOT), c);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        Map<String, Integer> byName = new HashMap<>(columns);
        for (String column : required) {
            Integer c = columns.get(column.toLowerCase(Locale.ROOT));
            if (c == null) {
                missing.add("\"" + column + "\"");
            } else {
                byName.put(column, c);
            }
        }
        for (String column : CODE_COLUMNS) {
            Integer c = columns.get(column.toLowerCase(Locale.ROOT));
            if (c != null) {
                byName.put(column, c);
            }
        }
        if (!missing.isEmpty()) {
            throw new CodebookFormatException("Sheet \"" + sheet.getSheetName() + "\" of " + name + " lacks the column"
                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + " (headings in row 1).");
        }
        return byName;
    }

    private static String optional(DataFormatter formatter, Row row, Map<String, Integer> columns, String column) {
        Integer c = columns.get(column);
        return c == null ? null : text(formatter, row, c);
    }

    /** The cell's text as shown, null if empty. */
    private static String text(DataFormatter formatter, Row row, Integer column) {
        if (row == null || column == null) {
            return null;
        }
        Cell cell = row.getCell(column);
        if (cell == null) {
            return null;
        }
        String value = formatter.formatCellValue(cell);
        return value == null || value.isEmpty() ? null : value;
    }

    private static boolean blankRow(DataFormatter formatter, Row row) {
        for (int c = 0; c < row.getLastCellNum(); c++) {
            String value = text(formatter, row, c);
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String where(String name, String sheet, Row row, int column, String heading) {
        return name + ", sheet \"" + sheet + "\", row " + (row.getRowNum() + 1) + ", column "
                + CellReference.convertNumToColString(column) + " (" + heading + ")";
    }

    /** Parses {@code kind:id:label:values:description}; {@code where} names the cell for the message. */
    static AttributeDefinition parseAttribute(String cell, String where) throws CodebookFormatException {
        List<String> parts = split(cell, ':');
        if (parts.size() < 3 || parts.size() > 5) {
            throw new CodebookFormatException(where + ": \"" + cell + "\" is not an attribute written"
                    + " kind:id:label:values:description (e.g. choice:tone:Tone:neutral|loaded).");
        }
        AttributeDefinition attribute = FramebenchFactory.eINSTANCE.createAttributeDefinition();
        String kind = unescape(parts.get(0)).strip().toLowerCase(Locale.ROOT);
        switch (kind) {
            case "choice" -> attribute.setKind(AttributeKind.CHOICE);
            case "text" -> attribute.setKind(AttributeKind.TEXT);
            case YES_NO, "yes/no", "boolean" -> attribute.setKind(AttributeKind.BOOLEAN);
            default -> throw new CodebookFormatException(where + ": the attribute kind \"" + parts.get(0)
                    + "\" is not choice, text or yes-no.");
        }
        attribute.setId(unescape(parts.get(1)).strip());
        attribute.setLabel(unescape(parts.get(2)));
        if (attribute.getId().isEmpty()) {
            throw new CodebookFormatException(where + ": the attribute \"" + cell + "\" has no id.");
        }
        if (parts.size() > 3 && !parts.get(3).isEmpty()) {
            if (attribute.getKind() != AttributeKind.CHOICE) {
                throw new CodebookFormatException(where + ": the attribute \"" + attribute.getId() + "\" is "
                        + kind + ", only a choice has values.");
            }
            for (String value : split(parts.get(3), '|')) {
                attribute.getAllowedValues().add(unescape(value));
            }
        }
        if (parts.size() > 4 && !parts.get(4).isEmpty()) {
            attribute.setDescription(unescape(parts.get(4)));
        }
        return attribute;
    }

    /** Splits at unescaped {@code separator}, keeping escapes for {@link #unescape}. */
    private static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                part.append(c).append(s.charAt(++i));
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                out.append(s.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
