package io.certstats.caching;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduled check and a write's own refresh can be asked for at once; the one that read the
 * older row must not be the one that sets the revision last.
 */
class DataRevisionsTest {

    /** Refresh A reads revision 1 and stalls; a write commits revision 2; refresh B is asked for; then A goes on. */
    @Test
    void aSlowRefreshOfAnOlderRowDoesNotUndoANewerOne() throws Exception {
        CountDownLatch aHasRead = new CountDownLatch(1);
        CountDownLatch aMayFinish = new CountDownLatch(1);
        AtomicLong database = new AtomicLong(1);
        DataRevisions revisions = new DataRevisions(() -> {
            Revision read = revision(database.get());
            if (Thread.currentThread().getName().equals("refresh-a")) {
                aHasRead.countDown();
                await(aMayFinish);
            }
            return read;
        });
        Thread a = new Thread(revisions::refresh, "refresh-a");
        a.start();
        await(aHasRead);
        database.set(2); // a write commits
        Thread b = new Thread(revisions::refresh, "refresh-b");
        b.start();
        // B either finishes first (refreshes that race) or waits for A (refreshes in turn): let A go on only then.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (b.isAlive() && b.getState() != Thread.State.BLOCKED && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        aMayFinish.countDown();
        a.join(5_000);
        b.join(5_000);
        assertEquals(2, revisions.current().number(), "the refresh that read revision 1 set it last");
    }

    /** A database restored from a backup has an earlier revision: its data is what must be served. */
    @Test
    void aDatabaseRestoredToAnEarlierRevisionIsFollowed() {
        AtomicLong database = new AtomicLong(5);
        DataRevisions revisions = new DataRevisions(() -> revision(database.get()));
        revisions.refresh();
        assertEquals(5, revisions.current().number());
        database.set(3);
        revisions.refresh();
        assertEquals(3, revisions.current().number());
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
