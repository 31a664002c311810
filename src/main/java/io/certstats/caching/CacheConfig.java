package io.certstats.caching;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "certstats.cache")
public interface CacheConfig {

    /** How long clients and CDNs may reuse an answer without asking again (Cache-Control max-age). */
    @WithDefault("60s")
    Duration maxAge();

    /** How often each instance checks the data revision in PostgreSQL (read by {@link DataRevisions}). */
    @WithDefault("1s")
    Duration checkEvery();

    /** How many rendered answers the instance keeps; beyond it, answers are rendered but not kept. */
    @WithDefault("10000")
    int maxEntries();
}
