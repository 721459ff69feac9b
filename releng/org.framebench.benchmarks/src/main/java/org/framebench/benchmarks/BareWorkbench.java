package org.framebench.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import javax.tools.ToolProvider;

/**
 * StartBenchmark's second baseline: a bare Eclipse workbench (src/bareworkbench, a bundle of its own) started by
 * the product's own launcher script from a copy of the built install, so that the JVM options, the class-data
 * archive, the framework from gui-lib/, the splash and the configuration are the product's, and only the
 * application differs ({@code -product} and {@code -application} name the baseline's). The real install is not
 * touched. Two installs: the product's bundles as they are (Framebench's bundles installed and resolved, their
 * plugin.xml read by the platform, none of their code run), and the platform's bundles only (bundles.info
 * reduced to what the baseline bundle is wired to, as the framework resolved it on the full install).
 */
final class BareWorkbench {

    static final String BUNDLE = "benchmark.bareworkbench";
    static final String VERSION = "1.0.0";
    static final String PRODUCT = BUNDLE + ".product";
    static final String APPLICATION = BUNDLE + ".application";
    /** The line the baseline prints, with {@code FRAMEBENCH_BARE_REPORT} set, after the window is painted. */
    static final String ACTIVE = "bare workbench: active bundles: ";
    static final String WIRED = "bare workbench: wired bundles: ";

    private BareWorkbench() {
    }

    /** Compiles src/bareworkbench against the product's platform jars and packs the bundle jar; its path. */
    static Path packageBundle(Path productFolder, Path root) throws Exception {
        Path source = Path.of("src/bareworkbench").toAbsolutePath();
        List<String> classpath = new ArrayList<>();
        try (Stream<Path> plugins = Files.list(productFolder.resolve("plugins"))) {
            plugins.map(Path::toString).filter(p -> p.endsWith(".jar"))
                    .filter(p -> Path.of(p).getFileName().toString().matches("(org\\.eclipse|org\\.osgi)\\..*")).sorted()
                    .forEach(classpath::add);
        }
        List<String> sources;
        try (Stream<Path> files = Files.walk(source)) {
            sources = files.map(Path::toString).filter(f -> f.endsWith(".java")).sorted().toList();
        }
        Path classes = Files.createDirectories(root.resolve("bare-workbench-classes"));
        List<String> arguments = new ArrayList<>(List.of("--release", "21", "-cp", String.join(":", classpath), "-d",
                classes.toString()));
        arguments.addAll(sources);
        if (ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the bare workbench bundle did not compile");
        }
        Path jar = root.resolve(BUNDLE + "_" + VERSION + ".jar");
        Manifest manifest;
        try (InputStream in = Files.newInputStream(source.resolve("META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out, manifest)) {
            add(jarOut, source.resolve("plugin.xml"), "plugin.xml");
            add(jarOut, source.resolve("plugin_customization.ini"), "plugin_customization.ini");
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    add(jarOut, file, classes.relativize(file).toString());
                }
            }
        }
        return jar;
    }

    private static void add(JarOutputStream jar, Path file, String name) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        Files.copy(file, jar);
        jar.closeEntry();
    }

    /**
     * A copy of the product folder at {@code target} with the baseline bundle in plugins/ and in bundles.info
     * (installed, not started: it is activated when the application's class loads, as Framebench's UI bundle
     * is). With {@code keep} not null, bundles.info keeps only the bundles named there (and the baseline).
     * Returns the copy's launcher script.
     */
    static Path install(Path productFolder, Path target, Path bundleJar, Set<String> keep) throws Exception {
        Process copy = new ProcessBuilder("cp", "-a", productFolder.toString(), target.toString()).inheritIO().start();
        if (!copy.waitFor(120, TimeUnit.SECONDS) || copy.exitValue() != 0) {
            throw new IllegalStateException("the product folder could not be copied to " + target);
        }
        String jarName = BUNDLE + "_" + VERSION + ".jar";
        Files.copy(bundleJar, target.resolve("plugins").resolve(jarName));
        Path bundlesInfo = target.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(bundlesInfo, StandardCharsets.UTF_8)) {
            // #encoding, #version; then symbolicName,version,location,startLevel,markedAsStarted
            if (line.startsWith("#") || keep == null || keep.contains(line.split(",", 2)[0])) {
                lines.add(line);
            }
        }
        lines.add(String.join(",", BUNDLE, VERSION, "plugins/" + jarName, "4", "false"));
        Files.write(bundlesInfo, lines, StandardCharsets.UTF_8);
        return target.resolve("framebench");
    }

    /** The bundles bundles.info of {@code productFolder} starts (its fifth field true). */
    static Set<String> startedBundles(Path productFolder) throws IOException {
        Set<String> started = new java.util.TreeSet<>();
        for (String line : Files.readAllLines(productFolder.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))) {
            String[] fields = line.split(",");
            if (!line.startsWith("#") && fields.length == 5 && fields[4].trim().equals("true")) {
                started.add(fields[0]);
            }
        }
        return started;
    }

    /** The number of bundles in bundles.info of {@code productFolder}. */
    static int bundleCount(Path productFolder) throws IOException {
        return (int) Files.readAllLines(productFolder.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))
                .stream().filter(l -> !l.startsWith("#") && !l.isBlank()).count();
    }

    /** The launcher command of the baseline: the product's script with the baseline's product and application. */
    static List<String> command(Path launcher, Path corpus) {
        return List.of(launcher.toString(), "-product", PRODUCT, "-application", APPLICATION, "-articles", corpus.toString());
    }

    /** The bundle names of the report line {@code prefix} in {@code output} (empty when it is not there). */
    static List<String> reported(List<String> output, String prefix) {
        for (String line : output) {
            int at = line.indexOf(prefix);
            if (at >= 0) {
                return List.of(line.substring(at + prefix.length()).strip().split(","));
            }
        }
        return List.of();
    }
}
