package org.framebench.interchange.brat.tests;

import org.framebench.model.LinkKind;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.framebench.core.codebook.BuiltInCodebook;
import org.framebench.core.codebook.Codebooks;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.interchange.ImportResult;
import org.framebench.core.interchange.InterchangeException;
import org.framebench.core.interchange.InterchangeReport;
import org.framebench.core.text.Digests;
import org.framebench.interchange.brat.BratFormat;
import org.framebench.interchange.testing.LibyaWork;
import org.framebench.model.Annotation;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Article;
import org.framebench.model.AttributeKind;
import org.framebench.model.Code;
import org.framebench.model.Codebook;
import org.framebench.model.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** brat standoff out and back in: the folder's files read back as brat reads them, and by the importer. */
class BratFormatTest {

    @TempDir
    Path folder;

    private final BratFormat format = new BratFormat();

    @Test
    void theLibyaWorkComesBackTheSameButForLinksAcrossArticles() throws Exception {
        AnnotationDocument work = LibyaWork.document();
        Path out = folder.resolve("brat");
        InterchangeReport exported = format.exportDocument(work, out);
        assertEquals(11, exported.annotations());
        assertEquals(2, exported.links());
        assertEquals(List.of("brat has no relations across documents: 3 links left out"), exported.losses());

        for (Article article : work.getAssignment().getArticles()) {
            assertArrayEquals(article.getText().getBytes(StandardCharsets.UTF_8),
                    Files.readAllBytes(out.resolve(article.getId() + ".txt")), "the text exactly");
            assertTrue(Files.isRegularFile(out.resolve(article.getId() + ".ann")));
        }
        assertEquals(LibyaWork.article(work, "cnn").getHeadline(), Files.readString(out.resolve("cnn.headline.txt")));
        assertEquals("T1\tF7 18 36\tface-to-face talks\n", Files.readString(out.resolve("cnn.headline.ann")).lines()
                .findFirst().get() + "\n");
        List<String> cnn = Files.readAllLines(out.resolve("cnn.ann"));
        String cnnText = LibyaWork.article(work, "cnn").getText();
        int begin = cnnText.indexOf("Libyan government spokesman Musa Ibrahim");
        assertEquals("T1\tS1 " + begin + " " + (begin + 40) + "\tLibyan government spokesman Musa Ibrahim", cnn.get(0));
        assertTrue(cnn.contains("A1\taffiliation T1 Libyan_government"), cnn.toString());
        assertTrue(cnn.contains("A4\timplicit_source T2"), cnn.toString());
        assertTrue(cnn.contains("R1\tsame-source Arg1:T1 Arg2:T2"), cnn.toString());
        assertTrue(cnn.contains("#1\tAttribute:name T1\tMusa Ibrahim"), cnn.toString());
        assertTrue(cnn.contains("#2\tAnnotatorNotes T1\tNamed, and speaks for the government.\\nCNN spells it \"Musa\";"
                + " the BBC 'Moussa'."), cnn.toString());
        // Across a paragraph break: two fragments, as brat writes a span over a line break.
        String bbc = Files.readString(out.resolve("bbc.ann"));
        String bbcText = LibyaWork.article(work, "bbc").getText();
        int across = bbcText.indexOf("has confirmed.\n\nThe US said the meeting");
        assertTrue(bbc.contains("\tF1 " + across + " " + (across + 14) + ";" + (across + 16) + " " + (across + 39)
                + "\thas confirmed.  The US said the meeting\n"), bbc);
        String conf = Files.readString(out.resolve("annotation.conf"));
        assertTrue(conf.contains("[entities]\n!sourcing\n\tS1\n"), conf);
        assertTrue(conf.contains("same-statement\tArg1:<ENTITY>, Arg2:<ENTITY>\n"), conf);
        assertTrue(conf.contains("\nimplicit_source\tArg:A1|A2|A3|A4|A5|A6|A7|A8\n"), conf);
        assertTrue(conf.contains("\nidentification\tArg:S1|S2|S3|S4|S5|S6|S7|S8, Value:named|anonymous|institutional\n"), conf);
        String visual = Files.readString(out.resolve("visual.conf"));
        assertTrue(visual.contains("S1 | Named person | S1\n"), visual);

        AnnotationDocument template = LibyaWork.template();
        ImportResult imported = format.importDocument(out, template);
        assertEquals(List.of(), imported.report().losses());
        assertEquals(LibyaWork.annotations(work), LibyaWork.annotations(imported.document()));
        List<Link> within = work.getLinks().stream().filter(LibyaWork::withinOneText).toList();
        work.getLinks().retainAll(within);
        assertEquals(LibyaWork.links(work), LibyaWork.links(imported.document()));
        assertEquals(0, template.getAnnotations().size(), "the template is not changed");
        Path saved = folder.resolve("imported.fbench");
        DocumentStore.save(imported.document(), saved);
        assertEquals(LibyaWork.annotations(work), LibyaWork.annotations(DocumentStore.load(saved)));
    }

