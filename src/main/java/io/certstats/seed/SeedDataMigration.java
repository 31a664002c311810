package io.certstats.seed;

import io.certstats.curation.ResourcePaths;
import io.certstats.provenance.PartialDate;
import io.certstats.provenance.SourceLink;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.CRC32;

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

    private static final Function<Map<String, Object>, String> YEAR = row ->
            ResourcePaths.programYear((String) row.get("program_slug"), (Integer) row.get("year"));

    /** Every data file, in load order (referenced rows first). */
    static final List<DataFile> FILES = List.of(
            new DataFile("sources.csv", "source", "id", List.of("url"), null, null,
                    "url!", "title", "publisher", "published_on:partial", "accessed_on:date"),
            new DataFile("certifications.csv", "certification", "code", List.of("code"),
                    row -> ResourcePaths.certification((String) row.get("slug")), null,
                    "code=id!", "slug!", "name=name_en!", "former_names=former_names_en:list", "name_ja", "level:upper!",
                    "status:status!", "status_note=status:status_note", "launched_on=first_available:partial",
                    "retired_on:partial", "fee_usd:int", "fee_jpy=fee_jpy_from_2024_04_01:int",
                    "fee_jpy_before_2024_04_01:int", "duration_minutes=duration_min:int", "question_count=questions:int",
                    "passing_score:int", "unscored_questions:int", "validity_years:int", "inferred:list", "grade:upper!",
                    "notes", "source_urls:links"),
            // The exam codes of a curated certification are part of it: the file's are compared, not written.
            new DataFile("exam-versions.csv", "exam_version", "exam_code", List.of("exam_code"), null,
                    new DataFile.Owner("certification", List.of("certification_code"), false),
                    "exam_code!", "certification_code=certification_id!", "live_from:partial", "live_until:partial",
                    "observed_live_on:partial", "inferred:list", "grade:upper!", "notes", "source_urls:links"),
            new DataFile("programs.csv", "program", "slug", List.of("slug"), null, null,
                    "slug!", "name!", "names:list!", "country!", "unit!", "description", "source_urls:links"),
            new DataFile("all-certifications-engineers.csv", "program_year", "id", List.of("program_slug", "year"), YEAR,
                    null, "program_slug=program:program!", "year:int!", "name=program!", "count:int",
                    "required_certifications:int", "criteria_url", "published_on:partial", "inferred=-:list", "grade:upper!",
                    "notes", "source_urls=source_url:links"),
            new DataFile("related-recognitions.csv", "program_year", "id", List.of("program_slug", "year"), YEAR,
                    null, "program_slug=program:program!", "year:int!", "name=program!", "count:int",
                    "required_certifications=-:int", "criteria_url=-", "published_on=-:partial", "inferred:list",
                    "grade:upper!", "notes", "source_urls=source_url:links"),
            // Replaces the criteria of each year the file lists, so a removed row goes; a curated year's are compared.
            new DataFile("program-criteria.csv", "program_criterion", "id",
                    List.of("program_slug", "year", "certification_code"), null,
                    new DataFile.Owner("program_year", List.of("program_slug", "year"), true),
                    "program_slug=program:program!", "year:int!", "certification_code=certification_id!", "basis",
                    "source_urls:links"),
            new DataFile("population-bases.csv", "population", "slug", List.of("slug"),
                    row -> ResourcePaths.population((String) row.get("slug")), null,
                    "slug=key:hyphenated!", "description!", "value:bigint!", "unit!", "as_of:partial", "grade:upper!", "notes",
                    "source_urls=source_url:links"),
            new DataFile("exam-fees.csv", "exam_fee", "id", List.of("level", "currency", "effective_from"), null, null,
                    "level:upper!", "currency:upper!", "amount:decimal!", "effective_from:date", "effective_until:date",
                    "tax", "source_urls:links"),
            new DataFile("consumption-tax.csv", "consumption_tax", "id", List.of("country", "effective_from"), null,
                    null, "country:upper!", "effective_from:date!", "rate_percent:int!", "effective_until:date", "notes",
                    "source_urls:links"),
            new DataFile("certification-benefits.csv", "certification_benefit", "benefit", List.of("benefit"), null,
                    null, "benefit!", "value!", "rule", "source_urls:links"),
            new DataFile("recertification.csv", "recertification", "id", List.of("renewing", "also_renews"), null,
                    null, "renewing:upper!", "also_renews:upper!", "notes", "source_urls:links"));

    /** The code whose behaviour the checksum covers, besides the files: a change to it reloads them too. */
    private static final List<Class<?>> LOADER = List.of(SeedDataMigration.class, Loader.class, DataFile.class,
            CuratedRows.class, SeedFile.class, PartialDate.class, SourceLink.class);

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
        // Each class file is read as the data files are, from beside the class on the classpath.
        LOADER.stream().flatMap(SeedDataMigration::withNested).forEach(type -> crc.update(
                new SeedFile(type.getName().substring(type.getPackageName().length() + 1) + ".class",
                        type::getResourceAsStream).bytes()));
        FILES.forEach(file -> crc.update(new SeedFile(file.file(), data).bytes()));
        return (int) crc.getValue();
    }

    private static Stream<Class<?>> withNested(Class<?> type) {
        return Stream.concat(Stream.of(type),
                Stream.of(type.getDeclaredClasses()).flatMap(SeedDataMigration::withNested));
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        new Loader(context.getConnection(), data).load(FILES);
    }
}
