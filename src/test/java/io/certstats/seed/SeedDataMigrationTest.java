package io.certstats.seed;

import io.certstats.DataFiles;
import io.certstats.provenance.SourceLink;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the loader makes of the data files' links, and of a link to a source sources.csv does not list. */
@QuarkusTest
class SeedDataMigrationTest {

    @Inject
    Flyway flyway;

    @Inject
    DataSource dataSource;

    @AfterEach
    void backToThisReleasesFiles() {
        NextRelease.deploy(flyway, DataLocation.CLASSPATH);
    }

    @Test
    void aLinkToASourceThatSourcesCsvDoesNotListFailsTheLoadNamingFileRowAndUrl() {
        String unknown = "https://unlisted.example/fees";
        SeedFile.Row first = DataFiles.rows("exam-fees.csv").get(0);
        NextRelease release = new NextRelease().set("exam-fees.csv", row -> row.values().equals(first.values()),
                "source_urls", unknown);

        Exception failure = assertThrows(Exception.class, () -> release.deploy(flyway));

        String messages = messages(failure);
        assertTrue(messages.contains("exam-fees.csv, row 1: " + unknown + " is not listed in sources.csv"), messages);
    }

    @Test
    void everyLinkIsARowToItsSourceInTheFilesOrder() throws SQLException {
        SeedFile.Row row = DataFiles.rows("certifications.csv", r -> r.text("source_urls") != null
                && r.text("source_urls").contains(" | ")).get(0);
        List<String> urls = SourceLink.parseAll(row.text("source_urls")).stream().map(SourceLink::url).toList();
        String schema = ConfigProvider.getConfig().getValue("certstats.schema", String.class);
        try (Connection db = dataSource.getConnection(); Statement sql = db.createStatement();
             ResultSet links = sql.executeQuery("select s.url from %1$s.certification_sources l join %1$s.source s"
                     .formatted(schema) + " on s.id = l.source_id where l.figure_id = '" + row.required("id")
                     + "' order by l.position")) {
            List<String> stored = new ArrayList<>();
            while (links.next()) {
                stored.add(links.getString(1));
            }
            assertEquals(urls, stored);
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
