package org.framebench.interchange.refiqda.tests;

import org.framebench.model.Link;
import org.framebench.interchange.testing.SampledLibyaWork;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.codebook.CodebookRules;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.interchange.ImportResult;
import org.framebench.core.interchange.InterchangeException;
import org.framebench.core.interchange.InterchangeReport;
import org.framebench.interchange.refiqda.RefiQdaFormat;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Layer;
import org.framebench.model.LinkKind;
import org.framebench.model.TextRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefiQdaFormatTest {

    @TempDir
    Path dir;

    private final RefiQdaFormat format = new RefiQdaFormat();

    /** Validates with the standard's published schema (javax.xml.validation); throws on the first error. */
    private static void validate(String xsd, InputStream xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(RefiQdaFormatTest.class.getResource(xsd));
        schema.newValidator().validate(new StreamSource(xml));
    }

    @Test
    void theSchemasThemselvesRejectWhatTheyShould() throws Exception {
        String bad = "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code name=\"x\" isCodable=\"true\""
                + " guid=\"not-a-guid\"/></Codes></CodeBook>";
        assertThrows(org.xml.sax.SAXException.class,
                () -> validate("Codebook.xsd", new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        String noName = "<Project xmlns=\"urn:QDA-XML:project:1.0\"/>";
        assertThrows(org.xml.sax.SAXException.class,
                () -> validate("Project.xsd", new ByteArrayInputStream(noName.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void codebookToQdcToCodebookKeepsLayersCodesDefinitionsColoursAndKeys() throws Exception {
        Codebook codebook = SampledLibyaWork.libya(0).getAssignment().getCodebook();
        Path qdc = dir.resolve("journalism.qdc");
        InterchangeReport report = format.exportCodebook(codebook, qdc);
        try (InputStream in = Files.newInputStream(qdc)) {
            validate("Codebook.xsd", in);
        }
        assertTrue(report.losses().stream().anyMatch(l -> l.contains("attribute definition")), report.losses()::toString);

        Codebook back = format.importCodebook(qdc);

        assertEquals(codebook.getLayers().size(), back.getLayers().size());
        for (int i = 0; i < codebook.getLayers().size(); i++) {
            Layer layer = codebook.getLayers().get(i);
            Layer copy = back.getLayers().get(i);
            assertEquals(layer.getId(), copy.getId());
            assertEquals(layer.getLabel(), copy.getLabel());
            assertEquals(blankToNull(layer.getDescription()), copy.getDescription());
            assertEquals(layer.getCodes().size(), copy.getCodes().size());
            for (int j = 0; j < layer.getCodes().size(); j++) {
                Code code = layer.getCodes().get(j);
                Code other = copy.getCodes().get(j);
                assertEquals(code.getId(), other.getId());
                assertEquals(code.getLabel(), other.getLabel());
                assertEquals(blankToNull(code.getDefinition()), other.getDefinition(), code.getId());
                assertEquals(blankToNull(code.getExample()), other.getExample(), code.getId());
                assertEquals(blankToNull(code.getExampleSource()), other.getExampleSource(), code.getId());
                assertEquals(code.getColour().toUpperCase(), other.getColour());
                assertEquals(code.getShortcutKey(), other.getShortcutKey(), code.getId());
            }
        }
        assertTrue(CodebookRules.errors(back).isEmpty(), () -> CodebookRules.errors(back).toString());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Test
    void reExportIsByteIdenticalWithStableGuids() throws Exception {
        AnnotationDocument document = SampledLibyaWork.libya(6);
        format.exportCodebook(document.getAssignment().getCodebook(), dir.resolve("a.qdc"));
        format.exportCodebook(document.getAssignment().getCodebook(), dir.resolve("b.qdc"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.qdc")), Files.readAllBytes(dir.resolve("b.qdc")));
        format.exportDocument(document, dir.resolve("a.qdpx"));
        format.exportDocument(document, dir.resolve("b.qdpx"));
        assertArrayEquals(Files.readAllBytes(dir.resolve("a.qdpx")), Files.readAllBytes(dir.resolve("b.qdpx")));
        // The codebook's GUIDs are the same in another document with the same codebook.
        format.exportCodebook(SampledLibyaWork.libya(0).getAssignment().getCodebook(), dir.resolve("c.qdc"));
        assertEquals(guids(Files.readString(dir.resolve("a.qdc"))), guids(Files.readString(dir.resolve("c.qdc"))));
    }

    private static List<String> guids(String xml) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("guid=\"([^\"]+)\"").matcher(xml);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void projectValidatesAndHoldsTheArticlesAndCodings() throws Exception {
        AnnotationDocument document = SampledLibyaWork.libya(12);
        Path qdpx = dir.resolve("libya.qdpx");
        InterchangeReport report = format.exportDocument(document, qdpx);
        assertEquals(document.getAnnotations().size(), report.annotations());
        assertEquals(document.getLinks().size(), report.links());
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            ZipEntry project = zip.getEntry("project.qde");
            assertNotNull(project);
            try (InputStream in = zip.getInputStream(project)) {
                validate("Project.xsd", in);
            }
            String qde;
            try (InputStream in = zip.getInputStream(project)) {
                qde = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertEquals(document.getAnnotations().size(), count(qde, "<PlainTextSelection "));
            assertEquals(document.getAssignment().getArticles().size(), count(qde, "<TextSource "));
            assertTrue(qde.contains("<User guid=") && qde.contains("name=\"Ada Student\""));
            Matcher source = Pattern.compile("plainTextPath=\"internal://([^\"]+)\"").matcher(qde);
            int sources = 0;
            while (source.find()) {
                ZipEntry text = zip.getEntry("Sources/" + source.group(1));
                assertNotNull(text, source.group(1));
                String content;
                try (InputStream in = zip.getInputStream(text)) {
                    content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                assertTrue(document.getAssignment().getArticles().stream().anyMatch(a -> a.getText().equals(content)));
                sources++;
            }
            assertEquals(document.getAssignment().getArticles().size(), sources);
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String key(Annotation a) {
        return a.getArticle().getId() + "|" + a.getBegin() + "|" + a.getEnd() + "|" + a.getCode().getId();
    }

    private static Map<String, String> attributes(Annotation annotation) {
        Map<String, String> values = new HashMap<>();
        for (AttributeValue value : annotation.getAttributeValues()) {
            values.put(value.getKey(), value.getValue());
        }
        return values;
    }

    @Test
    void projectRoundTripGivesTheSameCodingsAndLinks() throws Exception {
        AnnotationDocument document = SampledLibyaWork.libya(12);
        // Characters outside the BMP before the spans: REFI-QDA counts code points, Framebench UTF-16 units.
        Article article = document.getAssignment().getArticles().get(2);
        Code code = Codebooks.allCodes(document.getAssignment().getCodebook()).get(3);
        int emoji = article.getText().indexOf('\uD83D');
        Annotation wide = null;
        if (emoji < 0) {
            AnnotationDocument fresh = SampledLibyaWork.libya(0);
            fresh.getAssignment().getArticles().get(2).setText("\uD83D\uDCF0\uD83D\uDCF0 News: "
                    + fresh.getAssignment().getArticles().get(2).getText());
            document = fresh;
            article = fresh.getAssignment().getArticles().get(2);
            code = Codebooks.allCodes(fresh.getAssignment().getCodebook()).get(3);
            SampledLibyaWork.annotate(fresh, fresh.getAssignment().getArticles().get(0), TextRegion.BODY, 5, 20, code)
                    .setNote("first");
        }
        wide = SampledLibyaWork.annotate(document, article, TextRegion.BODY, 5, 9, code);
        Annotation later = SampledLibyaWork.annotate(document, article, TextRegion.BODY, 30, 44, code);
        later.setNote("after two emoji\nsecond line");
        SampledLibyaWork.link(document, document.getAnnotations().get(0), later, LinkKind.OMISSION, "left out by <b>");
        AnnotationDocument template = EcoreUtil.copy(document);
        template.getAnnotations().clear();
        template.getLinks().clear();
        AnnotationDocument before = EcoreUtil.copy(template);
        Path qdpx = dir.resolve("round.qdpx");
        format.exportDocument(document, qdpx);
        try (ZipFile zip = new ZipFile(qdpx.toFile()); InputStream in = zip.getInputStream(zip.getEntry("project.qde"))) {
            validate("Project.xsd", in);
        }

        ImportResult result = format.importDocument(qdpx, template);

        assertTrue(EcoreUtil.equals(before, template), "the template was changed");
        AnnotationDocument imported = result.document();
        assertTrue(result.report().losses().isEmpty(), result.report().losses()::toString);
        assertEquals(document.getAnnotations().size(), imported.getAnnotations().size());
        Map<String, Annotation> byKey = imported.getAnnotations().stream()
                .collect(Collectors.toMap(RefiQdaFormatTest::key, a -> a));
        for (Annotation original : document.getAnnotations()) {
            Annotation copy = byKey.get(key(original));
            assertNotNull(copy, key(original));
            assertEquals(original.getCoveredText(), copy.getCoveredText());
            assertEquals(original.getNote(), copy.getNote());
            assertEquals(attributes(original), attributes(copy));
        }
        assertEquals(wide.getCoveredText(), byKey.get(key(wide)).getCoveredText());
        assertEquals(document.getLinks().size(), imported.getLinks().size());
        List<String> links = document.getLinks().stream()
                .map(l -> key(l.getSource()) + ">" + key(l.getTarget()) + l.getKind() + l.getNote()).sorted().toList();
        List<String> importedLinks = imported.getLinks().stream()
                .map(l -> key(l.getSource()) + ">" + key(l.getTarget()) + l.getKind() + l.getNote()).sorted().toList();
        assertEquals(links, importedLinks);
    }

    @Test
    void aForeignFlatCodebookBecomesOneLayerWithItsColours() throws Exception {
        Path qdc = dir.resolve("atlas.qdc");
        Files.writeString(qdc, """
                <?xml version="1.0" encoding="utf-8"?>
                <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="ATLAS.ti">
                  <Codes>
                    <Code guid="1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="Economy" isCodable="true" color="#46AA00">
                      <Description>Talk of money.</Description>
                    </Code>
                    <Code guid="{2FF58B12-6F6F-4B0C-8BE5-BBDC91F55294}" name="War &amp; peace" isCodable="true" color="#a0b"/>
                    <Code guid="3FF58B12-6F6F-4B0C-8BE5-BBDC91F55294" name="Untinted" isCodable="true"/>
                  </Codes>
                </CodeBook>
                """);
        try (InputStream in = Files.newInputStream(qdc)) {
            validate("Codebook.xsd", in);
        }
        Codebook codebook = format.importCodebook(qdc);
        assertEquals(1, codebook.getLayers().size());
        List<Code> codes = codebook.getLayers().get(0).getCodes();
        assertEquals(List.of("Economy", "War & peace", "Untinted"), codes.stream().map(Code::getLabel).toList());
        assertEquals(List.of("economy", "war-peace", "untinted"), codes.stream().map(Code::getId).toList());
        assertEquals("#46AA00", codes.get(0).getColour());
        assertEquals("#AA00BB", codes.get(1).getColour());
        assertNotNull(codes.get(2).getColour());
        assertEquals("Talk of money.", codes.get(0).getDefinition());
        assertNull(codes.get(0).getShortcutKey());
        assertEquals("atlas", codebook.getName());
        assertTrue(CodebookRules.errors(codebook).isEmpty(), () -> CodebookRules.errors(codebook).toString());
    }

    @Test
    void brokenFilesAreRefusedInPlainWordsNamingTheElement() throws Exception {
        Path qdc = dir.resolve("broken.qdc");
        Files.writeString(qdc, "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>\n<Code name=\"A\"");
        InterchangeException notXml = assertThrows(InterchangeException.class, () -> format.importCodebook(qdc));
        assertTrue(notXml.getMessage().contains("broken.qdc") && notXml.getMessage().contains("line"), notXml.getMessage());

        Files.writeString(qdc, "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"p\"/>");
        InterchangeException root = assertThrows(InterchangeException.class, () -> format.importCodebook(qdc));
        assertTrue(root.getMessage().contains("<Project>"), root.getMessage());

        Files.writeString(qdc, "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes>\n\n<Code name=\"Anger\""
                + " isCodable=\"true\"/></Codes></CodeBook>");
        InterchangeException guid = assertThrows(InterchangeException.class, () -> format.importCodebook(qdc));
        assertTrue(guid.getMessage().contains("line 3") && guid.getMessage().contains("<Code name=\"Anger\">")
                && guid.getMessage().contains("guid"), guid.getMessage());

        Files.writeString(qdc, "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code name=\"Red\" isCodable=\"true\""
                + " guid=\"1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294\" color=\"red\"/></Codes></CodeBook>");
        InterchangeException colour = assertThrows(InterchangeException.class, () -> format.importCodebook(qdc));
        assertTrue(colour.getMessage().contains("\"red\"") && colour.getMessage().contains("<Code name=\"Red\">"),
                colour.getMessage());

        Files.writeString(qdc, "<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>");
        InterchangeException codes = assertThrows(InterchangeException.class, () -> format.importCodebook(qdc));
        assertTrue(codes.getMessage().contains("<Codes>"), codes.getMessage());

        AnnotationDocument template = SampledLibyaWork.libya(2);
        AnnotationDocument before = EcoreUtil.copy(template);
        Path notZip = dir.resolve("not.qdpx");
        Files.writeString(notZip, "plain text");
        InterchangeException zip = assertThrows(InterchangeException.class, () -> format.importDocument(notZip, template));
        assertTrue(zip.getMessage().contains("not.qdpx") && zip.getMessage().contains("ZIP"), zip.getMessage());

        Path good = dir.resolve("good.qdpx");
        format.exportDocument(template, good);
        Path bad = dir.resolve("bad.qdpx");
        try (ZipFile in = new ZipFile(good.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(bad))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("project.qde")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replaceFirst("startPosition=\"\\d+\"",
                            "startPosition=\"x1\"").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        InterchangeException position = assertThrows(InterchangeException.class, () -> format.importDocument(bad, template));
        assertTrue(position.getMessage().contains("<PlainTextSelection>") && position.getMessage().contains("\"x1\"")
                && position.getMessage().contains("line"), position.getMessage());
        assertTrue(EcoreUtil.equals(before, template), "the template was changed by a failed import");
    }

    @Test
    void aFailedExportLeavesTheTargetAsItWas() throws Exception {
        Path folder = dir.resolve("existing-folder.qdc");
        Files.createDirectories(folder);
        assertThrows(InterchangeException.class,
                () -> format.exportCodebook(SampledLibyaWork.libya(0).getAssignment().getCodebook(), folder));
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void anAttributionLinkComesBackAsOne() throws Exception {
        AnnotationDocument work = org.framebench.interchange.testing.LibyaWork.document();
        org.framebench.interchange.testing.LibyaWork.linkAttribution(work);
        Path qdpx = dir.resolve("attribution.qdpx");
        format.exportDocument(work, qdpx);
        try (ZipFile zip = new ZipFile(qdpx.toFile()); InputStream in = zip.getInputStream(zip.getEntry("project.qde"))) {
            validate("Project.xsd", in);
        }
        AnnotationDocument imported = format.importDocument(qdpx, org.framebench.interchange.testing.LibyaWork.template())
                .document();
        List<Link> links = org.framebench.interchange.testing.LibyaWork.linksFrom(imported, "third",
                org.framebench.interchange.testing.LibyaWork.FELTMAN, org.framebench.interchange.testing.LibyaWork.CLEAR_FIRM);
        assertEquals(1, links.size(), "the source-to-content link is back, once");
        assertEquals(LinkKind.ATTRIBUTION, links.get(0).getKind());
        assertEquals("who said it, and what", links.get(0).getNote());
    }
}
