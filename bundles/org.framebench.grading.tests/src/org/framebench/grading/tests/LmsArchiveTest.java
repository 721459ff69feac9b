package org.framebench.grading.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.framebench.core.document.DocumentStore;
import org.framebench.grading.ClassGrading;
import org.framebench.grading.ClassReport;
import org.framebench.grading.ClassSubmissions;
import org.framebench.grading.GradingException;
import org.framebench.grading.Submission;
import org.framebench.grading.lms.ClassArchive;
import org.framebench.grading.lms.LmsIdentity;
import org.framebench.grading.lms.LmsNames;
import org.framebench.grading.review.ReviewStore;
import org.framebench.grading.scoring.ScoringOptions;
import org.framebench.model.AnnotationDocument;
import org.framebench.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classes handed in through Moodle and Canvas: ZIPs made here in each platform's naming scheme, with what
 * real downloads also hold (a ZIP a student handed in, other files, hidden Mac entries), and hostile ones.
 */
class LmsArchiveTest {

    @TempDir
    Path folder;

    /** A student's saved file, as bytes. */
    private static byte[] student(String name, String id, String code, int begin) throws Exception {
        AnnotationDocument document = Fixtures.document(Role.STUDENT, name, id);
        Fixtures.annotate(document, "cnn", code, begin, begin + 20);
        return DocumentStore.serialize(document);
    }

    private static byte[] key() throws Exception {
        AnnotationDocument key = Fixtures.document(Role.KEY, "Instructor", "key");
        Fixtures.annotate(key, "cnn", "S1", 100, 120);
        return DocumentStore.serialize(key);
    }

    private static byte[] zip(Charset names, Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, names)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, Submission> byEntry(ClassSubmissions submissions) {
        return submissions.files().stream().collect(Collectors.toMap(Submission::fileLabel, Function.identity()));
    }

    @Test
    void moodleDownloadLoadsWithTheNamesAndParticipantIdsOfItsFolders() throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        // Folders per student (Moodle 3.x and later)…
        entries.put("Ama Mensah_101_assignsubmission_file_/ama.fbench", student("Ama M.", "s1", "S1", 100));
        // … a student who typed no name into the file, and one with an accented name …
        entries.put("Kofi Boateng_102_assignsubmission_file_/work.fbench", student("", "", "S1", 105));
        entries.put("Éloïse Düpont_103_assignsubmission_file_/e.fbench", student("Éloïse Düpont", "s3", "A1", 300));
        // … the flat naming of older versions …
        entries.put("Yaw Owusu_104_assignsubmission_file_yaw.fbench", student("Yaw Owusu", "s4", "S1", 100));
        // … a ZIP a student handed in, with the file inside …
        entries.put("Esi Asante_105_assignsubmission_file_/mine.zip",
                zip(StandardCharsets.UTF_8, Map.of("esi/esi.fbench", student("Esi Asante", "s5", "S1", 98))));
        // … the online text plugin's page, a stray file, the instructor's key, and what a Mac adds.
        entries.put("Ama Mensah_101_assignsubmission_onlinetext_/onlinetext.html", "<p>hi</p>".getBytes(StandardCharsets.UTF_8));
        entries.put("readme.txt", "notes".getBytes(StandardCharsets.UTF_8));
        entries.put("key.fbench", key());
        entries.put("__MACOSX/Ama Mensah_101_assignsubmission_file_/._ama.fbench", new byte[] { 0, 5, 22, 7 });
        Path zip = Files.write(folder.resolve("Moodle class.zip"), zip(StandardCharsets.UTF_8, entries));

        ClassSubmissions submissions = ClassSubmissions.load(zip, null);

