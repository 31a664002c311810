package io.certstats.caching;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * What an operator watches of this package, in /q/metrics: the kept answers (hits, misses,
 * evictions, bytes) and the data revision this instance serves, with its age and how it learns of
 * changes (notifications, and whether it is listening). A replica whose revision lags the others',
 * or that stopped listening, shows here.
 */
@Singleton
public class CacheMetrics implements MeterBinder {

    private final RepresentationCache cache;
    private final DataRevisions revisions;
    private final RevisionNotifications notifications;
    private final Clock clock;

    public CacheMetrics(RepresentationCache cache, DataRevisions revisions, RevisionNotifications notifications) {
        this.cache = cache;
        this.revisions = revisions;
        this.notifications = notifications;
        this.clock = Clock.systemUTC();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("certstats.cache.hits", cache, RepresentationCache::hits)
                .description("Reads answered from the kept answers").register(registry);
        FunctionCounter.builder("certstats.cache.misses", cache, RepresentationCache::misses)
                .description("Reads rendered from the database (nothing kept, or kept for older data)").register(registry);
        FunctionCounter.builder("certstats.cache.evictions", cache, RepresentationCache::evictions)
                .description("Kept answers dropped to stay within certstats.cache.max-bytes").register(registry);
        Gauge.builder("certstats.cache.size", cache, RepresentationCache::weight).baseUnit("bytes")
                .description("What the kept answers weigh now").register(registry);
        Gauge.builder("certstats.cache.max", cache, RepresentationCache::maxBytes).baseUnit("bytes")
                .description("The most the kept answers may weigh").register(registry);
        Gauge.builder("certstats.data.revision", revisions, r -> r.current().number())
                .description("The data revision this instance serves").register(registry);
        Gauge.builder("certstats.data.revision.age", revisions, this::ageSeconds).baseUnit("seconds")
                .description("Time since the served data last changed").register(registry);
        FunctionCounter.builder("certstats.data.revision.notifications", notifications, RevisionNotifications::received)
                .description("Change notifications received from PostgreSQL").register(registry);
        Gauge.builder("certstats.data.revision.listening", notifications, n -> n.listening() ? 1 : 0)
                .description("1 while this instance listens for change notifications; 0 means it relies on the poll").register(registry);
    }

    private double ageSeconds(DataRevisions revisions) {
        return Math.max(0, clock.millis() - revisions.current().changedAt().toEpochMilli()) / 1000.0;
    }
}
