package io.certstats;

import io.certstats.seed.DataLocation;
import io.certstats.seed.SeedFile;

import java.util.List;
import java.util.function.Predicate;

/**
 * The project's own data files, read in tests so that expected values come from the data rather
 * than being pasted into assertions.
 */
public final class DataFiles {

    private DataFiles() {
    }

    public static List<SeedFile.Row> rows(String file) {
        return new SeedFile(file, DataLocation.CLASSPATH).rows();
    }

    public static List<SeedFile.Row> rows(String file, Predicate<SeedFile.Row> filter) {
        return rows(file).stream().filter(filter).toList();
    }

    public static SeedFile.Row row(String file, String column, String value) {
        return rows(file, r -> value.equals(r.text(column))).stream().findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no row with " + column + " = " + value));
    }
}
