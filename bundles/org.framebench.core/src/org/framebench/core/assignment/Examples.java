package org.framebench.core.assignment;

import java.util.List;

import org.framebench.core.corpus.CorpusException;
import org.framebench.core.corpus.CorpusLoader;
import org.framebench.model.Assignment;

/** The example assignments shipped with Framebench (File > New from Example). */
public final class Examples {

    /** An example: its assignment id and the title the menu shows. */
    public record Example(String id, String title) {
    }

    /** The four reports of the US–Libya talks in Tunisia (the corpus in this bundle), the default lesson. */
    public static final String LIBYA = "libya-tunis-2011";

    private static final List<Example> EXAMPLES = List.of(
            new Example(LIBYA, "US–Libya talks in Tunisia, July 2011: four reports"));

    private Examples() {
    }

    public static List<Example> list() {
        return EXAMPLES;
    }

    /** The example with id {@code exampleId}, freshly loaded (the caller may change it). */
    public static Assignment load(String exampleId) throws AssignmentException {
        if (!LIBYA.equals(exampleId)) {
            throw new AssignmentException("Framebench has no example assignment \"" + exampleId + "\".", null);
        }
        try {
            return CorpusLoader.loadDefault();
        } catch (CorpusException e) {
            throw new AssignmentException("The example assignment could not be loaded: " + e.getMessage(), e);
        }
    }

    /** Whether {@code assignmentId} is one of the examples. */
    public static boolean isExample(String assignmentId) {
        return EXAMPLES.stream().anyMatch(example -> example.id().equals(assignmentId));
    }
}
