package io.certstats.seed;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Adds the seed data migration to the SQL migrations Flyway finds in db/migration. */
@Singleton
public class SeedDataRegistration implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.javaMigrations(new SeedDataMigration());
    }
}
