package org.framebench.export.xlsx.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.framebench.export.xlsx.ExportProgress;
import org.framebench.export.xlsx.PoiTempFolder;
import org.framebench.export.xlsx.XlsxExporter;
import org.framebench.model.AnnotationDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8: POI's default temporary folder {@code java.io.tmpdir/poifiles} is shared by every user of the
 * machine, so once another user owns it every export fails. Here that folder is made unusable (a file of
 * that name, as good as another user's folder: this test may run as root, which no mode 000 stops) in a
 * system temporary folder of the test's own, with POI's default strategy as a fresh JVM has it.
 */
public class PoiTempFolderTest {

    @TempDir
    Path folder;

    private String savedTmpdir;
    private String savedHome;
    private Path systemTemp;
    private Path home;

    @BeforeEach
    void breakTheSharedFolder() throws Exception {
        savedTmpdir = System.getProperty("java.io.tmpdir");
        savedHome = System.getProperty(PoiTempFolder.HOME_PROPERTY);
        systemTemp = Files.createDirectories(folder.resolve("system-tmp"));
        Files.writeString(systemTemp.resolve(DefaultTempFileCreationStrategy.POIFILES), "another user's folder");
        home = folder.resolve("home");
        System.setProperty("java.io.tmpdir", systemTemp.toString());
        System.setProperty(PoiTempFolder.HOME_PROPERTY, home.toString());
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @AfterEach
    void restore() {
        System.setProperty("java.io.tmpdir", savedTmpdir);
        if (savedHome == null) {
            System.clearProperty(PoiTempFolder.HOME_PROPERTY);
        } else {
            System.setProperty(PoiTempFolder.HOME_PROPERTY, savedHome);
        }
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    @Test
    void exportWorksAndItsTemporaryFilesGoIntoThePerUserFolder() throws Exception {
        Path perUser = home.resolve("tmp");
        Set<String> seen = exportWatching(perUser, folder.resolve("class.xlsx"));

        assertWorkbook(folder.resolve("class.xlsx"));
        assertFalse(seen.isEmpty(), "POI's sheet files were written into " + perUser);
        assertTrue(seen.stream().allMatch(name -> name.startsWith("poi-sxssf-")), seen::toString);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(perUser)),
                "only its owner can read the per-user folder");
        assertTrue(Files.isRegularFile(systemTemp.resolve("poifiles")), "the shared folder was left alone");
        try (Stream<Path> left = Files.list(perUser)) {
            assertEquals(List.of(), left.toList(), "the temporary files are gone after the export");
        }
    }

    @Test
    void withoutAUsableHomeAPrivateFolderInTheSystemTemporaryFolderIsUsed() throws Exception {
        // Framebench's folder cannot hold a tmp folder (here: a file named tmp is in the way).
        Files.createDirectories(home);
        Files.writeString(home.resolve("tmp"), "in the way");
        Path fallback = systemTemp.resolve("framebench-" + System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_"));

        Set<String> seen = exportWatching(fallback, folder.resolve("class.xlsx"));

        assertWorkbook(folder.resolve("class.xlsx"));
        assertFalse(seen.isEmpty(), "POI's sheet files were written into " + fallback);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(fallback)));
    }

    @Test
    void anotherUsersFolderInTheSystemTemporaryFolderIsNeverUsed() throws Exception {
        Files.createDirectories(home);
        Files.writeString(home.resolve("tmp"), "in the way");
        // A link planted where the fallback folder would be: never followed.
        Path planted = Files.createDirectories(folder.resolve("planted"));
        Path fallback = systemTemp.resolve("framebench-" + System.getProperty("user.name").replaceAll("[^A-Za-z0-9._-]", "_"));
        Files.createSymbolicLink(fallback, planted);

        Path used = PoiTempFolder.use();

        assertEquals(systemTemp, used.getParent());
        assertTrue(used.getFileName().toString().startsWith(fallback.getFileName() + "-"), used::toString);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(used)));
        exportWatching(used, folder.resolve("class.xlsx"));
        assertWorkbook(folder.resolve("class.xlsx"));
        try (Stream<Path> inPlanted = Files.list(planted)) {
            assertEquals(0, inPlanted.count(), "nothing written through the link");
        }
    }

    /** Exports two students with a one-row window (so rows go to disk at once), noting the files in {@code watched}. */
    private Set<String> exportWatching(Path watched, Path target) throws Exception {
        List<AnnotationDocument> documents = List.of(Fixtures.student("Ama Mensah", "s-101", 1),
                Fixtures.student("Kofi Boateng", "s-102", 2));
        Set<String> seen = new TreeSet<>();
        ExportProgress watch = new ExportProgress() {
            @Override
            public void begin(String task, int totalWork) {
            }

            @Override
            public void worked(int units) {
                if (Files.isDirectory(watched)) {
                    try (Stream<Path> files = Files.list(watched)) {
                        files.forEach(file -> seen.add(file.getFileName().toString()));
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }

            @Override
            public boolean isCanceled() {
                return false;
            }
        };
        new XlsxExporter().rowWindow(1).progress(watch).export(documents, target);
        return seen;
    }

    private static void assertWorkbook(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(7, workbook.getNumberOfSheets(), "Annotations, Summary, Comparison, Syndication, Links, Codebook, Articles");
            assertTrue(workbook.getSheet(XlsxExporter.ANNOTATIONS).getLastRowNum() > 1, "annotation rows are there");
        }
    }
}
