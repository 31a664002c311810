package io.certstats.seed;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The data files of a next release: the application's own, with some cells changed. {@link #deploy}
 * runs Flyway as the released application's start-up does, so the seed migration runs again
 * exactly when (and because) its checksum changed.
 */
final class NextRelease implements DataLocation {

    private static final CsvMapper CSV = new CsvMapper();

    private final Map<String, byte[]> changed = new HashMap<>();

    /** Sets {@code column} to {@code value} (null: an empty cell) in each row of {@code file} that {@code which} picks. */
    NextRelease set(String file, Predicate<SeedFile.Row> which, String column, Object value) {
        try (InputStream in = open(file);
             MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            List<Map<String, String>> rows = it.readAll();
            int matched = 0;
            for (Map<String, String> row : rows) {
                if (which.test(new SeedFile.Row(file, matched, row))) {
                    row.put(column, value == null ? "" : value.toString());
                    matched++;
                }
            }
            if (matched == 0) {
                throw new IllegalArgumentException("no row of " + file + " to change");
            }
            CsvSchema.Builder header = CsvSchema.builder().setUseHeader(true);
            rows.get(0).keySet().forEach(header::addColumn);
            changed.put(file, CSV.writer(header.build()).writeValueAsBytes(rows));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream open(String fileName) {
        byte[] bytes = changed.get(fileName);
        return bytes != null ? new ByteArrayInputStream(bytes) : DataLocation.CLASSPATH.open(fileName);
    }

    /** Migrates with the running application's Flyway settings and this release's data files. */
    MigrateResult deploy(Flyway running) {
        return deploy(running, this);
    }

    /** Migrates with the running application's Flyway settings and the given data files. */
    static MigrateResult deploy(Flyway running, DataLocation data) {
        return Flyway.configure().configuration(running.getConfiguration())
                .javaMigrations(new SeedDataMigration(data)).load().migrate();
    }
}
