package io.certstats.seed;

import io.certstats.curation.ResourcePaths;
import io.certstats.provenance.PartialDate;
import io.certstats.provenance.SourceLink;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import static io.certstats.seed.Column.Kind.BIGINT;
import static io.certstats.seed.Column.Kind.DATE;
import static io.certstats.seed.Column.Kind.DECIMAL;
import static io.certstats.seed.Column.Kind.INTEGER;
import static io.certstats.seed.Column.Kind.LINKS;
import static io.certstats.seed.Column.Kind.PARTIAL_DATE;
import static io.certstats.seed.Column.Kind.PROGRAM;
import static io.certstats.seed.Column.Kind.TEXT;
import static io.certstats.seed.Column.Kind.TEXT_ARRAY;

/**
 * Loads the reviewed data files into the schema.
 *
 * <p>A repeatable migration whose checksum is that of the data files and of the loading code itself:
 * Flyway runs it again whenever a curator changes a file or the loader changes, so next year's count
 * is one edited CSV line. Rows are upserted by their natural keys, so a re-run updates what the files
 * say and leaves other rows alone. Rows a curator wrote through the API are not the files' to change:
 * see {@link CuratedRows}.
 */
public class SeedDataMigration implements JavaMigration {

    /** Every data file, in load order (referenced rows first). */
    static final List<DataFile> FILES = List.of(
            new DataFile("sources.csv", "source", "id", List.of("url"), List.of(Column.required("url", "url"),
                    Column.text("title", "title"), Column.text("publisher", "publisher"),
                    Column.of("published_on", PARTIAL_DATE, "published_on"), Column.of("accessed_on", DATE, "accessed_on"))),
            new DataFile("certifications.csv", "certification", "code", List.of("code"), List.of(
                    Column.required("code", "id"), Column.required("slug", "slug"), Column.required("name", "name_en"),
                    Column.of("former_names", TEXT_ARRAY, "former_names_en"), Column.text("name_ja", "name_ja"),
                    Column.upper("level", "level"), new Column("status", TEXT, row -> status(row)[0]),
                    new Column("status_note", TEXT, row -> status(row)[1]),
                    Column.of("launched_on", PARTIAL_DATE, "first_available"),
                    Column.of("retired_on", PARTIAL_DATE, "retired_on"), Column.of("fee_usd", INTEGER, "fee_usd"),
                    Column.of("fee_jpy", INTEGER, "fee_jpy_from_2024_04_01"),
                    Column.of("fee_jpy_before_2024_04_01", INTEGER, "fee_jpy_before_2024_04_01"),
                    Column.of("duration_minutes", INTEGER, "duration_min"),
                    Column.of("question_count", INTEGER, "questions"),
                    Column.of("passing_score", INTEGER, "passing_score"),
                    Column.of("unscored_questions", INTEGER, "unscored_questions"),
                    Column.of("validity_years", INTEGER, "validity_years"), Column.of("inferred", TEXT_ARRAY, "inferred"),
                    Column.text("notes", "notes"), Column.of("source_urls", LINKS, "source_urls")),
                    row -> ResourcePaths.certification((String) row.get("slug")), null),
            // The exam codes of a curated certification are part of it: the file's are compared, not written.
            new DataFile("exam-versions.csv", "exam_version", "exam_code", List.of("exam_code"), List.of(
                    Column.required("exam_code", "exam_code"), Column.required("certification_code", "certification_id"),
                    Column.of("live_from", PARTIAL_DATE, "live_from"), Column.of("live_until", PARTIAL_DATE, "live_until"),
                    Column.of("observed_live_on", PARTIAL_DATE, "observed_live_on"),
                    Column.of("inferred", TEXT_ARRAY, "inferred"), Column.text("notes", "notes"),
                    Column.of("source_urls", LINKS, "source_urls")),
                    null, new DataFile.Owner("certification", List.of("certification_code"), false)),
            new DataFile("programs.csv", "program", "slug", List.of("slug"), List.of(Column.required("slug", "slug"),
                    Column.required("name", "name"), Column.of("names", TEXT_ARRAY, "names"),
                    Column.required("country", "country"), Column.required("unit", "unit"),
                    Column.text("description", "description"), Column.of("source_urls", LINKS, "source_urls"))),
            yearFile("all-certifications-engineers.csv", Column.of("required_certifications", INTEGER,
                            "required_certifications"), Column.text("criteria_url", "criteria_url"),
                    Column.of("published_on", PARTIAL_DATE, "published_on"), Column.none("inferred", TEXT_ARRAY)),
            yearFile("related-recognitions.csv", Column.none("required_certifications", INTEGER),
                    Column.none("criteria_url", TEXT), Column.none("published_on", PARTIAL_DATE),
                    Column.of("inferred", TEXT_ARRAY, "inferred")),
            // Replaces the criteria of each year the file lists, so a removed row goes; a curated year's are compared.
            new DataFile("program-criteria.csv", "program_criterion", "id",
                    List.of("program_slug", "year", "certification_code"), List.of(
                    Column.of("program_slug", PROGRAM, "program"), Column.of("year", INTEGER, "year"),
                    Column.required("certification_code", "certification_id"), Column.text("basis", "basis"),
                    Column.of("source_urls", LINKS, "source_urls")),
                    null, new DataFile.Owner("program_year", List.of("program_slug", "year"), true)),
            new DataFile("population-bases.csv", "population", "slug", List.of("slug"), List.of(
                    new Column("slug", TEXT, row -> populationSlug(row.required("key"))),
                    Column.required("description", "description"), Column.of("value", BIGINT, "value"),
                    Column.required("unit", "unit"), Column.of("as_of", PARTIAL_DATE, "as_of"),
                    Column.text("notes", "notes"), Column.of("source_urls", LINKS, "source_url")),
                    row -> ResourcePaths.population((String) row.get("slug")), null),
            new DataFile("exam-fees.csv", "exam_fee", "id", List.of("level", "currency", "effective_from"), List.of(
                    Column.upper("level", "level"), Column.upper("currency", "currency"),
                    Column.of("amount", DECIMAL, "amount"), Column.of("effective_from", DATE, "effective_from"),
                    Column.of("effective_until", DATE, "effective_until"), Column.text("tax", "tax"),
                    Column.of("source_urls", LINKS, "source_urls"))),
            new DataFile("consumption-tax.csv", "consumption_tax", "id", List.of("country", "effective_from"), List.of(
                    Column.upper("country", "country"), Column.of("effective_from", DATE, "effective_from"),
                    Column.of("rate_percent", INTEGER, "rate_percent"),
                    Column.of("effective_until", DATE, "effective_until"), Column.text("notes", "notes"),
                    Column.of("source_urls", LINKS, "source_urls"))),
            new DataFile("certification-benefits.csv", "certification_benefit", "benefit", List.of("benefit"), List.of(
                    Column.required("benefit", "benefit"), Column.required("value", "value"), Column.text("rule", "rule"),
                    Column.of("source_urls", LINKS, "source_urls"))),
            new DataFile("recertification.csv", "recertification", "id", List.of("renewing", "also_renews"), List.of(
                    Column.upper("renewing", "renewing"), Column.upper("also_renews", "also_renews"),
                    Column.text("notes", "notes"), Column.of("source_urls", LINKS, "source_urls"))));

