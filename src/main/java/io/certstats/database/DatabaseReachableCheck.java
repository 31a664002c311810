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

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;
    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @Override
    public void customize(FluentConfiguration configuration) {
        // Only dev mode and the tests have default credentials; production takes them from the environment.
        String user = username.orElseThrow(() -> new PreventFurtherStepsException("certstats cannot start: no "
                + "database user is configured. Set QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD "
                + "(and QUARKUS_DATASOURCE_JDBC_URL) for " + url + ".", 1));
        Properties login = new Properties();
        login.setProperty("user", user);
        password.ifPresent(p -> login.setProperty("password", p)); // none with trust authentication
        login.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        login.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
        try (Connection ignored = DriverManager.getConnection(url, login)) {
            // reachable: Flyway goes on
        } catch (SQLException e) {
            throw new PreventFurtherStepsException("certstats cannot start: the database at " + url
                    + " did not accept a connection as user '" + user + "' (" + e.getMessage() + "). Check that "
                    + "PostgreSQL is running and reachable there, or set QUARKUS_DATASOURCE_JDBC_URL, "
                    + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.", 1);
        }
    }
}
