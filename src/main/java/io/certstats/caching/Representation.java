package io.certstats.caching;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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

    /** Whether a client holding these validators already has this answer (then 304, without the body). */
    public boolean notModified(String ifNoneMatch, String ifModifiedSince) {
        return Conditional.notModified(etag, lastModified, ifNoneMatch, ifModifiedSince);
    }

    /** The answer as RESTEasy sends it, the first time it is rendered. */
    public Response answer(String ifNoneMatch, String ifModifiedSince) {
        Response.ResponseBuilder answer = notModified(ifNoneMatch, ifModifiedSince)
                ? Response.notModified()
                : Response.ok(body.getBytes()).header(HttpHeaders.CONTENT_TYPE, contentType);
        headers.forEach(answer::header);
        return answer.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, lastModifiedHeader)
                .build();
    }

    /** The same answer written straight to Vert.x, every time after. */
    public void send(HttpServerResponse response, String ifNoneMatch, String ifModifiedSince) {
        headers.forEach(response::putHeader);
        response.putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.LAST_MODIFIED, lastModifiedHeader);
        if (notModified(ifNoneMatch, ifModifiedSince)) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, contentType).end(body);
        }
    }
}
