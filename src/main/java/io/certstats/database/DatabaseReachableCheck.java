package io.certstats.database;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.PreventFurtherStepsException;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Before Flyway migrates at start-up, checks that the database answers at all. If it does not, the
 * start fails with one line that says which URL was tried and what to check, instead of the pool's
 * retries and three screens of stack trace from Flyway. Quarkus prints the message of a
 * {@link PreventFurtherStepsException} as it is and exits with status 1.
 */
@Singleton
public class DatabaseReachableCheck implements FlywayConfigurationCustomizer {

    /** Seconds to wait for the server to accept a connection and a login. */
    static final int TIMEOUT_SECONDS = 5;

    private final String url;
    private final String username;
    private final Optional<String> password;

    DatabaseReachableCheck(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                           @ConfigProperty(name = "quarkus.datasource.username") String username,
                           @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        Properties login = new Properties();
        login.setProperty("user", username);
        password.ifPresent(p -> login.setProperty("password", p)); // none with trust authentication
        login.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        login.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
        try (Connection ignored = DriverManager.getConnection(url, login)) {
            // reachable: Flyway goes on
        } catch (SQLException e) {
            throw new PreventFurtherStepsException("certstats cannot start: the database at " + url
                    + " did not accept a connection as user '" + username + "' (" + e.getMessage() + "). Check that "
                    + "PostgreSQL is running and reachable there, or set QUARKUS_DATASOURCE_JDBC_URL, "
                    + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.", 1);
        }
    }
}
