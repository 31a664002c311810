package io.certstats.caching;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes a change reach this instance at once: the trigger that bumps the data revision (V2) also
 * sends {@code NOTIFY certstats_data}, and this instance LISTENs on a connection of its own (outside
 * the pool: a listening connection is held for the instance's life). Each notification makes
 * {@link DataRevisions} read the revision row at once, so every replica serves the new data within
 * milliseconds of the commit rather than within the poll interval.
 *
 * <p>The scheduled poll in {@link DataRevisions} stays: a notification sent while this connection is
 * down (a database restart, a network cut) is lost, and the poll catches it within a second. After
 * every (re)connection the revision is read once too, for what changed while nobody listened.
 */
@ApplicationScoped
public class RevisionNotifications {

    /** The channel V2's trigger notifies. Every schema in one database shares it: a notification only makes us read our own row. */
    static final String CHANNEL = "certstats_data";
    /** How long one wait for notifications lasts; between waits the connection is checked and shutdown noticed. */
    private static final int WAIT_MILLIS = 5_000;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    private final DataRevisions revisions;
    private final String url;
    private final Properties login = new Properties();
    private final boolean enabled;
    private final AtomicLong received = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean stopping;
    private volatile Connection connection;
    private Thread thread;

    public RevisionNotifications(DataRevisions revisions,
                                 @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                                 @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
                                 @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
                                 @ConfigProperty(name = "certstats.cache.listen", defaultValue = "true") boolean enabled) {
        this.revisions = revisions;
        this.url = url;
        this.enabled = enabled;
        user.ifPresent(name -> login.setProperty("user", name));
        password.ifPresent(secret -> login.setProperty("password", secret));
        // Bounded waits to connect; no socketTimeout, since the connection idles between notifications by design.
        login.setProperty("connectTimeout", "2");
        login.setProperty("loginTimeout", "2");
        login.setProperty("tcpKeepAlive", "true");
        login.setProperty("ApplicationName", "certstats revision listener");
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        thread = new Thread(this::run, "certstats-revision-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Whether the listening connection is up now (a gauge in /q/metrics). */
    public boolean listening() {
        return listening;
    }

    /** How many notifications arrived since start (a counter in /q/metrics). */
    public long received() {
        return received.get();
    }

    private void run() {
        while (!stopping) {
            try (Connection listener = new Driver().connect(url, login)) {
                if (listener == null) {
                    Log.warnf("revision listener: %s is not a PostgreSQL URL; only the poll keeps this instance current", url);
                    return;
                }
                connection = listener;
                listen(listener);
            } catch (SQLException e) {
                if (!stopping) {
                    Log.debugf("revision listener: connection lost (%s); the poll keeps this instance current meanwhile", e.getMessage());
                }
            } finally {
                listening = false;
                connection = null;
            }
            pause();
        }
    }

    private void listen(Connection listener) throws SQLException {
        try (Statement statement = listener.createStatement()) {
            statement.execute("LISTEN " + CHANNEL);
        }
        listening = true;
        Log.debugf("revision listener: listening on %s", CHANNEL);
        revisions.refresh(); // whatever changed while nobody listened
        PGConnection postgres = listener.unwrap(PGConnection.class);
        while (!stopping) {
            PGNotification[] arrived = postgres.getNotifications(WAIT_MILLIS);
            if (arrived != null && arrived.length > 0) {
                received.addAndGet(arrived.length);
                revisions.refresh(); // one read for a burst: the row holds the latest revision
            } else if (!listener.isValid(2)) {
                throw new SQLException("the listening connection no longer answers");
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT_AFTER.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a connection that is going away anyway
        }
    }
}
