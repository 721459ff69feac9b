package org.framebench.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * The licence of each installed library, read from the library itself: its manifest's
 * {@code Bundle-License}, else the licence its {@code about.html} names (Eclipse's bundles), else the
 * title of its {@code META-INF/LICENSE} (Apache's jars). Nothing here is a copy that could drift.
 */
public final class BundleLicences {

    /** One library as the About dialog lists it. */
    public record Library(String name, String symbolicName, String version, String licence, String provider) {
    }

    private static final Pattern ABOUT_LICENCE = Pattern.compile(
            "terms and conditions of the\\s+(.+?)\\s*(?:\\(|\\.\\s|,)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern CLAUSE = Pattern.compile("^\\s*\"?([^\";,]+)\"?");

    private BundleLicences() {
    }

    /** Every installed bundle but the framework itself, one row per name and version, sorted by name. */
    public static List<Library> installed(BundleContext context) {
        Map<String, Library> libraries = new LinkedHashMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getBundleId() == 0) {
                continue;
            }
            Library library = describe(bundle);
            libraries.putIfAbsent(library.symbolicName() + '@' + library.version(), library);
        }
        List<Library> sorted = new ArrayList<>(libraries.values());
        sorted.sort(Comparator.comparing((Library l) -> l.name().toLowerCase()).thenComparing(Library::symbolicName));
        return sorted;
    }

    /** The bundle's name, version, licence (null when it states none) and provider. */
    public static Library describe(Bundle bundle) {
        var headers = bundle.getHeaders(); // localized: %pluginName becomes the name
        String symbolicName = bundle.getSymbolicName() == null ? "?" : bundle.getSymbolicName();
        String name = headers.get(Constants.BUNDLE_NAME);
        if (name == null || name.isBlank() || name.startsWith("%")) {
            name = symbolicName;
        }
        // Tycho's manifests for plain Maven jars: "Bundle derived from maven artifact org.apache.poi:poi:5.4.1"
        name = name.replaceFirst("^Bundle derived from maven artifact ", "").replaceFirst("^(.*:.*):[^:]*$", "$1");
        String provider = headers.get(Constants.BUNDLE_VENDOR);
        if (provider != null && provider.startsWith("%")) {
            provider = null;
        }
        return new Library(name.strip(), symbolicName, bundle.getVersion().toString(), licence(bundle),
                provider == null ? "" : provider.strip());
    }

    /** The licence the bundle states, or null. */
    public static String licence(Bundle bundle) {
        String header = bundle.getHeaders("").get("Bundle-License");
        String stated = header == null || header.isBlank() ? null : fromHeader(header);
        if (stated != null && !stated.matches("(?i)https?://\\S+")) {
            return stated;
        }
        String named = named(bundle);
        if (stated == null) {
            return named;
        }
        // A bare address: give the licence's name too when the library's own files name it.
        return named == null ? stated : named + " (" + stated + ")";
    }

    private static String named(Bundle bundle) {
        String about = read(bundle, "about.html");
        if (about != null) {
            String named = fromAbout(about);
            if (named != null) {
                return named;
            }
        }
        for (String path : new String[] { "META-INF/LICENSE", "META-INF/LICENSE.txt", "LICENSE", "LICENSE.txt",
                "META-INF/LICENSE.md" }) {
            String text = read(bundle, path);
            if (text != null) {
                String title = fromLicenceFile(text);
                if (title != null) {
                    return title;
                }
            }
        }
        return null;
    }

    /** {@code "Apache-2.0";link="…"} gives Apache-2.0; a bare address stays as it is. Several are joined. */
    public static String fromHeader(String header) {
        List<String> names = new ArrayList<>();
        for (String clause : header.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            Matcher matcher = CLAUSE.matcher(clause);
            if (matcher.find() && !matcher.group(1).isBlank()) {
                names.add(matcher.group(1).strip());
            }
        }
        return names.isEmpty() ? header.strip() : String.join(", ", names);
    }

    /** "… under the terms and conditions of the Eclipse Public License Version 2.0 ("EPL") …" */
    public static String fromAbout(String html) {
        String text = TAG.matcher(html).replaceAll(" ").replace("&nbsp;", " ").replaceAll("\\s+", " ");
        Matcher matcher = ABOUT_LICENCE.matcher(text);
        return matcher.find() ? matcher.group(1).strip() : null;
    }

    /** The licence file's title: its first line of text, with the next when that says the version. */
    public static String fromLicenceFile(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
            if (lines.size() == 2) {
                break;
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        String title = lines.get(0);
        if (lines.size() > 1 && lines.get(1).toLowerCase().startsWith("version")) {
            title = title + " " + lines.get(1).replaceFirst(",.*", "");
        }
        return title.length() > 80 ? title.substring(0, 80) + "\u2026" : title;
    }

    private static String read(Bundle bundle, String path) {
        URL entry = bundle.getEntry(path);
        if (entry == null) {
            return null;
        }
        try (InputStream in = entry.openStream()) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
