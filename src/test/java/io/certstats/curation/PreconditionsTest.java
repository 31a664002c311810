package io.certstats.curation;

import io.certstats.errors.ApiException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PreconditionsTest {

    private static final String CURRENT = "\"abc\"";

    private static int status(String ifMatch, String ifNoneMatch, String current, boolean creationAllowed) {
        return assertThrows(ApiException.class,
                () -> Preconditions.check(ifMatch, ifNoneMatch, current, creationAllowed)).type().status();
    }

    @Test
    void theCurrentETagOrAStarLetsAChangeThrough() {
        assertDoesNotThrow(() -> Preconditions.check(CURRENT, null, CURRENT, false));
        assertDoesNotThrow(() -> Preconditions.check("\"old\", " + CURRENT, null, CURRENT, false));
        assertDoesNotThrow(() -> Preconditions.check("*", null, CURRENT, false));
    }

    @Test
    void aStaleOrWeakETagIs412() {
        assertEquals(412, status("\"old\"", null, CURRENT, false));
        assertEquals(412, status("W/" + CURRENT, null, CURRENT, false));
    }

    @Test
    void noPreconditionIs428() {
        assertEquals(428, status(null, null, CURRENT, false));
        assertEquals(428, status(null, null, null, true));
        assertEquals(428, status(null, "*", null, false));
    }

    @Test
    void creatingNeedsIfNoneMatchStarAndNothingThere() {
        assertDoesNotThrow(() -> Preconditions.check(null, "*", null, true));
        assertEquals(412, status(null, "*", CURRENT, true));
        assertEquals(412, status(CURRENT, null, null, true));
        assertEquals(412, status("*", null, null, true));
    }
}
