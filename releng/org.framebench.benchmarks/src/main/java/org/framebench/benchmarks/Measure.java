package org.framebench.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** Small timing and heap helpers shared by the benchmarks: median of repeated runs, peak heap. */
public final class Measure {

    private Measure() {
    }

    /** Runs {@code task} {@code warmups} times untimed, then {@code runs} times; returns the median in ms. */
    public static double medianMillis(int warmups, int runs, Callable<?> task) throws Exception {
        for (int i = 0; i < warmups; i++) {
            task.call();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.call();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /** Resets the peak-usage counters of the heap pools. */
    public static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since the last reset, in MB (an upper bound of the true peak). */
    public static double peakHeapMegabytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }

    /**
     * The built product's launcher ({@code -Dframebench.launcher=PATH} or the product module's build output); exits
     * with a message saying how to build it when it is not there.
     */
    public static java.nio.file.Path builtLauncher() {
        java.nio.file.Path launcher = java.nio.file.Path.of(System.getProperty("framebench.launcher",
                "../org.framebench.product/target/products/org.framebench.product/linux/gtk/x86_64/framebench"));
        if (!java.nio.file.Files.isExecutable(launcher)) {
            System.err.println("No launcher at " + launcher.toAbsolutePath() + ": build the product first "
                    + "(./mvnw -B -DskipTests clean verify) or give -Dframebench.launcher=PATH.");
            System.exit(2);
        }
        return launcher;
    }
}