    @Test
    void offsetsCountCodePointsAsBratDoes() throws Exception {
        AnnotationDocument work = LibyaWork.document();
        LibyaWork.prefixText(work, "cnn", "😀 𝐀 ");
        Path out = folder.resolve("brat");
        format.exportDocument(work, out);
        String txt = Files.readString(out.resolve("cnn.txt"));
        // brat (Python 3) reads the .txt as a string of code points and slices it with the offsets.
        int[] codePoints = txt.codePoints().toArray();
        for (String line : Files.readAllLines(out.resolve("cnn.ann"))) {
            if (line.startsWith("T")) {
                String[] fields = line.split("\t");
                String[] offsets = fields[1].split(" ");
                int from = Integer.parseInt(offsets[1]);
                int to = Integer.parseInt(offsets[2]);
                assertEquals(fields[2], new String(codePoints, from, to - from), line);
            }
        }
        Annotation ibrahim = work.getAnnotations().get(0);
        assertTrue(Files.readString(out.resolve("cnn.ann")).startsWith("T1\tS1 " + (ibrahim.getBegin() - 2) + " "
                + (ibrahim.getEnd() - 2) + "\t"));

        AnnotationDocument template = LibyaWork.template();
        LibyaWork.prefixText(template, "cnn", "😀 𝐀 ");
        ImportResult imported = format.importDocument(out, template);
        assertEquals(LibyaWork.annotations(work), LibyaWork.annotations(imported.document()));
    }

    @Test
    void annotationsOfAnOlderTextAreFoundAgainInTheNewOne() throws Exception {
        AnnotationDocument work = LibyaWork.document();
        Path out = folder.resolve("brat");
        format.exportDocument(work, out);
        AnnotationDocument changed = LibyaWork.template();
        Article cnn = LibyaWork.article(changed, "cnn");
        String inserted = "Updated with a new first paragraph.\n";
        cnn.setText(inserted + cnn.getText());
        cnn.setSha256(Digests.sha256(cnn.getText()));
        ImportResult imported = format.importDocument(out, changed);
        assertEquals(List.of(), imported.report().losses());
        Annotation ibrahim = imported.document().getAnnotations().stream()
                .filter(a -> a.getCoveredText().equals("Libyan government spokesman Musa Ibrahim")).findFirst().orElseThrow();
        assertEquals(work.getAnnotations().get(0).getBegin() + inserted.length(), ibrahim.getBegin());
        assertEquals(11, imported.document().getAnnotations().size());
    }

    @Test
    void aYesNoAttributeSetToNoIsReportedAsLost() throws Exception {
        AnnotationDocument work = LibyaWork.document();
        LibyaWork.attribute(work.getAnnotations().get(5), "implicit_source", "false");
        InterchangeReport exported = format.exportDocument(work, folder.resolve("brat"));
        assertTrue(exported.losses().contains("brat's yes/no attributes cannot say \"no\" apart from \"not set\": 1 \"no\""
                + " was left out"), exported.losses().toString());
    }

