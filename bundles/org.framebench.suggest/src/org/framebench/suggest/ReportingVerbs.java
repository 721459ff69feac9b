package org.framebench.suggest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The reporting-verb lexicon {@code lexicon/reporting-verbs.tsv} (see its header for sources and columns). */
final class ReportingVerbs {

    static final String RESOURCE = "/lexicon/reporting-verbs.tsv";

    /** One row: the cue (a lemma or words), its code (A4–A8), its kind (verb, phrase, noun-frame) and notes. */
    record Entry(String cue, List<String> words, String codeId, String kind, String notes) {
        boolean isVerb() {
            return kind.equals("verb");
        }
    }

    private static volatile ReportingVerbs instance;

    private final Map<String, Entry> verbs = new HashMap<>();
    private final List<Entry> phrases = new ArrayList<>();

    ReportingVerbs(List<String> lines, String where) {
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            if (columns.length < 3) {
                throw new IllegalArgumentException(where + " line " + number
                        + ": expected cue, class and kind separated by tabs, found: " + line);
            }
            String cue = columns[0].strip().toLowerCase(Locale.ROOT);
            String code = columns[1].strip();
            String kind = columns[2].strip();
            if (!code.matches("A[4-8]")) {
                throw new IllegalArgumentException(where + " line " + number + ": class " + code
                        + " is not one of A4-A8");
            }
            if (!List.of("verb", "phrase", "noun-frame").contains(kind)) {
                throw new IllegalArgumentException(where + " line " + number + ": kind " + kind
                        + " is not verb, phrase or noun-frame");
            }
            Entry entry = new Entry(cue, List.of(cue.split(" +")), code, kind,
                    columns.length > 3 ? columns[3].strip() : "");
            if (entry.isVerb()) {
                if (entry.words().size() != 1) {
                    throw new IllegalArgumentException(where + " line " + number + ": a verb is one lemma: " + cue);
                }
                if (verbs.put(cue, entry) != null) {
                    throw new IllegalArgumentException(where + " line " + number + ": " + cue + " is listed twice");
                }
            } else {
                phrases.add(entry);
            }
        }
        phrases.sort((a, b) -> Integer.compare(b.words().size(), a.words().size()));
    }

    static ReportingVerbs get() {
        ReportingVerbs result = instance;
        if (result == null) {
            synchronized (ReportingVerbs.class) {
                result = instance;
                if (result == null) {
                    result = new ReportingVerbs(read(), "reporting-verbs.tsv");
                    instance = result;
                }
            }
        }
        return result;
    }

    /** The verb entry for {@code lemma}, or null. */
    Entry verb(String lemma) {
        return verbs.get(lemma);
    }

    /** The multiword entries, longest first. */
    List<Entry> phrases() {
        return Collections.unmodifiableList(phrases);
    }

    /** Every entry, verbs then phrases. */
    List<Entry> entries() {
        List<Entry> all = new ArrayList<>(verbs.values());
        all.sort((a, b) -> a.cue().compareTo(b.cue()));
        all.addAll(phrases);
        return all;
    }

    private static List<String> read() {
        try (InputStream in = ReportingVerbs.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE + " in bundle org.framebench.suggest");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Arrays.asList(reader.lines().toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
