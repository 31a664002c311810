package io.certstats.caching;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Knows the current data revision of PostgreSQL, which every instance shares: a cheap version
 * check once a second (configurable), so a change made anywhere reaches every running instance
 * within about a second, without a restart. When the database cannot be reached, the last known
 * revision stays in force and answers already rendered keep being served.
 */
@ApplicationScoped
public class DataRevisions {

    private volatile Revision current = new Revision(-1, java.time.Instant.EPOCH);

    void onStart(@Observes StartupEvent event) {
        refresh();
    }

    /** Reads the current revision now: on schedule, and right after this instance's own writes. */
    @Scheduled(every = "${certstats.cache.check-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            DataVersion row = QuarkusTransaction.requiringNew().call(DataVersion::current);
            Revision latest = new Revision(row.revision, row.changedAt.toInstant());
            if (latest.number() != current.number()) {
                Log.debugf("data revision %d -> %d", current.number(), latest.number());
                current = latest;
            }
        } catch (RuntimeException e) {
            Log.debugf("data revision check failed, keeping revision %d: %s", current.number(), e.getMessage());
        }
    }

    public Revision current() {
        return current;
    }
}
