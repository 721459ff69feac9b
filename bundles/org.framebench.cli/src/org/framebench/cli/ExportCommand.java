package org.framebench.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.framebench.core.document.DocumentException;
import org.framebench.core.document.DocumentStore;
import org.framebench.core.interchange.InterchangeException;
import org.framebench.core.interchange.InterchangeFormat;
import org.framebench.core.interchange.InterchangeReport;
import org.framebench.export.xlsx.CsvExporter;
import org.framebench.export.xlsx.ExportException;
import org.framebench.export.xlsx.XlsxExporter;
import org.framebench.model.AnnotationDocument;

/**
 * {@code framebench export FILE|FOLDER... --out OUT.xlsx [--csv]}: one workbook (or CSV) for a whole class; or
 * {@code framebench export FILE.fbench --format FORMAT --out OUT}: one document in another tool's format.
 */
final class ExportCommand implements Command {

    private static final String ANNOTATIONS = "annotations";
    private static final String COMPARISON = "comparison";
    private static final String SYNDICATION = "syndication";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export one or many .fbench files (a whole class) to one spreadsheet, or one to another tool's format";
    }

    @Override
    public String help() {
        return """
                Usage: framebench export FILE|FOLDER... --out OUT.xlsx
                       framebench export FILE|FOLDER... --out OUT.csv --csv [--table TABLE]
                       framebench export FILE.fbench --format FORMAT --out OUT

                Writes the annotations of all given files (a folder: every .fbench file under it; a ZIP
                from Moodle or Canvas: every .fbench file in it) to one
                workbook with the sheets Annotations, Summary (counts per code and article, as formulas),
                Comparison, Syndication (what a republication changed), Links, Codebook and Articles.
                With --csv, writes one of the workbook's tables as CSV (UTF-8, RFC 4180) instead: the
                Annotations table, or with --table comparison the Comparison table (one row per statement,
                a group of columns per outlet, the student's note), or with --table syndication what a
                republication changed (a summary line per kind of change, then every difference).
                A file that cannot be read is named on one line and skipped; the others
                are exported. OUT is replaced only once the export is complete.

                With --format, writes the annotations and links of ONE .fbench file in the format of
                another annotation tool (OUT is a file or a folder, as the format needs), and lists what
                the format cannot hold (e.g. brat has no relations across documents). Formats:
                """ + InterchangeFormats.helpLines() + """


                Options:
                  --out FILE   where to write (required); .xlsx, or .csv with --csv
                  --csv        write CSV instead of a workbook
                  --table TABLE  with --csv: annotations (the default), comparison or syndication
                  --format FORMAT  write one document in another tool's format (see above)

                Exit codes: 0 everything exported (with --format: also when the format could not hold
                everything; what was left out is listed), 1 some file was skipped or writing failed,
                2 wrong command line.
                """;
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        List<String> inputs = new ArrayList<>();
        Path target;
        boolean csv = false;
        String table = null;
        String formatId = null;
        try {
            String outArgument = null;
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                if ("--out".equals(argument) || "-o".equals(argument)) {
                    if (i + 1 >= arguments.size()) {
                        throw new UsageException("--out needs a file name");
                    }
                    outArgument = arguments.get(++i);
                } else if (argument.startsWith("--out=")) {
                    outArgument = argument.substring("--out=".length());
                } else if ("--format".equals(argument) || argument.startsWith("--format=")) {
                    if ("--format".equals(argument) && i + 1 >= arguments.size()) {
                        throw new UsageException("--format needs a name: " + InterchangeFormats.ids());
                    }
                    formatId = "--format".equals(argument) ? arguments.get(++i) : argument.substring("--format=".length());
                } else if ("--csv".equals(argument)) {
                    csv = true;
                } else if ("--table".equals(argument) || argument.startsWith("--table=")) {
                    if ("--table".equals(argument) && i + 1 >= arguments.size()) {
                        throw new UsageException("--table needs a name: annotations, comparison or syndication");
                    }
                    table = "--table".equals(argument) ? arguments.get(++i) : argument.substring("--table=".length());
                    if (!List.of(ANNOTATIONS, COMPARISON, SYNDICATION).contains(table)) {
                        throw new UsageException("there is no table " + table
                                + "; --table takes annotations, comparison or syndication");
                    }
                } else if (argument.startsWith("-")) {
                    throw new UsageException("unknown option " + argument);
                } else {
                    inputs.add(argument);
                }
            }
            if (inputs.isEmpty()) {
                throw new UsageException("no files given");
            }
            if (formatId != null) {
                return exportOne(formatId, inputs, outArgument, csv || table != null, out, err);
            }
            if (outArgument == null || outArgument.isBlank()) {
                throw new UsageException("no output file given (--out OUT.xlsx)");
            }
            if (table != null && !csv) {
                throw new UsageException("--table chooses the table of a CSV export: add --csv (the workbook has"
                        + " every table as a sheet)");
            }
            String lower = outArgument.toLowerCase(Locale.ROOT);
            if (csv && lower.endsWith(".xlsx")) {
                throw new UsageException("--csv writes CSV, so the output file should end in .csv, not .xlsx");
            }
            if (!csv && !lower.endsWith(".xlsx")) {
                throw new UsageException("the workbook file should end in .xlsx (or add --csv to write CSV)");
            }
            target = Inputs.path(outArgument);
        } catch (UsageException e) {
            err.println("framebench export: " + e.getMessage() + ". Run 'framebench export --help'.");
            return USAGE;
        } catch (Inputs.UnreadableNameException e) {
            err.println("framebench export: " + e.getMessage() + ".");
            return USAGE;
        }

        List<String> problems = new ArrayList<>();
        List<Inputs.Source> files = Inputs.sources(inputs, problems);
        int skipped = problems.size();
        problems.forEach(problem -> err.println("framebench export: skipped " + problem));
        // The files are loaded on all cores (each in a resource set of its own), the class's copies of its
        // assignment's texts held once; they are exported, and skipped ones named, in the files' order.
        List<AnnotationDocument> documents = new ArrayList<>();
        Map<String, String> sharedStrings = new ConcurrentHashMap<>();
        List<String> unreadable = new ArrayList<>();
        Inputs.inParallel(files, file -> {
            try {
                return (Object) file.load(sharedStrings);
            } catch (DocumentException e) {
                return "framebench export: skipped " + file.shown() + ": " + e.getMessage();
            }
        }, loaded -> {
            if (loaded instanceof AnnotationDocument document) {
                documents.add(document);
            } else {
                unreadable.add((String) loaded);
            }
        });
        skipped += unreadable.size();
        unreadable.forEach(err::println);
        if (documents.isEmpty()) {
            err.println("framebench export: nothing exported, no readable .fbench file was given.");
            return SOME_FAILED;
        }
        try {
            if (COMPARISON.equals(table)) {
                new CsvExporter().exportComparison(documents, target);
            } else if (SYNDICATION.equals(table)) {
                new CsvExporter().exportSyndication(documents, target);
            } else if (csv) {
                new CsvExporter().export(documents, target);
            } else {
                new XlsxExporter().export(documents, target);
            }
        } catch (ExportException e) {
            err.println("framebench export: " + e.getMessage());
            return SOME_FAILED;
        }
        int annotations = documents.stream().mapToInt(d -> d.getAnnotations().size()).sum();
        String what = COMPARISON.equals(table) ? "the Comparison table"
                : SYNDICATION.equals(table) ? "the republication differences" : annotations + " annotations";
        out.println("Exported " + what + " from " + documents.size()
                + (documents.size() == 1 ? " document" : " documents") + " to " + target
                + (skipped > 0 ? " (" + skipped + " skipped)." : "."));
        return skipped == 0 ? OK : SOME_FAILED;
    }

    /** {@code --format}: one document in another tool's format. */
    private static int exportOne(String formatId, List<String> inputs, String outArgument, boolean spreadsheetOptions,
            PrintStream out, PrintStream err) throws UsageException, Inputs.UnreadableNameException {
        InterchangeFormat format = InterchangeFormats.byId(formatId).orElseThrow(() -> new UsageException(
                "there is no format " + formatId + "; --format takes " + InterchangeFormats.ids()));
        if (spreadsheetOptions) {
            throw new UsageException("--csv and --table are for spreadsheets; --format writes " + format.label());
        }
        if (inputs.size() != 1) {
            throw new UsageException("--format exports one .fbench file, not " + inputs.size());
        }
        if (outArgument == null || outArgument.isBlank()) {
            throw new UsageException("no output given (--out " + ("folder".equals(format.targetDescription()) ? "FOLDER"
                    : "OUT" + format.targetDescription()) + ")");
        }
        Path input = Inputs.path(inputs.get(0));
        Path target = Inputs.path(outArgument);
        if (Files.isDirectory(input)) {
            err.println("framebench export: " + input + " is a folder; --format exports one .fbench file.");
            return USAGE;
        }
        AnnotationDocument document;
        try {
            document = DocumentStore.load(input);
        } catch (DocumentException e) {
            err.println("framebench export: " + input + ": " + e.getMessage());
            return SOME_FAILED;
        }
        InterchangeReport report;
        try {
            report = format.exportDocument(document, target);
        } catch (InterchangeException e) {
            err.println("framebench export: " + e.getMessage());
            return SOME_FAILED;
        }
        out.println("Exported " + report.summary().replaceFirst("; .*", "") + " of " + input + " to " + target + " ("
                + format.label() + ").");
        for (String loss : report.losses()) {
            out.println("  not carried over: " + loss);
        }
        return OK;
    }
}
