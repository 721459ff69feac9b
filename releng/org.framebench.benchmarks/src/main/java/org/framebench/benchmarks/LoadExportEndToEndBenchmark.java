package org.framebench.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.framebench.core.document.DocumentStore;
import org.framebench.model.AnnotationDocument;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Issue 16's "Loading" and "Export end to end", as the user waits for them: the BUILT launcher, process start
 * to exit, on a class of generated files (default 300 students × 4 articles × 100 annotations, with attributes,
 * notes and links: {@link ExportBenchmark#classOf}), beside baselines measured in the same run, interleaved:
 * <ul>
 * <li><b>loading</b>: {@code framebench validate FOLDER} (read, parse, check and digest every file, one line
 * each) beside a bare SAX parse of the same files in a fresh JVM (start to exit, events thrown away);
 * goal ≤ 1.5×;</li>
 * <li><b>export</b>: {@code framebench export FOLDER --out class.xlsx} beside a bare POI program in a fresh JVM
 * writing the same cells (every sheet's values and formulas, read out of the product's workbook beforehand into
 * a plain dump the bare program reads: no styles, no loading of .fbench files) with SXSSF and POI's defaults;
 * goal ≤ 1.3×.</li>
 * </ul>
 * The first call of each command runs with a new Framebench folder (the launcher then makes the command's
 * class-data archive, as on a user's first call); then the median of {@code --runs} further calls, each a new
 * JVM (the operating system's file cache warm, as it is for a user). The load average is printed beside each
 * figure: on a machine where other builds run, a ratio is no verdict.
 * <p>
 * Build the product first ({@code ./mvnw -B -o clean verify -DskipTests}). Arguments: {@code STUDENTS}
 * (default 300), {@code --runs N} (default 5), {@code --only loading|export}, {@code --keep}.
 */
public final class LoadExportEndToEndBenchmark {

    private LoadExportEndToEndBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--bare-poi")) {
            barePoi(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        int students = 300;
        int runs = 5;
        boolean keep = false;
        String only = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--keep")) {
                keep = true;
            } else if (args[i].equals("--only")) {
                only = args[++i];
            } else if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                students = Integer.parseInt(args[i]);
            }
        }
        Path launcher = Measure.builtLauncher();
        Path root = Files.createTempDirectory("framebench-load-export-e2e");
        Path folder = Files.createDirectories(root.resolve("class"));
        List<AnnotationDocument> documents = ExportBenchmark.classOf(students, 100, 7);
        long bytes = 0;
        for (AnnotationDocument document : documents) {
            Path file = folder.resolve(document.getAnnotatorId() + ".fbench");
            DocumentStore.save(document, file);
            bytes += Files.size(file);
        }
        documents = null;
        System.out.printf("launcher %s; %d files, %.1f MB, 4 articles × 100 annotations each%n",
                launcher.toAbsolutePath().normalize(), students, bytes / 1e6);

        // Loading: framebench validate FOLDER beside a bare SAX parse of the same files, each in a fresh JVM.
        if (!"export".equals(only)) {
            loading(launcher, root, folder, students, runs);
        }
        if (!"loading".equals(only)) {
            export(launcher, root, folder, students, runs);
        }
        if (keep) {
            System.out.println("kept the class and the workbooks in " + root);
        } else {
            GradeBenchmark.deleteAll(root);
        }
    }

    private static void loading(Path launcher, Path root, Path folder, int students, int runs) throws Exception {
        Path home = root.resolve("home-validate");
        double[] validate = new double[runs + 1];
        double[] sax = new double[runs + 1];
        double[] validateCpu = new double[runs + 1];
        double[] saxCpu = new double[runs + 1];
        String[] loads = new String[runs + 1];
        for (int run = 0; run <= runs; run++) {
            loads[run] = GradeEndToEndBenchmark.loadAverage();
            validate[run] = launch(launcher, home, List.of("validate", folder.toString()));
            validateCpu[run] = lastCpu;
            sax[run] = bareSaxInFreshJvm(folder);
            saxCpu[run] = lastCpu;
        }
        report("LOADING", "framebench validate", "bare SAX parse in a fresh JVM", students, validate, sax, loads, 1.5);
        cpu("LOADING", validateCpu, saxCpu);
    }

    private static void export(Path launcher, Path root, Path folder, int students, int runs) throws Exception {
        String[] loads = new String[runs + 1];

        // Export: framebench export FOLDER --out class.xlsx beside a bare POI program writing the same cells.
        Path home = root.resolve("home-export");
        Path product = root.resolve("class.xlsx");
        Path dump = root.resolve("cells.bin");
        Path bare = root.resolve("bare.xlsx");
        double[] export = new double[runs + 1];
        double[] poi = new double[runs + 1];
        double[] exportCpu = new double[runs + 1];
        double[] poiCpu = new double[runs + 1];
        long cells = 0;
        for (int run = 0; run <= runs; run++) {
            loads[run] = GradeEndToEndBenchmark.loadAverage();
            export[run] = launch(launcher, home, List.of("export", folder.toString(), "--out", product.toString()));
            exportCpu[run] = lastCpu;
            if (run == 0) {
                cells = dumpCells(product, dump);
            }
            poi[run] = barePoiInFreshJvm(dump, bare);
            poiCpu[run] = lastCpu;
        }
        System.out.printf("the workbook: %,d cells, %.1f MB (bare POI's: %.1f MB)%n", cells, Files.size(product) / 1e6,
                Files.size(bare) / 1e6);
        report("EXPORT", "framebench export", "bare POI writing the same cells in a fresh JVM", students, export, poi, loads, 1.3);
        cpu("EXPORT", exportCpu, poiCpu);
    }

    /** The CPU time (all threads) of the product's calls and the baseline's, medians after the first. */
    private static void cpu(String what, double[] product, double[] baseline) {
        double[] a = Arrays.copyOfRange(product, 1, product.length);
        double[] b = Arrays.copyOfRange(baseline, 1, baseline.length);
        Arrays.sort(a);
        Arrays.sort(b);
        System.out.printf("%s: CPU time (user + system, every thread): product first %.0f ms, median %.0f ms; baseline first %.0f ms, "
                + "median %.0f ms = %.2f×%n", what, product[0], a[a.length / 2], baseline[0], b[b.length / 2],
                a[a.length / 2] / b[b.length / 2]);
    }

    private static void report(String what, String product, String baseline, int students, double[] times, double[] base,
            String[] loads, double goal) {
        double[] warm = Arrays.copyOfRange(times, 1, times.length);
        double[] warmBase = Arrays.copyOfRange(base, 1, base.length);
        Arrays.sort(warm);
        Arrays.sort(warmBase);
        double median = warm[warm.length / 2];
        double medianBase = warmBase[warmBase.length / 2];
        System.out.printf("%s: %d files: %s first call %.0f ms (new Framebench folder) vs %s %.0f ms = %.2f×; load average %s%n",
                what, students, product, times[0], baseline, base[0], times[0] / base[0], loads[0]);
        System.out.printf("%s: %d files: %s median %.0f ms (%.0f–%.0f) vs %s median %.0f ms (%.0f–%.0f) = %.2f× "
                + "(goal ≤ %.1f×: %s); load average %s … %s%n", what, students, product, median, warm[0], warm[warm.length - 1],
                baseline, medianBase, warmBase[0], warmBase[warmBase.length - 1], median / medianBase, goal,
                median / medianBase <= goal ? "met" : "NOT met", loads[1], GradeEndToEndBenchmark.loadAverage());
    }

    /**
     * CPU time (user + system, in milliseconds) of this JVM's children that have ended and been waited for
     * ({@code /proc/self/stat}'s cutime and cstime): each call's CPU beside its wall time, which on a busy
     * machine says more than the wall time does.
     */
    static long childCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10; // 100 ticks a second
        } catch (Exception e) {
            return 0;
        }
    }

    /** CPU milliseconds of the last {@link #launch} or fresh-JVM baseline. */
    private static double lastCpu;

    /** One call of the launcher, start to exit, in milliseconds; fails unless it exits 0. */
    private static double launch(Path launcher, Path home, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("FRAMEBENCH_HOME", home.toString());
        builder.environment().remove("DISPLAY");
        Path output = Files.createTempFile("framebench-e2e", ".txt");
        builder.redirectOutput(output.toFile());
        long cpu = childCpuMillis();
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        double millis = (System.nanoTime() - start) / 1e6;
        lastCpu = cpuSince(cpu);
        if (exit != 0) {
            String lines = Files.readString(output);
            Files.delete(output);
            throw new IllegalStateException("framebench " + arguments.get(0) + " exited " + exit + ": "
                    + lines.substring(0, Math.min(lines.length(), 2000)));
        }
        Files.delete(output);
        return millis;
    }

    /** The CPU milliseconds children used since {@code before}, once the reaper has counted the last one. */
    private static double cpuSince(long before) throws InterruptedException {
        long now = childCpuMillis();
        for (int i = 0; i < 20 && now == before; i++) {
            Thread.sleep(5);
            now = childCpuMillis();
        }
        return now - before;
    }

    private static double bareSaxInFreshJvm(Path folder) throws Exception {
        long cpu = childCpuMillis();
        double millis = GradeEndToEndBenchmark.bareSaxInFreshJvm(folder);
        lastCpu = cpuSince(cpu);
        return millis;
    }

    private static double barePoiInFreshJvm(Path dump, Path out) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        long cpu = childCpuMillis();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                LoadExportEndToEndBenchmark.class.getName(), "--bare-poi", dump.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the bare POI program failed");
        }
        double millis = (System.nanoTime() - start) / 1e6;
        lastCpu = cpuSince(cpu);
        return millis;
    }

    private static final byte SHEET = 'S';
    private static final byte NUMBER = 'n';
    private static final byte TEXT = 't';
    private static final byte BOOLEAN = 'b';
    private static final byte FORMULA = 'f';

    /**
     * Every cell of every sheet of {@code workbook} (values; formulas with their stored values) into {@code dump}:
     * what the bare program writes. Returns the number of cells.
     */
    static long dumpCells(Path workbook, Path dump) throws Exception {
        long[] count = { 0 };
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dump), 1 << 16))) {
            XSSFReader reader = new XSSFReader(pkg);
            var shared = reader.getSharedStringsTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            // A sheet's text runs to megabytes of character references (&amp; ...): no JDK entity limits here.
            System.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
            System.setProperty("jdk.xml.totalEntitySizeLimit", "0");
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    out.writeByte(SHEET);
                    writeString(out, sheets.getSheetName());
                    factory.newSAXParser().parse(sheet, new DefaultHandler() {
                        private final StringBuilder text = new StringBuilder();
                        private String type;
                        private int row;
                        private int column;
                        private String formula;
                        private String value;
                        private boolean inText;

                        @Override
                        public void startElement(String uri, String localName, String qName, Attributes attributes) {
                            switch (localName) {
                            case "c" -> {
                                String ref = attributes.getValue("r");
                                var cell = new org.apache.poi.ss.util.CellReference(ref);
                                row = cell.getRow();
                                column = cell.getCol();
                                type = attributes.getValue("t");
                                formula = null;
                                value = null;
                            }
                            case "v", "f", "t" -> {
                                text.setLength(0);
                                inText = true;
                            }
                            default -> {
                            }
                            }
                        }

                        @Override
                        public void characters(char[] ch, int start, int length) {
                            if (inText) {
                                text.append(ch, start, length);
                            }
                        }

                        @Override
                        public void endElement(String uri, String localName, String qName) {
                            try {
                                switch (localName) {
                                case "f" -> formula = text.toString();
                                case "v", "t" -> value = value == null ? text.toString() : value + text;
                                case "c" -> {
                                    if (value == null && formula == null) {
                                        return; // a styled blank
                                    }
                                    count[0]++;
                                    if (formula != null) {
                                        out.writeByte(FORMULA);
                                        cell(out);
                                        writeString(out, formula);
                                        writeString(out, value == null ? "" : value);
                                    } else if ("b".equals(type)) {
                                        out.writeByte(BOOLEAN);
                                        cell(out);
                                        out.writeBoolean("1".equals(value));
                                    } else if ("inlineStr".equals(type) || "str".equals(type)) {
                                        out.writeByte(TEXT);
                                        cell(out);
                                        writeString(out, value);
                                    } else if ("s".equals(type)) {
                                        out.writeByte(TEXT);
                                        cell(out);
                                        writeString(out, shared.getItemAt(Integer.parseInt(value)).getString());
                                    } else {
                                        out.writeByte(NUMBER);
                                        cell(out);
                                        out.writeDouble(Double.parseDouble(value));
                                    }
                                }
                                default -> {
                                }
                                }
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            } finally {
                                inText = false;
                            }
                        }

                        private void cell(DataOutputStream o) throws java.io.IOException {
                            o.writeInt(row);
                            o.writeShort(column);
                        }
                    });
                }
            }
        }
        return count[0];
    }

    private static void writeString(DataOutputStream out, String text) throws java.io.IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws java.io.IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }

    /** The bare program: the cells of {@code dump} written with POI's streaming workbook, its defaults. */
    static void barePoi(Path dump, Path target) throws Exception {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(dump), 1 << 16));
                SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            SXSSFSheet sheet = null;
            Row row = null;
            while (true) {
                int kind;
                try {
                    kind = in.readByte();
                } catch (EOFException end) {
                    break;
                }
                if (kind == SHEET) {
                    sheet = workbook.createSheet(readString(in));
                    row = null;
                    continue;
                }
                int rowIndex = in.readInt();
                int column = in.readShort();
                if (row == null || row.getRowNum() != rowIndex) {
                    row = sheet.createRow(rowIndex);
                }
                Cell cell = row.createCell(column);
                switch (kind) {
                case NUMBER -> cell.setCellValue(in.readDouble());
                case TEXT -> cell.setCellValue(readString(in));
                case BOOLEAN -> cell.setCellValue(in.readBoolean());
                case FORMULA -> {
                    cell.setCellFormula(readString(in));
                    String cached = readString(in);
                    try {
                        cell.setCellValue(Double.parseDouble(cached));
                    } catch (NumberFormatException notANumber) {
                        if (!cached.isEmpty()) {
                            cell.setCellValue(cached);
                        }
                    }
                }
                default -> throw new IllegalStateException("bad dump: " + kind);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
