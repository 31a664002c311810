package io.certstats.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An answer that is a set of files, written as one zip ({@link Format#ZIP}) by {@link Renderer}. Every
 * entry carries the same time, {@code modified} (the data's), so the same files give the same bytes on
 * every instance and after a restart, and so the same ETag. (The JDK's own zip writer: no library does
 * more for a handful of small files.)
 *
 * @param fileName the name a browser saves it under
 */
public record Archive(String fileName, Instant modified, List<Entry> entries) {

    /** One file of the archive: its path inside it and its bytes. */
    public record Entry(String path, byte[] content) {
    }

    public byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Entry entry : entries) {
                ZipEntry file = new ZipEntry(entry.path());
                file.setTime(modified.toEpochMilli());
                zip.putNextEntry(file);
                zip.write(entry.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
