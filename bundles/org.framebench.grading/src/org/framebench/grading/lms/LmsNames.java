package org.framebench.grading.lms;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Student names and ids read off the file names of a learning platform's "download all submissions" ZIP.
 * <ul>
 * <li>Moodle (assignment, "Download all submissions"): a folder per student and plugin,
 * {@code Full Name_12345_assignsubmission_file_} (or {@code ..._file}) with the student's files inside, or, in
 * older versions and with folders turned off, flat files {@code Full Name_12345_assignsubmission_file_name.fbench}.
 * 12345 is the participant id (the grading worksheet's "Participant 12345").</li>
 * <li>Canvas (assignment, "Download Submissions"): flat files {@code lastnamefirstname_12345_67890_name.fbench},
 * with {@code late_} after the name when the hand-in was late; 12345 is the user id, 67890 the attachment.</li>
 * </ul>
 */
public final class LmsNames {

    /** Greedy name: the last "_digits_assign…_plugin_" of the segment is the one Moodle added. */
    private static final Pattern MOODLE = Pattern.compile("(.+)_(\\d+)_assign(?:submission|feedback)_([a-z0-9]+)(?:_(.*))?",
            Pattern.DOTALL);
    private static final Pattern CANVAS = Pattern.compile("([^_/]+)_(late_)?(\\d+)_(\\d+)_(.+)", Pattern.DOTALL);

    private LmsNames() {
    }

    /**
     * Who handed in the entry {@code path} of a ZIP ("/" between folders), or {@code null} when neither
     * scheme matches (a file the instructor put in the ZIP, say).
     */
    public static LmsIdentity parse(String path) {
        String[] segments = path.split("/");
        // Moodle names the first folder of the ZIP after the student (or, flat, the file itself).
        for (String segment : segments) {
            Matcher moodle = MOODLE.matcher(segment);
            if (moodle.matches() && !moodle.group(1).isBlank()) {
                return new LmsIdentity(LmsIdentity.Lms.MOODLE, moodle.group(1).strip(), moodle.group(2), false);
            }
        }
        String file = segments[segments.length - 1];
        Matcher canvas = CANVAS.matcher(file);
        if (canvas.matches()) {
            return new LmsIdentity(LmsIdentity.Lms.CANVAS, canvas.group(1), canvas.group(3), canvas.group(2) != null);
        }
        return null;
    }
}
