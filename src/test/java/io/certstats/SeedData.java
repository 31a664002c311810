package io.certstats;

import io.certstats.caching.DataRevisions;
import io.certstats.seed.SeedDataMigration;
import io.quarkus.arc.Arc;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts the data tables back to exactly what the data files say, for tests that write through the
 * curation API: every other test compares answers with the files, so no resource stays curated. The
 * audit trail is left alone.
 */
public final class SeedData {

    private SeedData() {
    }

    public static void restore(DataSource dataSource) throws SQLException {
        String schema = ConfigProvider.getConfig().getValue("certstats.schema", String.class);
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                sql.execute("set local search_path to " + schema);
                sql.execute("truncate program_criterion, program_year, exam_version, recertification, exam_fee, source, "
                        + "consumption_tax, certification_benefit, certification, program, population, "
                        + "curated_resource cascade");
            }
            new SeedDataMigration().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return db;
                }
            });
            db.commit();
        }
        // this instance answers from the restored data at once, not at its next revision check
        Arc.container().instance(DataRevisions.class).get().refresh();
    }
}