    @Test
    void malformedLinesAreNamedByFileAndLine() throws Exception {
        AnnotationDocument template = LibyaWork.template();
        Path in = Files.createDirectories(folder.resolve("in"));
        Files.writeString(in.resolve("cnn.ann"), "T1\tS1 0 6\tLibyan\nT2\tS1 zero six\tLibyan\n");
        InterchangeException error = assertThrows(InterchangeException.class, () -> format.importDocument(in, template));
        assertEquals("cnn.ann, line 2: \"T2→S1 zero six→Libyan\" is not a well-formed text annotation"
                + " (T1<tab>TYPE BEGIN END<tab>text).", error.getMessage());

        Files.writeString(in.resolve("cnn.ann"), "T1\tS1 0 6\tLibyan\n\nA1\tidentification T7 named\n");
        error = assertThrows(InterchangeException.class, () -> format.importDocument(in, template));
        assertEquals("cnn.ann, line 3: A1 refers to T7, which the file does not have.", error.getMessage());

        Files.writeString(in.resolve("cnn.ann"), "T1\tS1 0 99999\tLibyan\n");
        error = assertThrows(InterchangeException.class, () -> format.importDocument(in, template));
        assertTrue(error.getMessage().startsWith("cnn.ann, line 1: the span 0 99999 lies outside the text ("),
                error.getMessage());

        Files.writeString(in.resolve("cnn.ann"), "X1 whatever\n");
        error = assertThrows(InterchangeException.class, () -> format.importDocument(in, template));
        assertTrue(error.getMessage().startsWith("cnn.ann, line 1: \"X1 whatever\" is not a brat annotation"),
                error.getMessage());
        assertEquals(0, template.getAnnotations().size(), "the template is not changed");

        InterchangeException notAFolder = assertThrows(InterchangeException.class,
                () -> format.importDocument(in.resolve("cnn.ann"), template));
        assertTrue(notAFolder.getMessage().contains("is not a folder"), notAFolder.getMessage());
    }

    @Test
    void unknownCodesAndArticlesAreReported() throws Exception {
        AnnotationDocument template = LibyaWork.template();
        Path in = Files.createDirectories(folder.resolve("in"));
        Files.writeString(in.resolve("cnn.ann"), "T1\tS1 0 6\tLibyan\nT2\tPerson 0 6\tLibyan\nA1\tidentification T2 named\n"
                + "A2\tidentification T1 Named_by_me\nE1\tMeet:T1\nR1\tcauses Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes T1\tfirst\\tword\n"
                + "R2\tsame-source Arg1:T1 Arg2:E1\n");
        Files.writeString(in.resolve("guardian.ann"), "T1\tS1 0 6\tLibyan\n");
        ImportResult imported = format.importDocument(in, template);
        List<String> losses = imported.report().losses();
        assertEquals(List.of(
                "cnn.ann: Person is not a code of the codebook, so 1 annotation was left out",
                "cnn.ann: 1 event, normalization or equivalence line left out (Framebench has no such annotations)",
                "cnn.ann, line 4: \"Named_by_me\" is not a value of identification (named, anonymous, institutional),"
                        + " so it was left out",
                "cnn.ann, line 6: causes is not a kind of link Framebench has (same-statement, same-source,"
                        + " contrasting-framing, omission, attribution), so it was left out",
                "cnn.ann, line 8: R2 joins an annotation that was left out, so it was left out",
                "guardian.ann: no article of the assignment has the id \"guardian\", so its 1 annotation was left out"),
                losses);
        Annotation libyan = imported.document().getAnnotations().get(0);
        assertEquals("Libyan", libyan.getCoveredText());
        assertEquals("first\tword", libyan.getNote());
        assertEquals(1, imported.document().getAnnotations().size());
    }

