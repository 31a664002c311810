package io.certstats.caching;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.util.Map;

/** One rendered answer: its bytes, media type, validators and the headers that go with it. */
public record Representation(long revision, byte[] body, String mediaType, String etag, Instant lastModified,
                             Map<String, String> headers) {

    /** 200 with the body, or 304 with the headers only when the request's validators match. */
    public Response answer(String ifNoneMatch, String ifModifiedSince) {
        Response.ResponseBuilder answer = Conditional.notModified(etag, lastModified, ifNoneMatch, ifModifiedSince)
                ? Response.notModified()
                : Response.ok(body, mediaType);
        headers.forEach(answer::header);
        return answer.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.LAST_MODIFIED, java.util.Date.from(lastModified))
                .build();
    }
}
