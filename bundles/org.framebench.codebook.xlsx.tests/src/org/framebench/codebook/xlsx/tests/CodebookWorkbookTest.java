package org.framebench.codebook.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.codebook.xlsx.CodebookFormatException;
import org.framebench.codebook.xlsx.CodebookWorkbook;
import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.export.testing.LibreOfficeCalc;
import org.framebench.model.AttributeDefinition;
import org.framebench.model.AttributeKind;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.FramebenchFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookWorkbookTest {

    @TempDir
    Path folder;

    @Test
    void builtInCodebookRoundTripsWithTheSameDigest() throws Exception {
        Codebook codebook = BuiltInCodebook.load();
        Path file = folder.resolve("codebook.xlsx");
        CodebookWorkbook.write(codebook, file);
        Codebook back = CodebookWorkbook.read(file);
        assertEquals(Codebooks.digest(codebook), Codebooks.digest(back));
        assertEquals(24, Codebooks.allCodes(back).size());
        try (var stream = Files.list(folder)) {
            assertEquals(List.of(file), stream.toList(), "no temporary file left behind");
        }
    }

    @Test
    void awkwardTextRoundTrips() throws Exception {
        Codebook codebook = Codebooks.blank();
        Code code = FramebenchFactory.eINSTANCE.createCode();
        code.setId("X1");
        code.setLabel("مصدر مجهول / 匿名消息来源: a|b \\ c");
        code.setDefinition("Line one\nline two: with \"quotes\"");
        code.setColour("#FF8800");
        code.setShortcutKey("7");
        AttributeDefinition attribute = FramebenchFactory.eINSTANCE.createAttributeDefinition();
        attribute.setId("kind");
        attribute.setLabel("Kind: of|thing");
        attribute.setKind(AttributeKind.CHOICE);
        attribute.getAllowedValues().addAll(List.of("a:b", "c|d", "e\\f", "日本"));
        attribute.setDescription("What: kind");
        code.getAttributes().add(attribute);
        AttributeDefinition yes = FramebenchFactory.eINSTANCE.createAttributeDefinition();
        yes.setId("direct");
        yes.setLabel("Direct");
        yes.setKind(AttributeKind.BOOLEAN);
        code.getAttributes().add(yes);
        codebook.getLayers().get(0).getCodes().add(code);
        codebook.getLayers().add(FramebenchFactory.eINSTANCE.createLayer());
        codebook.getLayers().get(1).setId("empty");
        codebook.getLayers().get(1).setLabel("Empty layer");
        Path file = folder.resolve("awkward.xlsx");
        CodebookWorkbook.write(codebook, file);
        Codebook back = CodebookWorkbook.read(file);
        assertEquals(Codebooks.digest(codebook), Codebooks.digest(back));
        assertEquals("7", Codebooks.allCodes(back).get(0).getShortcutKey());
        assertEquals(List.of("a:b", "c|d", "e\\f", "日本"),
                Codebooks.allCodes(back).get(0).getAttributes().get(0).getAllowedValues());
    }

    @Test
    void libreOfficeReadsTheWorkbook() throws Exception {
        Path file = folder.resolve("codebook.xlsx");
        CodebookWorkbook.write(BuiltInCodebook.load(), file);
        Map<String, List<List<String>>> sheets = LibreOfficeCalc.sheets(file, Files.createDirectory(folder.resolve("lo")));
        List<List<String>> codes = sheets.get(CodebookWorkbook.CODES);
        assertTrue(codes != null, "sheets: " + sheets.keySet());
        assertEquals(List.of("Layer id", "Layer label", "Code id", "Label"), codes.get(0).subList(0, 4));
        assertEquals(25, codes.stream().filter(r -> r.stream().anyMatch(c -> !c.isEmpty())).count());
        List<String> s1 = codes.get(1);
        assertEquals("sourcing", s1.get(0));
        assertEquals("S1", s1.get(2));
        assertEquals("Named person", s1.get(3));
        assertTrue(s1.get(10).startsWith("text:name:Source name"), s1.get(10));
        assertTrue(sheets.containsKey(CodebookWorkbook.READ_ME), sheets.keySet().toString());
    }

    // ------------------------------------------------------------------ bad workbooks

    private Path workbook(String name, String[]... rows) throws Exception {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet(CodebookWorkbook.CODES);
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static final String[] HEADER = {"Layer id", "Code id", "Label", "Colour", "Key", "Attribute 1"};

    private static String refused(Path file) {
        return assertThrows(CodebookFormatException.class, () -> CodebookWorkbook.read(file)).getMessage();
    }

    @Test
    void handMadeWorkbookReads() throws Exception {
        Codebook codebook = CodebookWorkbook.read(workbook("mine.xlsx", HEADER,
                new String[] {"voices", "V1", "Official", "#FFD54F", "o", "choice:level:Level:national|local"},
                new String[] {"voices", "V2", "Citizen", "#81C784", "c", ""},
                new String[] {"frames", "F1", "Conflict", "#E57373", "x", "yes-no:explicit:Explicit"}));
        assertEquals(List.of("voices", "frames"), codebook.getLayers().stream().map(l -> l.getId()).toList());
        assertEquals(3, Codebooks.allCodes(codebook).size());
        assertEquals(AttributeKind.BOOLEAN, Codebooks.findById(codebook, "F1").orElseThrow().getAttributes().get(0).getKind());
        assertEquals("1", codebook.getVersion());
    }

    @Test
    void missingColumnsAreNamed() throws Exception {
        String message = refused(workbook("cols.xlsx", new String[] {"Layer id", "Label", "Key"},
                new String[] {"l", "A", "a"}));
        assertTrue(message.contains("\"Code id\"") && message.contains("\"Colour\""), message);
        assertTrue(message.contains("Sheet \"Codes\""), message);
    }

    @Test
    void duplicateIdsAndKeysAreRefusedWithTheirRows() throws Exception {
        String message = refused(workbook("dup.xlsx", HEADER,
                new String[] {"l", "A", "One", "#FFD54F", "a"},
                new String[] {"l", "A", "Two", "#FFD54F", "b"},
                new String[] {"l", "C", "Three", "#FFD54F", "A"}));
        assertTrue(message.contains("row 3") && message.contains("Two codes have the id \"A\""), message);
        assertTrue(message.contains("row 4") && message.contains("same shortcut key"), message);
    }

    @Test
    void badAttributeNamesTheCell() throws Exception {
        String message = refused(workbook("attr.xlsx", HEADER,
                new String[] {"l", "A", "One", "#FFD54F", "a", "colour:tone"}));
        assertTrue(message.contains("sheet \"Codes\", row 2, column F (Attribute 1)"), message);
        message = refused(workbook("kind.xlsx", HEADER,
                new String[] {"l", "A", "One", "#FFD54F", "a", "number:n:N"}));
        assertTrue(message.contains("not choice, text or yes-no"), message);
    }

    @Test
    void notAWorkbookEmptyMissingAndNoCodesSheet() throws Exception {
        Path text = folder.resolve("text.xlsx");
        Files.writeString(text, "Layer id,Code id\n", StandardCharsets.UTF_8);
        assertTrue(refused(text).contains("is not an Excel workbook"), refused(text));
        Path empty = Files.createFile(folder.resolve("empty.xlsx"));
        assertEquals("empty.xlsx is empty.", refused(empty));
        assertEquals("gone.xlsx does not exist.", refused(folder.resolve("gone.xlsx")));
        Path other = folder.resolve("other.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
            workbook.createSheet("Sheet1");
            workbook.write(out);
        }
        assertTrue(refused(other).contains("has no sheet \"Codes\""), refused(other));
    }
}
