package io.certstats;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SIGTERM under load, as Kubernetes or a rolling restart sends it: the instance reports not-ready
 * at once while still serving (the shutdown delay: time for the balancer's readiness check to take
 * it out), then finishes every request in flight and exits within its timeout. No request sent
 * before the delay ended is cut off: each one gets a whole 200.
 *
 * <p>Requests sent after the delay are the balancer's to avoid, and are only reported: Quarkus 3.33
 * goes on accepting connections for a moment after its drain, and such a late request may find the
 * application already stopped (a reset connection, which nginx retries elsewhere for a GET: see
 * bench/rehearsal.sh), or a closed port.
 */
class GracefulShutdownIT {

    private static final int CLIENTS = 4;
    /** Shorter than production's 3 s delay, to keep the build quick; the same mechanism. */
    private static final Duration DELAY = Duration.ofSeconds(4);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @Test
    void sigtermFinishesEveryRequestInFlight() throws Exception {
        PackagedApp app = PackagedApp.start("graceful-shutdown", Map.of(
                "CERTSTATS_SCHEMA", "certstats_shutdown_it",
                "QUARKUS_FLYWAY_CLEAN_AT_START", "true",
                "CERTSTATS_SHUTDOWN_DELAY", DELAY.toSeconds() + "s",
                "CERTSTATS_SHUTDOWN_TIMEOUT", TIMEOUT.toSeconds() + "s"));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> cutOff = new CopyOnWriteArrayList<>();
        List<String> late = new CopyOnWriteArrayList<>();
        java.util.concurrent.atomic.AtomicLong delayEnds = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int client = 0; client < CLIENTS; client++) {
                int id = client;
                clients.submit(() -> {
                    for (int n = 0; !stop.get(); n++) {
                        // Each request a key of its own, so each is rendered from the database: work in flight, not a memory hit.
                        String path = "/api/v1/certifications?size=" + (1 + (n % 100)) + "&page=" + (1 + id + CLIENTS * (n / 100));
                        boolean inTime = System.nanoTime() < delayEnds.get();
                        try {
                            int status = send(app.port(), path);
                            if (inTime) {
                                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
                                answered.incrementAndGet();
                            } else {
                                late.add(Integer.toString(status));
                            }
                        } catch (ConnectException closed) {
                            refused.incrementAndGet(); // not started: the instance no longer accepts connections
                            sleep(20);
                        } catch (IOException e) {
                            (inTime ? cutOff : late).add(path + ": " + e);
                        }
                    }
                    return null;
                });
            }
            // Under load: the clients keep CLIENTS requests in flight; wait until they run at speed (a cold JVM is slow).
            long warm = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (answered.get() < 50 && System.nanoTime() < warm) {
                Thread.sleep(100);
            }
            int before = answered.get();
            assertTrue(before > 0, "no request answered before SIGTERM");
            long signalled = System.nanoTime();
            app.process().destroy(); // SIGTERM
            delayEnds.set(signalled + DELAY.toNanos());

            int readiness = awaitNotReady(app);
            int servedDuringDelay = send(app.port(), "/api/v1/certifications");
            assertTrue(app.process().waitFor(DELAY.plus(TIMEOUT).toSeconds() + 5, TimeUnit.SECONDS),
                    "the instance did not exit within its delay and timeout");
            long exitedAfter = (System.nanoTime() - signalled) / 1_000_000;
            stop.set(true);
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS));

            System.out.printf("GracefulShutdownIT: %d requests sent before the delay ended were answered (%d before SIGTERM),"
                    + " statuses %s, %d cut off; readiness answered %d during the delay; exited %d ms after SIGTERM (exit status %d);"
                    + " after the delay: %d connections refused, %d other outcomes %s%n", answered.get(), before, statuses,
                    cutOff.size(), readiness, exitedAfter, app.process().exitValue(), refused.get(), late.size(),
                    late.stream().map(outcome -> outcome.replaceAll(".*: ", "")).distinct().toList());
            assertEquals(List.of(), cutOff, "requests cut off by the shutdown");
            assertEquals(503, readiness, "not ready once SIGTERM arrived");
            assertEquals(200, servedDuringDelay, "still serving during the shutdown delay");
            assertEquals(java.util.Set.of(200), statuses.keySet(), "every request sent in time answered 200: " + statuses);
            assertTrue(exitedAfter >= DELAY.toMillis(), "exited before the delay was over: " + exitedAfter + " ms");
        } finally {
            stop.set(true);
            clients.shutdownNow();
            app.close();
        }
    }

    /** /q/health/ready after SIGTERM: 503 well within the delay (a balancer's check then takes the instance out). */
    private static int awaitNotReady(PackagedApp app) throws IOException {
        long deadline = System.nanoTime() + DELAY.dividedBy(2).toNanos();
        int status;
        do {
            status = send(app.port(), "/q/health/ready");
        } while (status == 200 && System.nanoTime() < deadline);
        return status;
    }

    /**
     * One GET on a connection of its own ({@code Connection: close}), read to the end of the answer: an
     * error after the request was written means the request was cut off. Raw sockets, because an HTTP
     * client would retry a GET on a broken connection by itself and hide exactly that.
     */
    private static int send(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.ISO_8859_1);
            if (!text.startsWith("HTTP/1.1 ")) {
                throw new IOException("no answer (" + answer.size() + " bytes)");
            }
            int status = Integer.parseInt(text.substring(9, 12));
            int headersEnd = text.indexOf("\r\n\r\n");
            String length = header(text.substring(0, Math.max(headersEnd, 0)), "content-length");
            boolean whole = length != null ? text.length() - headersEnd - 4 == Integer.parseInt(length)
                    : text.endsWith("0\r\n\r\n"); // chunked: the last chunk came
            if (headersEnd < 0 || !whole) {
                throw new IOException("a partial answer (" + answer.size() + " bytes)");
            }
            return status;
        }
    }

    private static String header(String head, String name) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
