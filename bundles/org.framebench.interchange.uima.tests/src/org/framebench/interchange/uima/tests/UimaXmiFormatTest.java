package org.framebench.interchange.uima.tests;

import org.framebench.interchange.testing.SampledLibyaWork;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.interchange.ImportResult;
import org.framebench.core.interchange.InterchangeException;
import org.framebench.core.interchange.InterchangeReport;
import org.framebench.interchange.uima.UimaXmiFormat;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeValue;
import org.framebench.model.Code;
import org.framebench.model.Link;
import org.framebench.model.TextRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UimaXmiFormatTest {

    @TempDir
    Path dir;

    private final UimaXmiFormat format = new UimaXmiFormat();

    private static CAS readWithUimajCore(Path typeSystem, Path xmi) throws Exception {
        TypeSystemDescription description = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(typeSystem.toFile()));
        CAS cas = CasCreationUtils.createCas(description, null, null);
        try (InputStream in = Files.newInputStream(xmi)) {
            XmiCasDeserializer.deserialize(in, cas);
        }
        return cas;
    }

    private static String key(Annotation a) {
        return a.getArticle().getId() + "|" + a.getBegin() + "|" + a.getEnd() + "|" + a.getCode().getId();
    }

    @Test
    void everyExportedFileIsReadByUimajCoreWithTheSameCoveredText() throws Exception {
        AnnotationDocument document = SampledLibyaWork.libya(12);
        Path out = dir.resolve("cas");
        InterchangeReport report = format.exportDocument(document, out);

        List<Article> articles = document.getAssignment().getArticles();
        assertEquals(articles.size() + 1, report.files().size());
        assertTrue(Files.isRegularFile(out.resolve("TypeSystem.xml")));
        assertEquals(document.getAnnotations().size(), report.annotations());
        long inArticle = document.getLinks().stream()
                .filter(l -> l.getSource().getArticle() == l.getTarget().getArticle()).count();
        assertEquals(inArticle, report.links());
        assertTrue(report.losses().stream().anyMatch(l -> l.contains("different articles")), report.losses()::toString);

        Map<String, Annotation> expected = new HashMap<>();
        document.getAnnotations().forEach(a -> expected.put(key(a), a));
        int seen = 0;
        int linksSeen = 0;
        for (Article article : articles) {
            Path xmi = out.resolve(article.getId() + ".xmi");
            CAS cas = readWithUimajCore(out.resolve("TypeSystem.xml"), xmi);
            assertEquals(article.getText(), cas.getDocumentText());
            Type span = cas.getTypeSystem().getType("org.framebench.type.Span");
            assertNotNull(span);
            for (AnnotationFS fs : cas.<AnnotationFS>getAnnotationIndex(span)) {
                String code = fs.getFeatureValueAsString(fs.getType().getFeatureByBaseName("code"));
                Annotation original = expected.get(article.getId() + "|" + fs.getBegin() + "|" + fs.getEnd() + "|" + code);
                assertNotNull(original, "no Framebench annotation at " + fs);
                assertEquals(original.getCoveredText(), fs.getCoveredText());
                assertEquals(original.getNote(), fs.getFeatureValueAsString(fs.getType().getFeatureByBaseName("note")));
                assertEquals(original.getCode().getLabel(),
                        fs.getFeatureValueAsString(fs.getType().getFeatureByBaseName("label")));
                seen++;
            }
            Type linkType = cas.getTypeSystem().getType("org.framebench.type.Link");
            Feature governor = linkType.getFeatureByBaseName("Governor");
            Feature dependent = linkType.getFeatureByBaseName("Dependent");
            for (AnnotationFS fs : cas.<AnnotationFS>getAnnotationIndex(linkType)) {
                AnnotationFS g = (AnnotationFS) fs.getFeatureValue(governor);
                AnnotationFS d = (AnnotationFS) fs.getFeatureValue(dependent);
                assertNotNull(g);
                assertNotNull(d);
                assertTrue(document.getLinks().stream().anyMatch(l -> l.getSource().getArticle() == article
                        && l.getSource().getBegin() == g.getBegin() && l.getTarget().getBegin() == d.getBegin()
                        && l.getKind().getLiteral().equals(fs.getFeatureValueAsString(linkType.getFeatureByBaseName("kind")))));
                linksSeen++;
            }
            Type metadata = cas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData");
            FeatureStructure meta = cas.getAnnotationIndex(metadata).iterator().next();
            assertEquals(article.getId(), meta.getFeatureValueAsString(metadata.getFeatureByBaseName("documentId")));
        }
        assertEquals(document.getAnnotations().size(), seen);
        assertEquals(inArticle, linksSeen);
    }

    @Test
    void exportAndImportGiveTheSameAnnotationsAndInArticleLinks() throws Exception {
        AnnotationDocument document = SampledLibyaWork.libya(12);
        Path out = dir.resolve("cas");
        format.exportDocument(document, out);
        AnnotationDocument template = SampledLibyaWork.libya(0);
        AnnotationDocument before = EcoreUtil.copy(template);

        ImportResult result = format.importDocument(out, template);

        assertTrue(EcoreUtil.equals(before, template), "the template was changed by the import");
        AnnotationDocument imported = result.document();
        assertEquals(document.getAnnotations().size(), imported.getAnnotations().size());
        Map<String, Annotation> byKey = imported.getAnnotations().stream()
                .collect(Collectors.toMap(UimaXmiFormatTest::key, a -> a));
        for (Annotation original : document.getAnnotations()) {
            Annotation copy = byKey.get(key(original));
            assertNotNull(copy, key(original));
            assertEquals(original.getCoveredText(), copy.getCoveredText());
            assertEquals(original.getNote(), copy.getNote());
            assertEquals(attributes(original), attributes(copy));
            assertTrue(imported.getAssignment().getArticles().contains(copy.getArticle()));
            assertTrue(Codebooks.allCodes(imported.getAssignment().getCodebook()).contains(copy.getCode()));
        }
        List<String> links = new ArrayList<>();
        for (Link link : document.getLinks()) {
            if (link.getSource().getArticle() == link.getTarget().getArticle()) {
                links.add(key(link.getSource()) + ">" + key(link.getTarget()) + link.getKind() + link.getNote());
            }
        }
        List<String> importedLinks = imported.getLinks().stream()
                .map(l -> key(l.getSource()) + ">" + key(l.getTarget()) + l.getKind() + l.getNote()).sorted().toList();
        assertEquals(links.stream().sorted().toList(), importedLinks);
        assertEquals(result.report().annotations(), imported.getAnnotations().size());
        assertTrue(result.report().losses().isEmpty(), result.report().losses()::toString);
    }

    private static Map<String, String> attributes(Annotation annotation) {
        Map<String, String> values = new HashMap<>();
        for (AttributeValue value : annotation.getAttributeValues()) {
            values.put(value.getKey(), value.getValue());
        }
        return values;
    }

    @Test
    void aZipAsInceptionExportsItImports() throws Exception {
        AnnotationDocument document = SampledLibyaWork.libya(4);
        Path out = dir.resolve("cas");
        InterchangeReport exported = format.exportDocument(document, out);
        Path zip = dir.resolve("inception-export.zip");
        try (java.util.zip.ZipOutputStream stream = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path file : exported.files()) {
                stream.putNextEntry(new java.util.zip.ZipEntry("curation/" + file.getFileName()));
                stream.write(Files.readAllBytes(file));
                stream.closeEntry();
            }
        }
        ImportResult result = format.importDocument(zip, SampledLibyaWork.libya(0));
        assertEquals(document.getAnnotations().size(), result.document().getAnnotations().size());
        assertEquals(List.of(zip), result.report().files());
    }

    @Test
    void reExportIsByteIdentical() throws Exception {
        AnnotationDocument document = SampledLibyaWork.libya(5);
        format.exportDocument(document, dir.resolve("a"));
        format.exportDocument(document, dir.resolve("b"));
        for (Path file : List.of(Path.of("TypeSystem.xml"),
                Path.of(document.getAssignment().getArticles().get(0).getId() + ".xmi"))) {
            assertEquals(Files.readString(dir.resolve("a").resolve(file)), Files.readString(dir.resolve("b").resolve(file)));
        }
    }

    @Test
    void aCasMadeWithUimajCoreImports() throws Exception {
        AnnotationDocument template = SampledLibyaWork.libya(0);
        format.exportDocument(template, dir.resolve("types"));
        Path typeSystem = dir.resolve("types").resolve("TypeSystem.xml");
        Article article = template.getAssignment().getArticles().get(1);
        Code code = template.getAssignment().getCodebook().getLayers().get(0).getCodes().get(0);
        Code other = template.getAssignment().getCodebook().getLayers().get(2).getCodes().get(0);

        TypeSystemDescription description = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(typeSystem.toFile()));
        CAS cas = CasCreationUtils.createCas(description, null, null);
        cas.setDocumentText(article.getText());
        Type layerType = cas.getTypeSystem().getType("org.framebench.type." + Character.toUpperCase(
                code.getLayer().getId().charAt(0)) + code.getLayer().getId().substring(1));
        Type otherType = cas.getTypeSystem().getType("org.framebench.type." + Character.toUpperCase(
                other.getLayer().getId().charAt(0)) + other.getLayer().getId().substring(1));
        assertNotNull(layerType);
        assertNotNull(otherType);
        AnnotationFS a = cas.createAnnotation(layerType, 10, 30);
        a.setStringValue(layerType.getFeatureByBaseName("code"), code.getId());
        a.setStringValue(layerType.getFeatureByBaseName("note"), "made in uimaj-core\nline two");
        cas.addFsToIndexes(a);
        AnnotationFS b = cas.createAnnotation(otherType, 40, 52);
        b.setStringValue(otherType.getFeatureByBaseName("code"), other.getId());
        cas.addFsToIndexes(b);
        Type linkType = cas.getTypeSystem().getType("org.framebench.type.Link");
        AnnotationFS link = cas.createAnnotation(linkType, 40, 52);
        link.setFeatureValue(linkType.getFeatureByBaseName("Governor"), a);
        link.setFeatureValue(linkType.getFeatureByBaseName("Dependent"), b);
        link.setStringValue(linkType.getFeatureByBaseName("kind"), "omission");
        cas.addFsToIndexes(link);
        Path folder = dir.resolve("from-uima");
        Files.createDirectories(folder);
        Files.copy(typeSystem, folder.resolve("TypeSystem.xml"));
        try (OutputStream stream = Files.newOutputStream(folder.resolve(article.getId() + ".xmi"))) {
            XmiCasSerializer.serialize(cas, stream);
        }

        ImportResult result = format.importDocument(folder, template);

        AnnotationDocument imported = result.document();
        assertEquals(2, imported.getAnnotations().size(), result.report().losses()::toString);
        Annotation first = imported.getAnnotations().get(0);
        assertEquals(article.getId(), first.getArticle().getId());
        assertEquals(code.getId(), first.getCode().getId());
        assertEquals(article.getText().substring(10, 30), first.getCoveredText());
        assertEquals("made in uimaj-core\nline two", first.getNote());
        assertEquals(TextRegion.BODY, first.getRegion());
        assertEquals(other.getId(), imported.getAnnotations().get(1).getCode().getId());
        assertEquals(1, imported.getLinks().size());
        assertEquals("omission", imported.getLinks().get(0).getKind().getLiteral());
        assertEquals(first, imported.getLinks().get(0).getSource());
        assertEquals(0, template.getAnnotations().size());
    }

    @Test
    void headlineAnnotationsAreReportedAsLosses() throws Exception {
        AnnotationDocument document = SampledLibyaWork.libya(2);
        Article withHeadline = document.getAssignment().getArticles().stream()
                .filter(a -> a.getHeadline() != null && a.getHeadline().length() > 5).findFirst().orElseThrow();
        SampledLibyaWork.annotate(document, withHeadline, TextRegion.HEADLINE, 0, 5,
                Codebooks.allCodes(document.getAssignment().getCodebook()).get(0));
        InterchangeReport report = format.exportDocument(document, dir.resolve("h"));
        assertEquals(document.getAnnotations().size() - 1, report.annotations());
        assertTrue(report.losses().stream().anyMatch(l -> l.contains("headline")), report.losses()::toString);
    }

    @Test
    void brokenOrForeignFilesAreRefusedInPlainWordsAndTheTemplateStaysAsItWas() throws Exception {
        AnnotationDocument template = SampledLibyaWork.libya(3);
        AnnotationDocument copy = EcoreUtil.copy(template);
        Path folder = dir.resolve("cas");
        format.exportDocument(template, folder);
        String articleId = template.getAssignment().getArticles().get(0).getId();
        Path xmi = folder.resolve(articleId + ".xmi");
        String good = Files.readString(xmi);

        Files.writeString(xmi, good.substring(0, good.length() / 2));
        InterchangeException broken = assertThrows(InterchangeException.class, () -> format.importDocument(folder, template));
        assertTrue(broken.getMessage().contains(articleId + ".xmi") && broken.getMessage().contains("line"),
                broken.getMessage());

        Files.writeString(xmi, "<?xml version=\"1.0\"?><html><body>not a CAS</body></html>");
        InterchangeException foreign = assertThrows(InterchangeException.class, () -> format.importDocument(folder, template));
        assertTrue(foreign.getMessage().contains("<html>"), foreign.getMessage());

        String badBegin = good.replaceFirst("(<type:[A-Za-z]+ xmi:id=\"(\\d+)\" sofa=\"1\") begin=\"\\d+\"", "$1 begin=\"ten\"");
        String id = good.replaceFirst("(?s).*?<type:[A-Za-z]+ xmi:id=\"(\\d+)\".*", "$1");
        Files.writeString(xmi, badBegin);
        InterchangeException number = assertThrows(InterchangeException.class, () -> format.importDocument(folder, template));
        assertTrue(number.getMessage().contains("xmi:id=\"" + id + "\"") && number.getMessage().contains("\"ten\""),
                number.getMessage());

        Files.writeString(xmi, good.replaceFirst("<cas:Sofa [^>]*/>", ""));
        InterchangeException noSofa = assertThrows(InterchangeException.class, () -> format.importDocument(folder, template));
        assertTrue(noSofa.getMessage().contains("<cas:Sofa>"), noSofa.getMessage());

        Files.writeString(xmi, good);
        Files.writeString(folder.resolve("TypeSystem.xml"), "<project/>");
        InterchangeException types = assertThrows(InterchangeException.class, () -> format.importDocument(folder, template));
        assertTrue(types.getMessage().contains("TypeSystem.xml") && types.getMessage().contains("<project>"),
                types.getMessage());

        assertTrue(EcoreUtil.equals(copy, template), "the template was changed by a failed import");
    }

    @Test
    void aFailedExportLeavesTheTargetAsItWas() throws Exception {
        Path file = dir.resolve("not-a-folder.txt");
        Files.writeString(file, "keep me", StandardCharsets.UTF_8);
        InterchangeException e = assertThrows(InterchangeException.class,
                () -> format.exportDocument(SampledLibyaWork.libya(2), file));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
        assertEquals("keep me", Files.readString(file));
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().contains(".tmp")));
    }

    @Test
    void anAttributionLinkComesBackAsOneAndUimajCoreReadsItsKind() throws Exception {
        AnnotationDocument work = org.framebench.interchange.testing.LibyaWork.document();
        work.getAnnotations().removeIf(a -> a.getRegion() == TextRegion.HEADLINE); // UIMA keeps bodies only
        work.getLinks().removeIf(l -> l.getSource() == null || l.getTarget() == null
                || l.getSource().getArticle() != l.getTarget().getArticle());
        org.framebench.interchange.testing.LibyaWork.linkAttribution(work);
        Path out = dir.resolve("attribution");
        format.exportDocument(work, out);
        CAS cas = readWithUimajCore(out.resolve("TypeSystem.xml"), out.resolve("third.xmi"));
        Type linkType = cas.getTypeSystem().getType("org.framebench.type.Link");
        List<String> kinds = new ArrayList<>();
        for (AnnotationFS fs : cas.<AnnotationFS>getAnnotationIndex(linkType)) {
            kinds.add(fs.getFeatureValueAsString(linkType.getFeatureByBaseName("kind")));
        }
        assertEquals(List.of("attribution"), kinds);

        AnnotationDocument imported = format.importDocument(out, org.framebench.interchange.testing.LibyaWork.template())
                .document();
        List<Link> links = org.framebench.interchange.testing.LibyaWork.linksFrom(imported, "third",
                org.framebench.interchange.testing.LibyaWork.FELTMAN, org.framebench.interchange.testing.LibyaWork.CLEAR_FIRM);
        assertEquals(1, links.size(), "the source-to-content link is back, once");
        assertEquals(org.framebench.model.LinkKind.ATTRIBUTION, links.get(0).getKind());
        assertEquals("who said it, and what", links.get(0).getNote());
    }
}
