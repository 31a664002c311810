package io.certstats.caching;

import io.certstats.formats.Renderer;
import jakarta.enterprise.context.ApplicationScoped;

import jakarta.inject.Inject;
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

    @Inject
    Renderer renderer;

    /** The ETag of the JSON representation of a resource, the one {@code If-Match} is compared with. */
    public String ofJson(Object entity) {
        Renderer.Rendered json = renderer.json(entity, false);
        return of(json.body(), json.variant());
    }

    /**
     * The ETag of one exact representation: its bytes and its variant, the media type and any option
     * that changes the bytes ({@code application/json}, {@code text/csv}, {@code application/json;pretty}).
     */
    public static String of(byte[] content, String variant) {
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
