package io.certstats.caching;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * Knows the current data revision of PostgreSQL, which every instance shares: a cheap version
 * check once a second (configurable), so a change made anywhere reaches every running instance
 * within about a second, without a restart. When the database cannot be reached, the last known
 * revision stays in force and answers already rendered keep being served.
 */
@ApplicationScoped
public class DataRevisions {

    private volatile Revision current = new Revision(-1, Instant.EPOCH);
    private final Supplier<Revision> database;

    public DataRevisions() {
        this(DataRevisions::read);
    }

    /** @param database reads the revision row; a test gives a slow or scripted one */
    DataRevisions(Supplier<Revision> database) {
        this.database = database;
    }

    void onStart(@Observes StartupEvent event) {
        refresh();
    }

    /**
     * Reads the current revision now: on schedule, and right after this instance's own writes. Both
     * can be asked for at once; they run one after the other, each reading and setting under the lock,
     * so the revision set last is the one read last. A slow read of an older row therefore never
     * overwrites a newer one, and a database restored to an earlier revision is still followed (a
     * "never lower" rule would keep serving the answers of data that no longer exists).
     */
    @Scheduled(every = "${certstats.cache.check-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void refresh() {
        Revision latest;
        try {
            latest = database.get();
        } catch (RuntimeException e) {
            Log.debugf("data revision check failed, keeping revision %d: %s", current.number(), e.getMessage());
            return;
        }
        if (!latest.equals(current)) {
            Log.debugf("data revision %d -> %d", current.number(), latest.number());
            current = latest;
        }
    }

    public Revision current() {
        return current;
    }

    private static Revision read() {
        DataVersion row = QuarkusTransaction.requiringNew().call(DataVersion::current);
        return new Revision(row.revision, (row.lastChange != null ? row.lastChange : row.changedAt).toInstant());
    }
}
