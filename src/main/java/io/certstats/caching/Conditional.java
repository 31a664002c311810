package io.certstats.caching;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** RFC 9110 conditional GET: whether a client's copy is still current. */
final class Conditional {

    private Conditional() {
    }

    /**
     * If-None-Match wins when present (compared weakly, as the RFC says for GET); otherwise
     * If-Modified-Since, at the one-second precision of HTTP dates.
     */
    static boolean notModified(String etag, Instant lastModified, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                    .anyMatch(tag -> tag.equals("*") || opaque(tag).equals(opaque(etag)));
        }
        if (ifModifiedSince != null) {
            try {
                Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return !lastModified.isAfter(since);
            } catch (DateTimeParseException e) {
                return false; // an invalid date is ignored, as the RFC says
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
