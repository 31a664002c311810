package io.certstats.caching;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.HttpHeaders;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * One rendered answer: its bytes, media type, validators and the headers that go with it. What
 * every hit needs is prepared once here, not per request: the HTTP date, and the body as a
 * direct buffer that every answer sends as it is, without copying it.
 */
public record Representation(Revision revision, Buffer body, String contentType, String etag,
                             Instant lastModified, String lastModifiedHeader, Map<String, String> headers) {

    /** IMF-fixdate (RFC 9110), e.g. {@code Thu, 06 Nov 2026 15:55:48 GMT}. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    public static Representation of(Revision revision, byte[] body, String contentType, String etag, Instant lastModified,
                                    Map<String, String> headers) {
        // A JDK direct buffer, freed by the collector once no answer holds it; never released by Netty.
        ByteBuffer direct = ByteBuffer.allocateDirect(body.length).put(body).flip();
        Buffer wire = Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(direct)));
        return new Representation(revision, wire, contentType, etag, lastModified,
                HTTP_DATE.format(lastModified), Collections.unmodifiableMap(new LinkedHashMap<>(headers)));
    }

    /**
     * Roughly what keeping this answer under {@code key} costs in memory: the body's bytes, two bytes
     * a character for the key and every string kept (Java 17 strings of non-Latin text), and a fixed
     * allowance for the objects that hold them. The cache's byte bound is a bound on this sum.
     */
    int weight(String key) {
        long chars = key.length() + contentType.length() + etag.length() + lastModifiedHeader.length();
        for (Map.Entry<String, String> header : headers.entrySet()) {
            chars += header.getKey().length() + header.getValue().length() + OBJECT_BYTES / 2;
        }
        return (int) Math.min(Integer.MAX_VALUE, body.length() + 2 * chars + 8L * OBJECT_BYTES);
    }

    /** The header and padding of one small Java object (a String, a map node, a record), generously. */
    private static final int OBJECT_BYTES = 48;

    /**
     * Gives this answer's headers to {@code out} (a RESTEasy answer's the first time it is rendered, a
     * Vert.x one's every time after), and says whether a client holding these validators already has it:
     * then it is a 304 without a body; otherwise this body, whose Content-Type is among the headers.
     */
    public boolean headers(BiConsumer<String, String> out, String ifNoneMatch, String ifModifiedSince) {
        headers.forEach(out);
        out.accept(HttpHeaders.ETAG, etag);
        out.accept(HttpHeaders.LAST_MODIFIED, lastModifiedHeader);
        boolean notModified = Conditional.notModified(etag, lastModified, ifNoneMatch, ifModifiedSince);
        if (!notModified) {
            out.accept(HttpHeaders.CONTENT_TYPE, contentType);
        }
        return notModified;
    }

    /** The answer written straight to Vert.x, every time after the first. */
    public void send(HttpServerResponse response, String ifNoneMatch, String ifModifiedSince) {
        if (headers(response::putHeader, ifNoneMatch, ifModifiedSince)) {
            response.setStatusCode(304).end();
        } else {
            response.end(body);
        }
    }
}
