package io.certstats.seed;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** One of the data files under {@code src/main/resources/data}: UTF-8 CSV with a header row. */
public record SeedFile(String name, DataLocation location) {

    public static final String FOLDER = "data/";

    private static final CsvMapper CSV = new CsvMapper();

    public byte[] bytes() {
        try (InputStream in = open()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }

    public List<Row> rows() {
        try (InputStream in = open();
             MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader())
                     .readValues(in)) {
            List<Map<String, String>> rows = it.readAll();
            return IntStream.range(0, rows.size()).mapToObj(i -> new Row(name, i + 1, rows.get(i))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }

    private InputStream open() {
        InputStream in = location.open(name);
        if (in == null) {
            throw new IllegalStateException("missing data file " + FOLDER + name);
        }
        return in;
    }

    /** A row of a data file, numbered from 1 after the header; empty cells read as null. */
    public record Row(String file, int number, Map<String, String> values) {

        public String text(String column) {
            if (!values.containsKey(column)) {
                throw new IllegalStateException(file + " has no column " + column);
            }
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        public String required(String column) {
            String value = text(column);
            if (value == null) {
                throw new IllegalStateException(file + ", row " + number + ": empty " + column);
            }
            return value;
        }

        public Integer integer(String column) {
            String value = text(column);
            try {
                return value == null ? null : Integer.valueOf(value);
            } catch (NumberFormatException e) {
                throw new IllegalStateException(file + ", row " + number + ": " + column + " is not a whole number: "
                        + value, e);
            }
        }
    }
}