        assertEquals("key.fbench", submissions.key().fileLabel(), "the key inside the ZIP is found by its role");
        Map<String, Submission> files = byEntry(submissions);
        assertEquals(8, files.size(), "every entry but the Mac's is accounted for: " + files.keySet());
        Submission ama = files.get("Ama Mensah_101_assignsubmission_file_/ama.fbench");
        assertEquals(new LmsIdentity(LmsIdentity.Lms.MOODLE, "Ama Mensah", "101", false), ama.lms());
        assertEquals("Ama M.", ama.studentName(), "the name written in the file comes first");
        Submission kofi = files.get("Kofi Boateng_102_assignsubmission_file_/work.fbench");
        assertEquals("Kofi Boateng", kofi.studentName(), "without a name in the file, Moodle's");
        assertEquals("102", kofi.lmsId());
        assertEquals("103", files.get("Éloïse Düpont_103_assignsubmission_file_/e.fbench").lmsId());
        assertEquals("104", files.get("Yaw Owusu_104_assignsubmission_file_yaw.fbench").lmsId());
        Submission esi = files.get("Esi Asante_105_assignsubmission_file_/mine.zip/esi/esi.fbench");
        assertNotNull(esi, "the nested ZIP's file is read: " + files.keySet());
        assertEquals("105", esi.lmsId());
        assertEquals(Submission.Status.NOT_FRAMEBENCH,
                files.get("Ama Mensah_101_assignsubmission_onlinetext_/onlinetext.html").status(submissions.key()));
        assertEquals(Submission.Status.NOT_FRAMEBENCH, files.get("readme.txt").status(submissions.key()));
        assertEquals(List.of("101", "102", "103", "104", "105"),
                submissions.gradable().stream().map(Submission::lmsId).sorted().toList());