    @Test
    void withoutTheTxtTheWordsOfEachLinePlaceIt() throws Exception {
        AnnotationDocument template = LibyaWork.template();
        String cnn = LibyaWork.article(template, "cnn").getText();
        int ibrahim = cnn.indexOf("Libyan government spokesman Musa Ibrahim");
        Path in = Files.createDirectories(folder.resolve("in"));
        // Offsets of an older text (5 characters off), and words that are not in the article at all.
        Files.writeString(in.resolve("cnn.ann"), "T1\tS1 " + (ibrahim - 5) + " " + (ibrahim + 35)
                + "\tLibyan government spokesman Musa Ibrahim\nT2\tS1 0 6\tOuagadougou\n");
        ImportResult imported = format.importDocument(in, template);
        assertEquals(List.of("cnn.ann, line 2: T2 (S1 on \"Ouagadougou\") could not be found in the text of cnn as it is now,"
                + " so it was left out"), imported.report().losses());
        Annotation placed = imported.document().getAnnotations().get(0);
        assertEquals(ibrahim, placed.getBegin());
        assertEquals("Libyan government spokesman Musa Ibrahim", placed.getCoveredText());
    }

    @Test
    void theCodebookGoesOutAsAnnotationConfAndComesBack() throws Exception {
        Codebook builtIn = BuiltInCodebook.load();
        Path out = folder.resolve("conf");
        format.exportCodebook(builtIn, out);
        Codebook read = format.importCodebook(out);
        assertEquals(Codebooks.allCodes(builtIn).stream().map(Code::getId).toList(),
                Codebooks.allCodes(read).stream().map(Code::getId).toList());
        assertEquals(builtIn.getLayers().stream().map(l -> l.getId()).toList(),
                read.getLayers().stream().map(l -> l.getId()).toList());
        Code s1 = Codebooks.findById(read, "S1").orElseThrow();
        Code builtInS1 = Codebooks.findById(builtIn, "S1").orElseThrow();
        assertEquals(builtInS1.getLabel(), s1.getLabel());
        assertEquals(builtInS1.getColour().toLowerCase(), s1.getColour());
        assertEquals(List.of("named", "anonymous", "institutional"),
                Codebooks.attribute(s1, "identification").orElseThrow().getAllowedValues());
        assertEquals(AttributeKind.BOOLEAN,
                Codebooks.attribute(Codebooks.findById(read, "A1").orElseThrow(), "implicit_source").orElseThrow().getKind());
        assertEquals("", Codebooks.allCodes(read).stream().flatMap(c -> c.getAttributes().stream())
                .filter(a -> a.getKind() == AttributeKind.TEXT).map(a -> a.getId()).collect(Collectors.joining()));
    }

    @Test
    void anAttributionLinkComesBackAsOne() throws Exception {
        AnnotationDocument work = LibyaWork.document();
        LibyaWork.linkAttribution(work);
        Path out = folder.resolve("brat");
        assertEquals(3, format.exportDocument(work, out).links());
        String ann = Files.readString(out.resolve("third.ann"));
        assertTrue(ann.lines().anyMatch(line -> line.matches("R\\d+\tattribution Arg1:T\\d+ Arg2:T\\d+")), ann);
        assertTrue(Files.readString(out.resolve("annotation.conf")).contains("\nattribution\tArg1:<ENTITY>, Arg2:<ENTITY>\n"));

        AnnotationDocument imported = format.importDocument(out, LibyaWork.template()).document();
        List<Link> links = LibyaWork.linksFrom(imported, "third", LibyaWork.FELTMAN, LibyaWork.CLEAR_FIRM);
        assertEquals(1, links.size(), "the source-to-content link is back, once");
        assertEquals(LinkKind.ATTRIBUTION, links.get(0).getKind());
        assertEquals("who said it, and what", links.get(0).getNote());
    }
}
