package io.certstats.caching;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.LongAdder;

/**
 * Rendered answers (the exact bytes and headers) by {@link RequestKey}, each valid for the data
 * revision it was rendered under. A read that hits costs no database work and no serialisation.
 * Bounded by bytes, not entries (answers range from a few hundred bytes to tens of kilobytes):
 * Caffeine weighs each entry and evicts by frequency and recency beyond the bound.
 */
@ApplicationScoped
public class RepresentationCache {

    private final Cache<String, Representation> entries;
    private final DataRevisions revisions;
    private final long maxBytes;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    public RepresentationCache(DataRevisions revisions, CacheConfig config) {
        this.revisions = revisions;
        this.maxBytes = config.maxBytes().asLongValue();
        this.entries = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Representation kept) -> kept.weight(key))
                .recordStats() // evictions, for /q/metrics (CacheMetrics)
                .build();
    }

    /** The answer to this request for the current data, or null; an answer of older data is dropped. */
    public Representation get(String key) {
        Representation found = entries.getIfPresent(key);
        if (found != null && !found.revision().equals(revisions.current())) {
            entries.asMap().remove(key, found);
            found = null;
        }
        (found == null ? misses : hits).increment(); // counted here: Caffeine would count a stale answer as a hit
        return found;
    }

    public void put(String key, Representation representation) {
        if (!representation.revision().equals(revisions.current())) {
            return; // rendered from data that has changed since
        }
        entries.put(key, representation);
    }

    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** How many bytes the kept answers weigh now, by {@link Representation#weight}; at most {@link #maxBytes()}. */
    public long weight() {
        entries.cleanUp();
        return entries.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /** Lookups answered from memory since start. */
    public long hits() {
        return hits.sum();
    }

    /** Lookups that found nothing, or only an answer of older data, since start. */
    public long misses() {
        return misses.sum();
    }

    /** Answers dropped to stay within {@link #maxBytes()} since start (not those of an older revision). */
    public long evictions() {
        return entries.stats().evictionCount();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Drops every kept answer; each is rendered again when next asked for. */
    public void clear() {
        entries.invalidateAll();
        entries.cleanUp();
    }
}
