package org.framebench.grading.lms;

/**
 * Who handed a file in, as the learning platform's download named it.
 *
 * @param lms the platform whose naming scheme matched
 * @param name the student's name as the platform wrote it (Moodle: the full name; Canvas: the name run
 *        together in lower case, "lastnamefirstname")
 * @param id the platform's id of the student: Moodle's participant id (what its grading worksheet's
 *        "Participant N" identifier holds), Canvas's user id (its gradebook's ID column)
 * @param late whether the platform marked the hand-in late (Canvas only)
 */
public record LmsIdentity(Lms lms, String name, String id, boolean late) {

    /** The learning platforms whose downloads and grade imports Framebench knows. */
    public enum Lms {
        MOODLE("Moodle"), CANVAS("Canvas");

        private final String label;

        Lms(String label) {
            this.label = label;
        }

        /** The platform's name, as shown. */
        public String label() {
            return label;
        }
    }
}
