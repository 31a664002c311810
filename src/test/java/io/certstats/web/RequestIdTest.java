package io.certstats.web;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The ids RequestIdFilter makes: random UUIDs as RFC 9562 defines them, never repeated, and the caller's own kept. */
class RequestIdTest {

    @Test
    void madeIdsAreDistinctVersion4Uuids() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = RequestIdFilter.accepted(null);
            UUID parsed = UUID.fromString(id);
            assertEquals(id, parsed.toString(), "canonical lower-case form");
            assertEquals(4, parsed.version(), id);
            assertEquals(2, parsed.variant(), id);
            seen.add(id);
        }
        assertEquals(100_000, seen.size(), "an id was made twice");
    }

    @Test
    void aSensibleCallerIdIsKeptAnyOtherReplaced() {
        assertEquals("trace-42.a_b:c", RequestIdFilter.accepted("trace-42.a_b:c"));
        String replaced = RequestIdFilter.accepted("two words");
        assertNotEquals("two words", replaced);
        assertEquals(4, UUID.fromString(replaced).version());
    }
}
