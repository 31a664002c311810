package io.certstats.caching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Strong ETags derived from the data an answer carries, never from time or the instance: the
 * same data gives the same ETag on every replica and after a restart, and any change of the data
 * changes it. Reads send it; writes compare {@code If-Match} with it.
 */
@ApplicationScoped
public class ETags {

    private final ObjectMapper json;

    public ETags(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The ETag of an entity sent in a given variant of representation: the media type and any
     * option that changes the bytes (e.g. {@code application/json}, {@code text/csv},
     * {@code application/json;pretty}), since a strong ETag names one exact representation.
     */
    public String of(Object entity, String variant) {
        try {
            return of(json.writeValueAsBytes(entity), variant);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + entity.getClass().getSimpleName(), e);
        }
    }

    /** The ETag of the JSON representation of a resource, the one {@code If-Match} is compared with. */
    public String ofJson(Object entity) {
        return of(entity, "application/json");
    }

    static String of(byte[] content, String variant) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(variant.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(content);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest()).substring(0, 27) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
