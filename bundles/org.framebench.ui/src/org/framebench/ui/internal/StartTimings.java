package org.framebench.ui.internal;

/**
 * For the start benchmark (releng's StartBenchmark): when the environment variable {@code FRAMEBENCH_TIMINGS}
 * is set, the moments of a start are printed as {@code timings: phase NAME at EPOCH_MILLIS}, so the benchmark,
 * which knows when it started the process, can say how long each phase took. Without it, nothing is done.
 */
public final class StartTimings {

    /** Whether the start is being timed. */
    public static final boolean ENABLED = System.getenv("FRAMEBENCH_TIMINGS") != null;

    private StartTimings() {
    }

    /** Prints that the start reached {@code phase} now (a few words, no line breaks). */
    public static void mark(String phase) {
        if (ENABLED) {
            System.out.println("timings: phase " + phase + " at " + System.currentTimeMillis());
        }
    }
}
