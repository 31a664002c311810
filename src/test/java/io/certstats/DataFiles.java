package io.certstats;

import io.certstats.seed.DataLocation;
import io.certstats.seed.SeedFile;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

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

    /** A row's grade as the API names it: the file's {@code secondary} is {@code SECONDARY}. */
    public static String grade(SeedFile.Row row) {
        return row.required("grade").toUpperCase(Locale.ROOT);
    }

    /**
     * The weakest of the rows' grades, as the API names it, by the order the data README gives
     * (primary > secondary > inferred), written out here rather than taken from the code under test.
     */
    public static String weakestGrade(SeedFile.Row... rows) {
        List<String> strongestFirst = List.of("PRIMARY", "SECONDARY", "INFERRED");
        return Stream.of(rows).map(DataFiles::grade).max(Comparator.comparing(strongestFirst::indexOf)).orElseThrow();
    }

    public static SeedFile.Row row(String file, String column, String value) {
        return rows(file, r -> value.equals(r.text(column))).stream().findFirst()
                .orElseThrow(() -> new AssertionError(file + " has no row with " + column + " = " + value));
    }
}
