package io.certstats.caching;

import io.quarkus.runtime.configuration.MemorySize;
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

    /**
     * How much memory the kept answers may take (bodies, headers and keys); beyond it the least
     * useful are evicted. The default holds every answer of the seed data, in JSON and CSV, several times.
     */
    @WithDefault("4M")
    MemorySize maxBytes();
}
