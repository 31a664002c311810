package io.certstats;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** For tests of reads as of a past time: the data's history keeps times to the second. */
public final class Seconds {

    private Seconds() {
    }

    /** Waits into the next second and returns the current one: a change made from now on is after it. */
    public static String secondAfterNow() throws InterruptedException {
        Instant now = Instant.now();
        Thread.sleep(1000 - now.getNano() / 1_000_000 + 20);
        return now.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
