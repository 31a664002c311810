package io.certstats.caching;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduled check and a write's own refresh can run at once; the one that read the older row
 * may finish last. The revision must still never move backwards.
 */
class DataRevisionsTest {

    /** Refresh A reads revision 1, stalls; refresh B reads 2 and finishes; then A finishes. */
    @Test
    void aSlowRefreshOfAnOlderRowDoesNotUndoANewerOne() throws Exception {
        CountDownLatch aHasRead = new CountDownLatch(1);
        CountDownLatch bHasFinished = new CountDownLatch(1);
        AtomicLong database = new AtomicLong(1);
        DataRevisions revisions = new DataRevisions(() -> {
            Revision read = revision(database.get());
            if (Thread.currentThread().getName().equals("refresh-a")) {
                aHasRead.countDown();
                await(bHasFinished);
            }
            return read;
        });
        Thread a = new Thread(revisions::refresh, "refresh-a");
        a.start();
        await(aHasRead);
        database.set(2); // a write commits
        revisions.refresh();
        assertEquals(2, revisions.current().number());
        bHasFinished.countDown();
        a.join(5_000);
        assertEquals(2, revisions.current().number(), "the slow refresh of revision 1 finished last");
    }

    private static Revision revision(long number) {
        return new Revision(number, Instant.ofEpochSecond(number));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
