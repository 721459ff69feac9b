package org.framebench.suggest.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.framebench.suggest.evaluation.GoldSet;
import org.junit.jupiter.api.Assumptions;

/**
 * The attribution gold set of this fragment: {@code resources/gold/attributions.json}, {@code heldout.json} with
 * {@code heldout/*.txt} and {@code testset.json} with {@code testset/*.txt} (written by hand, see resources/gold/GUIDELINE.md). While they are not in the fragment
 * they are read from the folder the system property {@code framebench.gold.dir} names; with neither, the tests
 * that need them are skipped, saying so.
 */
final class GoldFiles {

    private GoldFiles() {
    }

    static InputStream open(String name) {
        InputStream in = GoldFiles.class.getResourceAsStream("/resources/gold/" + name);
        if (in != null) {
            return in;
        }
        String dir = System.getProperty("framebench.gold.dir", "");
        if (!dir.isBlank() && Files.isRegularFile(Path.of(dir, name))) {
            try {
                return Files.newInputStream(Path.of(dir, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Assumptions.abort("the gold set file resources/gold/" + name
                + " is not in this fragment and -Dframebench.gold.dir names no folder holding it");
        return null;
    }

    static GoldSet gold(String name) throws IOException {
        try (InputStream in = open(name)) {
            return GoldSet.read(in, name);
        }
    }

    static String text(String name) throws IOException {
        try (InputStream in = open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