        ClassReport report = ClassGrading.grade(zip, null, new ScoringOptions());
        assertEquals(5, report.scores().size());
        assertEquals(Path.of(folder.toString(), "Moodle class.fbreview"), ReviewStore.reviewFileOf(zip),
                "the review is kept beside the ZIP, which is never written");
    }

    @Test
    void canvasDownloadLoadsWithTheUserIdsAndTheLateMark() throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("mensahama_2001_55501_Framebench-1.fbench", student("Ama Mensah", "s1", "S1", 100));
        entries.put("boatengkofi_late_2002_55502_kofi.fbench", student("", "", "S1", 101));
        // The same student twice (a resubmission): one user id, the newer file graded.
        entries.put("owusuyaw_2003_55503_first.fbench", student("Yaw", "", "S1", 100));
        entries.put("owusuyaw_2003_55504_second.fbench", student("Yaw Owusu", "s4", "S1", 100));
        Path zip = Files.write(folder.resolve("submissions.zip"), zip(StandardCharsets.UTF_8, entries));
        Path keyFile = Files.write(folder.resolve("key.fbench"), key());

        ClassSubmissions submissions = ClassSubmissions.load(zip, keyFile);

        Map<String, Submission> files = byEntry(submissions);
        assertEquals(new LmsIdentity(LmsIdentity.Lms.CANVAS, "mensahama", "2001", false),
                files.get("mensahama_2001_55501_Framebench-1.fbench").lms());
        Submission kofi = files.get("boatengkofi_late_2002_55502_kofi.fbench");
        assertEquals(new LmsIdentity(LmsIdentity.Lms.CANVAS, "boatengkofi", "2002", true), kofi.lms());
        assertEquals("boatengkofi", kofi.studentName());
        long yaws = submissions.gradable().stream().filter(s -> s.lmsId().equals("2003")).count();
        assertEquals(1, yaws, "one Canvas user handed in twice: one file is graded");
        assertEquals(3, submissions.gradable().size());
    }

    @Test
    void namesOfBothSchemesAndOthers() {
        assertEquals(new LmsIdentity(LmsIdentity.Lms.MOODLE, "Anne-Marie van der Berg_Jr", "77", false),
                LmsNames.parse("Anne-Marie van der Berg_Jr_77_assignsubmission_file_/x.fbench"),
                "an underscore in the name stays in the name");
        assertEquals("88", LmsNames.parse("Kwame_88_assignsubmission_file_kwame_final.fbench").id());
        assertEquals(new LmsIdentity(LmsIdentity.Lms.CANVAS, "smithjane", "123", true),
                LmsNames.parse("smithjane_late_123_456_my_file.fbench"));
        assertNull(LmsNames.parse("ama.fbench"));
        assertNull(LmsNames.parse("key.fbench"));
    }

    @Test
    void namesThatAreNotUtf8StillShow() throws Exception {
        // Written in code page 437 and not flagged as UTF-8, as Windows' "compressed folder" does.
        Charset cp437 = Charset.forName("IBM437");
        Path zip = Files.write(folder.resolve("windows.zip"),
                zip(cp437, Map.of("Zoë Ñandú_9_assignsubmission_file_/z.fbench", student("Zoë", "s9", "S1", 100))));
        Path keyFile = Files.write(folder.resolve("key.fbench"), key());

        ClassSubmissions submissions = ClassSubmissions.load(zip, keyFile);

        assertEquals(1, submissions.gradable().size());
        assertEquals("Zoë Ñandú", submissions.gradable().get(0).lms().name());
    }

    @Test
    void hostileEntriesAreRefusedAndNothingIsWritten() throws Exception {
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("Ama Mensah_101_assignsubmission_file_/ama.fbench", student("Ama", "s1", "S1", 100));
        entries.put("../../escaped.fbench", student("Evil", "e", "S1", 100));
        entries.put("/etc/absolute.fbench", student("Evil", "e2", "S1", 100));
        // A zip bomb: 80 MB of zeros packs into a few tens of kilobytes.
        entries.put("Bomb_102_assignsubmission_file_/bomb.fbench", new byte[80 * 1024 * 1024]);
        // A file cut short.
        byte[] whole = student("Cut", "c", "S1", 100);
        entries.put("Cut_104_assignsubmission_file_/cut.fbench", java.util.Arrays.copyOf(whole, whole.length / 2));
        // A ZIP in a ZIP in a ZIP: not opened.
        entries.put("Deep_103_assignsubmission_file_/outer.zip", zip(StandardCharsets.UTF_8,
                Map.of("inner.zip", zip(StandardCharsets.UTF_8, Map.of("deep.fbench", student("Deep", "d", "S1", 100))))));
        Path zip = Files.write(folder.resolve("hostile.zip"), zip(StandardCharsets.UTF_8, entries));
        Path keyFile = Files.write(folder.resolve("key.fbench"), key());
        List<Path> before;
        try (var listing = Files.list(folder)) {
            before = listing.sorted().toList();
        }

        ClassSubmissions submissions = ClassSubmissions.load(zip, keyFile);

        Map<String, Submission> files = byEntry(submissions);
        assertEquals(List.of("101"), submissions.gradable().stream().map(Submission::lmsId).toList());
        Submission escaped = files.get("../../escaped.fbench");
        assertFalse(escaped.isReadable());
        assertTrue(escaped.problems().get(0).message().contains("points outside the ZIP"), escaped.problems().get(0).message());
        assertFalse(files.get("/etc/absolute.fbench").isReadable());
        Submission cut = files.get("Cut_104_assignsubmission_file_/cut.fbench");
        assertTrue(cut.problems().get(0).message().startsWith("cut.fbench is damaged"), cut.problems().get(0).message());
        assertFalse(cut.problems().get(0).message().contains("backup"), "no backup in a ZIP: " + cut.problems().get(0).message());
        Submission bomb = files.get("Bomb_102_assignsubmission_file_/bomb.fbench");
        assertTrue(bomb.problems().get(0).message().contains("more than 64 MB"), bomb.problems().get(0).message());
        Submission deep = files.get("Deep_103_assignsubmission_file_/outer.zip/inner.zip");
        assertNotNull(deep, files.keySet().toString());
        assertTrue(deep.problems().get(0).message().contains("nested"), deep.problems().get(0).message());
        try (var listing = Files.list(folder)) {
            assertEquals(before, listing.sorted().toList(), "nothing was unpacked beside the ZIP");
        }
        assertFalse(Files.exists(folder.getParent().resolve("escaped.fbench")), "nor above it");
        assertTrue(files.values().stream().noneMatch(s -> Files.exists(s.file())), "no entry was written to disk");
    }

    @Test
    void aFileThatIsNotAZipIsRefusedInPlainWords() throws Exception {
        Path notZip = Files.writeString(folder.resolve("class.zip"), "this is not a zip");

        GradingException refused = assertThrows(GradingException.class, () -> ClassSubmissions.load(notZip, null));

        assertTrue(refused.getMessage().startsWith("class.zip is not a ZIP file"), refused.getMessage());
        assertTrue(ClassArchive.isArchive(notZip));
    }

}
