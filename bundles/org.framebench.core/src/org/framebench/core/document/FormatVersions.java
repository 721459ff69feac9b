package org.framebench.core.document;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.framebench.model.FramebenchPackage;
import org.xml.sax.SAXParseException;

/**
 * The plain-words messages for files of another format or version, and for files the XML reader chokes
 * on. "Newer" is said only of what is newer: an older or unknown format is called that, and the
 * version named is the file's, never this build's own.
 */
public final class FormatVersions {

    private FormatVersions() {
    }

    /** The namespace version this build reads ("1.0" of {@code http://framebench.org/model/1.0}). */
    static String ownNamespaceVersion() {
        String uri = FramebenchPackage.eNS_URI;
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    /** Why a file whose Framebench namespace has version {@code version} (not ours) is not opened. */
    public static String describeNamespace(String name, String version) {
        int comparison = compareVersions(version, ownNamespaceVersion());
        if (comparison > 0) {
            return name + " was written by a newer version of Framebench (file format " + version
                    + "; this version reads format " + ownNamespaceVersion() + "). Please update Framebench to open it.";
        }
        return name + " uses a Framebench file format (\"" + shorten(version) + "\") that this version of Framebench "
                + "(format " + ownNamespaceVersion() + ") does not know, so it was not opened.";
    }

    /** Null when {@code formatVersion} is one this build reads, else why the file is not opened. */
    static String describeFormatVersion(String name, int formatVersion, String toolVersion) {
        if (formatVersion >= 1 && formatVersion <= Documents.FORMAT_VERSION) {
            return null;
        }
        if (formatVersion > Documents.FORMAT_VERSION) {
            boolean namesOther = toolVersion != null && !toolVersion.isBlank() && !toolVersion.equals(Documents.TOOL_VERSION);
            return name + " was written by a newer version of Framebench" + (namesOther ? " (" + shorten(toolVersion) + ")" : "")
                    + ": it uses file format " + formatVersion + ", and this version (" + Documents.TOOL_VERSION
                    + ") reads formats up to " + Documents.FORMAT_VERSION + ". Please update Framebench to open it.";
        }
        return name + " gives an impossible file format number (" + formatVersion + "); it is damaged and was not opened.";
    }

    /** What the XML reader found wrong, in words a person can act on. */
    public static String describeParseError(Object error) {
        Object cause = error;
        while (cause instanceof Resource.IOWrappedException wrapped && wrapped.getCause() != null) {
            cause = wrapped.getCause();
        }
        if (cause instanceof UnresolvedReferenceException unresolved) {
            return "it refers to \"" + shorten(unresolved.getReference()) + "\", which is not in the file" + where(unresolved);
        }
        if (cause instanceof PackageNotFoundException notFound) {
            return "it uses a vocabulary (\"" + shorten(notFound.uri()) + "\") that is not Framebench's" + where(notFound);
        }
        if (cause instanceof ClassNotFoundException notFound) {
            return "it holds an element of a kind Framebench does not know (\"" + shorten(notFound.getName()) + "\")" + where(notFound);
        }
        if (cause instanceof FeatureNotFoundException notFound) {
            return "it holds a field Framebench does not know (\"" + shorten(notFound.getName()) + "\")" + where(notFound);
        }
        if (cause instanceof IllegalValueException illegal) {
            return "a field has a value of the wrong kind (\"" + shorten(String.valueOf(illegal.getValue())) + "\")" + where(illegal);
        }
        if (cause instanceof Resource.Diagnostic diagnostic) {
            return "the XML is broken" + where(diagnostic);
        }
        if (cause instanceof SAXParseException sax) {
            return "the XML is broken near line " + sax.getLineNumber();
        }
        if (cause instanceof Throwable throwable && throwable.getCause() instanceof SAXParseException sax) {
            return "the XML is broken near line " + sax.getLineNumber();
        }
        return "it is not well-formed";
    }

    private static String where(Resource.Diagnostic diagnostic) {
        return diagnostic.getLine() > 0 ? " (line " + diagnostic.getLine() + ")" : "";
    }

    /** Compares dotted version numbers; a part that is not a number counts as lower than any number. */
    static int compareVersions(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? number(left[i]) : 0;
            long r = i < right.length ? number(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }

    private static long number(String part) {
        try {
            return part.length() > 18 ? -1 : Long.parseLong(part);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String shorten(String text) {
        return shorten(text, 80);
    }

    /**
     * {@code text} (from a file, so anything) fit for a one-line message: runs of white space and control
     * characters as one space, at most {@code max} characters; "" for null.
     */
    static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("[\\s\\p{Cntrl}]+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 3) + "...";
    }
}