    /** The code whose behaviour the checksum covers, besides the files: a change to it reloads them too. */
    private static final List<Class<?>> LOADER = List.of(SeedDataMigration.class, Loader.class, DataFile.class,
            Column.class, CuratedRows.class, SeedFile.class, PartialDate.class, SourceLink.class);

    private final DataLocation data;

    public SeedDataMigration() {
        this(DataLocation.CLASSPATH);
    }

    /** Reads the data files from elsewhere than the application's own copies (a test's next release). */
    public SeedDataMigration(DataLocation data) {
        this.data = data;
    }

    @Override
    public MigrationVersion getVersion() {
        return null; // repeatable
    }

    @Override
    public String getDescription() {
        return "seed data";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        LOADER.stream().flatMap(SeedDataMigration::withNested).forEach(c -> crc.update(bytecode(c)));
        FILES.forEach(file -> crc.update(new SeedFile(file.file(), data).bytes()));
        return (int) crc.getValue();
    }

    private static Stream<Class<?>> withNested(Class<?> type) {
        return Stream.concat(Stream.of(type), Stream.of(type.getDeclaredClasses()).flatMap(SeedDataMigration::withNested));
    }

    private static byte[] bytecode(Class<?> type) {
        try (InputStream in = type.getResourceAsStream(type.getName().substring(type.getName().lastIndexOf('.') + 1)
                + ".class")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bytecode of " + type, e);
        }
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        new Loader(context.getConnection(), data).load(FILES);
    }

    /** The two files of program years: the same table and key, each with the columns it has. */
    private static DataFile yearFile(String file, Column... own) {
        return new DataFile(file, "program_year", "id", List.of("program_slug", "year"), Stream.concat(Stream.of(
                Column.of("program_slug", PROGRAM, "program"), Column.of("year", INTEGER, "year"),
                Column.required("name", "program"), Column.of("count", INTEGER, "count")), Stream.concat(Stream.of(own),
                Stream.of(Column.text("notes", "notes"), Column.of("source_urls", LINKS, "source_url")))).toList(),
                row -> ResourcePaths.programYear((String) row.get("program_slug"), (Integer) row.get("year")), null);
    }

    /** Population slugs are the data file's keys with hyphens: jp_it_companies becomes jp-it-companies. */
    public static String populationSlug(String key) {
        return key.replace('_', '-');
    }

    /** The data files write status as 'active', 'retired' or 'active (renamed)': the value and the note. */
    private static String[] status(SeedFile.Row row) {
        String raw = row.required("status");
        int paren = raw.indexOf('(');
        String value = (paren < 0 ? raw : raw.substring(0, paren)).strip().toUpperCase(Locale.ROOT);
        return new String[] {value, paren < 0 ? null : raw.substring(paren + 1, raw.lastIndexOf(')')).strip()};
    }
}
