import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites jars in place with every entry stored (not compressed): the same entries, in the same order, with the
 * same bytes (a signed jar's manifest and signature files included, so its signature still holds), names,
 * times and comments. Run by cli-jars.sh with the build's JDK as a source-file program (no
 * compiled tool needed). Usage: {@code java StoredJars.java JAR...}
 * <p>
 * Why (issue 16): the workbench's classes come from its class-data archive, but a bundle's class loader still
 * reads each class's bytes out of its jar for the JVM to match them with the archived class; inflating them was
 * the largest part of class loading in a restart's profile.
 */
public final class StoredJars {

    private StoredJars() {
    }

    public static void main(String[] args) throws IOException {
        int rewritten = 0;
        for (String arg : args) {
            Path jar = Path.of(arg);
            if (store(jar)) {
                rewritten++;
            }
        }
        System.out.println("stored-jars: " + rewritten + " of " + args.length + " jars rewritten uncompressed");
    }

    /** Rewrites {@code jar} uncompressed; false when every entry was stored already. */
    static boolean store(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.stream().allMatch(e -> e.getMethod() == ZipEntry.STORED)) {
                return false;
            }
            Path copy = jar.resolveSibling(jar.getFileName() + ".stored");
            try (OutputStream file = Files.newOutputStream(copy); ZipOutputStream out = new ZipOutputStream(file)) {
                out.setMethod(ZipOutputStream.STORED);
                if (zip.getComment() != null) {
                    out.setComment(zip.getComment());
                }
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    byte[] data;
                    try (InputStream in = zip.getInputStream(entry)) {
                        data = in.readAllBytes();
                    }
                    ZipEntry stored = new ZipEntry(entry.getName());
                    stored.setMethod(ZipEntry.STORED);
                    stored.setSize(data.length);
                    stored.setCompressedSize(data.length);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    stored.setCrc(crc.getValue());
                    stored.setTime(entry.getTime());
                    if (entry.getComment() != null) {
                        stored.setComment(entry.getComment());
                    }
                    out.putNextEntry(stored);
                    out.write(data);
                    out.closeEntry();
                }
            }
            FileTime modified = Files.getLastModifiedTime(jar);
            Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(jar, modified);
            return true;
        }
    }
}
