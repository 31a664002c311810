package io.certstats.datapackage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip answer. A class of its own, not a method of DataPackageTest: the integration tests use it too,
 * and loading any ApiTest would put its spec-checking REST Assured filter on every later request of their JVM,
 * including the bad ones HotPathsIT sends on purpose.
 */
public final class Zips {

    private Zips() {
    }

    /** The files of a zip by their paths, in order. */
    public static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
