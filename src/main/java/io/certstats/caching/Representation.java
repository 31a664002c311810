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
public record Representation(long revision, Buffer body, String contentType, String etag,
                             Instant lastModified, String lastModifiedHeader, Map<String, String> headers) {

    /** IMF-fixdate (RFC 9110), e.g. {@code Thu, 06 Nov 2026 15:55:48 GMT}. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    public static Representation of(long revision, byte[] body, String contentType, String etag, Instant lastModified,
                                    Map<String, String> headers) {
        // A JDK direct buffer, freed by the collector once no answer holds it; never released by Netty.
        ByteBuffer direct = ByteBuffer.allocateDirect(body.length).put(body).flip();
        Buffer wire = Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(direct)));
        return new Representation(revision, wire, contentType, etag, lastModified,
                HTTP_DATE.format(lastModified), Collections.unmodifiableMap(new LinkedHashMap<>(headers)));
    }

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
