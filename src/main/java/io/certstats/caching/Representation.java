package io.certstats.caching;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One rendered answer: its bytes, media type, validators and the headers that go with it. What
 * every hit needs (the parsed media type, the HTTP date) is prepared once here, not per request.
 */
public record Representation(long revision, byte[] body, MediaType mediaType, String etag, Instant lastModified,
                             String lastModifiedHeader, Map<String, String> headers) {

    /** IMF-fixdate (RFC 9110), e.g. {@code Thu, 06 Nov 2026 15:55:48 GMT}. */
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    public static Representation of(long revision, byte[] body, String mediaType, String etag, Instant lastModified,
                                    Map<String, String> headers) {
        return new Representation(revision, body, MediaType.valueOf(mediaType), etag, lastModified,
                HTTP_DATE.format(lastModified), Collections.unmodifiableMap(new LinkedHashMap<>(headers)));
    }

    /** 200 with the body, or 304 with the headers only when the request's validators match. */
    public Response answer(String ifNoneMatch, String ifModifiedSince) {
        Response.ResponseBuilder answer = Conditional.notModified(etag, lastModified, ifNoneMatch, ifModifiedSince)
                ? Response.notModified()
                : Response.ok(body, mediaType);
        headers.forEach(answer::header);
        return answer.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, lastModifiedHeader)
                .build();
    }
}
