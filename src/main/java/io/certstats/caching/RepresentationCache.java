package io.certstats.caching;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered answers (the exact bytes and headers) by request, each valid for the data revision it
 * was rendered under. A read that hits costs no database work and no serialisation.
 */
@ApplicationScoped
public class RepresentationCache {

    private final Map<String, Representation> entries = new ConcurrentHashMap<>();
    private final DataRevisions revisions;
    private final CacheConfig config;

    public RepresentationCache(DataRevisions revisions, CacheConfig config) {
        this.revisions = revisions;
        this.config = config;
    }

    /** The answer to this request for the current data, or null. */
    public Representation get(String key) {
        Representation found = entries.get(key);
        if (found == null) {
            return null;
        }
        if (found.revision() != revisions.current().number()) {
            entries.remove(key, found);
            return null;
        }
        return found;
    }

    /** How many answers are kept now. */
    public int size() {
        return entries.size();
    }

    public void put(String key, Representation representation) {
        if (representation.revision() != revisions.current().number()) {
            return; // rendered from data that has changed since
        }
        if (entries.size() >= config.maxEntries()) {
            entries.values().removeIf(r -> r.revision() != revisions.current().number());
            if (entries.size() >= config.maxEntries()) {
                return;
            }
        }
        entries.put(key, representation);
    }
}
