package org.framebench.export.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads a workbook the way an instructor's LibreOffice does: Debian's {@code libreoffice-calc-nogui}, run
 * headless with default settings (it does not recalculate an xlsx file's formulas on loading, so what it
 * shows is what the file stores), converts every sheet to CSV. Fails (never skips) when LibreOffice is not
 * installed: CI installs it.
 */
public final class LibreOfficeCalc {

    /** The conversion, its first start included (which is slow), must finish within this. */
    public static final Duration TIMEOUT = Duration.ofSeconds(120);

    /** CSV export: comma, double quote, UTF-8, row 1, default language, raw values (not "as shown"), all sheets. */
    private static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

    private static final List<String> CANDIDATES = List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
            "/opt/libreoffice/program/soffice");

    private LibreOfficeCalc() {
    }

    /**
     * Every sheet of {@code workbook} as LibreOffice shows it: sheet name → rows → cell texts (numbers in full
     * precision). {@code scratch} holds LibreOffice's own profile and the CSV files.
     *
     * @throws AssertionError when LibreOffice is missing, fails, or takes longer than {@link #TIMEOUT}
     */
    public static Map<String, List<List<String>>> sheets(Path workbook, Path scratch) throws IOException, InterruptedException {
        Path soffice = soffice();
        Path home = Files.createDirectories(scratch.resolve("lo-home"));
        Path out = Files.createDirectories(scratch.resolve("lo-csv"));
        Path log = scratch.resolve("lo-output.txt");
        ProcessBuilder builder = new ProcessBuilder(soffice.toString(),
                "-env:UserInstallation=" + home.resolve("profile").toUri(), "--headless", "--norestore",
                "--convert-to", CSV_FILTER, "--outdir", out.toString(), workbook.toAbsolutePath().toString());
        builder.environment().put("HOME", home.toString());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("LibreOffice did not convert " + workbook.getFileName() + " within "
                    + TIMEOUT.toSeconds() + " s. Its output: " + Files.readString(log));
        }
        String output = Files.readString(log);
        System.out.printf("LibreOffice converted %s in %.1f s%n", workbook.getFileName(), (System.nanoTime() - start) / 1e9);
        if (process.exitValue() != 0) {
            throw new AssertionError("LibreOffice failed (exit " + process.exitValue() + ") on " + workbook.getFileName()
                    + ": " + output);
        }
        String base = workbook.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path csv : files.sorted().toList()) {
                String name = csv.getFileName().toString();
                if (name.startsWith(base + "-") && name.endsWith(".csv")) {
                    sheets.put(name.substring(base.length() + 1, name.length() - 4),
                            parse(Files.readString(csv, StandardCharsets.UTF_8)));
                }
            }
        }
        if (sheets.isEmpty()) {
            throw new AssertionError("LibreOffice wrote no CSV for " + workbook.getFileName() + ". Its output: " + output);
        }
        return sheets;
    }

    private static Path soffice() {
        String path = System.getenv("PATH");
        List<Path> candidates = new ArrayList<>();
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    candidates.add(Path.of(dir, "soffice"));
                }
            }
        }
        CANDIDATES.forEach(candidate -> candidates.add(Path.of(candidate)));
        return candidates.stream().filter(Files::isExecutable).findFirst()
                .orElseThrow(() -> new AssertionError("LibreOffice is not installed, so this test cannot read the workbook "
                        + "as a spreadsheet program does. Install it: apt-get install -y --no-install-recommends "
                        + "libreoffice-calc-nogui (CI's .ci/run does)."));
    }

    /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
