package io.certstats.caching;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionalTest {

    private static final Instant CHANGED = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void ifNoneMatchComparesOpaqueTagsWeakly() {
        assertTrue(Conditional.notModified("\"a\"", CHANGED, "\"a\"", null));
        assertTrue(Conditional.notModified("\"a\"", CHANGED, "W/\"a\"", null));
        assertTrue(Conditional.notModified("\"a\"", CHANGED, "\"b\", \"a\"", null));
        assertTrue(Conditional.notModified("\"a\"", CHANGED, "*", null));
        assertFalse(Conditional.notModified("\"a\"", CHANGED, "\"b\"", null));
    }

    @Test
    void ifNoneMatchWinsOverIfModifiedSince() {
        assertFalse(Conditional.notModified("\"a\"", CHANGED, "\"b\"", "Thu, 26 Nov 2026 10:00:00 GMT"));
    }

    @Test
    void ifModifiedSinceAtOrAfterTheChangeIsNotModified() {
        assertTrue(Conditional.notModified("\"a\"", CHANGED, null, "Thu, 26 Nov 2026 10:00:00 GMT"));
        assertTrue(Conditional.notModified("\"a\"", CHANGED, null, "Thu, 26 Nov 2026 11:00:00 GMT"));
        assertFalse(Conditional.notModified("\"a\"", CHANGED, null, "Thu, 26 Nov 2026 09:59:59 GMT"));
        assertFalse(Conditional.notModified("\"a\"", CHANGED, null, "yesterday"));
        assertFalse(Conditional.notModified("\"a\"", CHANGED, null, null));
    }
}
