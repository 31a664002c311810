package io.certstats.caching;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cache-busting from outside: 100,000 requests to every GET of bench/endpoints.txt, each with a
 * query parameter no operation declares or an Accept header no one sent before. The first are
 * refused (400) and the second share the few entries their representation needs, so the cache
 * stays within its byte bound and the process within its memory.
 */
@QuarkusTest
class CacheBoundTest {

    static final int REQUESTS = Integer.getInteger("cache.bound.requests", 100_000);
    static final int IN_FLIGHT = 8;
    /** What the flood may add to the heap in use after a full collection: far less than one entry a request. */
    static final long HEAP_GROWTH_BOUND = 32L << 20;

    @TestHTTPResource("/")
    URL base;

    @Inject
    RepresentationCache cache;

    @Test
    void distinctUnknownParametersAndAcceptHeadersStayWithinTheBound() throws Exception {
        List<String> paths = Files.readAllLines(Path.of("bench/endpoints.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.trim().split("\\s+")[1]).toList();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(threads)
                .connectTimeout(Duration.ofSeconds(5)).build();

        cache.clear();
        for (String path : paths) {
            assertEquals(200, client.send(request(path, null), HttpResponse.BodyHandlers.discarding()).statusCode(), path);
        }
        long entriesOfAllAnswers = cache.size();
        long weightOfAllAnswers = cache.weight();
        System.out.printf("Every answer of bench/endpoints.txt (%d, JSON and CSV): %d entries, %d bytes weighed; "
                + "bound %d bytes%n", paths.size(), entriesOfAllAnswers, weightOfAllAnswers, cache.maxBytes());
        assertEquals(paths.size(), entriesOfAllAnswers);
        assertTrue(4 * weightOfAllAnswers <= cache.maxBytes(), "the default bound holds every answer four times over");

        long heapBefore = heapAfterGc();
        long directBefore = direct();
        Map<String, LongAdder> answers = new ConcurrentHashMap<>();
        List<String> wrong = Collections.synchronizedList(new ArrayList<>());
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            String path = paths.get(i % paths.size());
            String kind;
            HttpRequest request;
            if (i % 2 == 0) {
                kind = "unknown parameter";
                request = request(path + (path.contains("?") ? "&" : "?") + "zz" + i + "=" + i, null);
            } else if (i % 50 == 1) {
                kind = "garbage Accept";
                request = request(path, "garbage-" + i);
            } else {
                kind = "distinct Accept";
                request = request(path, accept(i));
            }
            int expected = switch (kind) {
                case "unknown parameter" -> 400;
                case "garbage Accept" -> path.contains("format=") ? 200 : 406;
                default -> 200;
            };
            inFlight.acquire();
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                inFlight.release();
                int status = response == null ? -1 : response.statusCode();
                answers.computeIfAbsent(kind + " -> " + status, k -> new LongAdder()).increment();
                if (status != expected || status >= 400
                        && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    wrong.add(request.uri() + " " + request.headers().firstValue("Accept").orElse("") + ": " + status);
                }
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        long millis = (System.nanoTime() - started) / 1_000_000;
        threads.shutdown();

        long entries = cache.size();
        long weight = cache.weight();
        long heapAfter = heapAfterGc();
        long directAfter = direct();
        System.out.printf("Sent %d cache-busting requests in %d ms (%d a second): %s%n", REQUESTS, millis,
                REQUESTS * 1000L / Math.max(1, millis), new TreeMap<>(answers));
        System.out.printf("Cache: bound %d bytes, measured %d bytes in %d entries (%d before)%n",
                cache.maxBytes(), weight, entries, entriesOfAllAnswers);
        System.out.printf("Heap used after GC: %d MB before, %d MB after; direct buffers: %d KB before, %d KB after "
                + "(bounds: heap +%d MB, direct +%d KB)%n", heapBefore >> 20, heapAfter >> 20, directBefore >> 10,
                directAfter >> 10, HEAP_GROWTH_BOUND >> 20, cache.maxBytes() >> 10);

        assertAll(
                () -> assertEquals(List.of(), wrong.subList(0, Math.min(10, wrong.size())),
                        wrong.size() + " answers were wrong"),
                () -> assertTrue(weight <= cache.maxBytes(), "the cache weighs " + weight + " bytes, over its bound"),
                // each answer in JSON and in CSV at most, however many spellings of Accept came
                () -> assertTrue(entries <= 2L * paths.size(), entries + " entries for " + paths.size() + " answers"),
                () -> assertTrue(directAfter - directBefore <= cache.maxBytes(),
                        "direct buffers grew by " + (directAfter - directBefore)),
                () -> assertTrue(heapAfter - heapBefore <= HEAP_GROWTH_BOUND, "heap grew by " + (heapAfter - heapBefore)));
    }

    /**
     * Distinct every time, always meaning "JSON, or CSV where only CSV is asked for by format=", or, where a
     * read answers no JSON (a citation, the data package), its first representation, through a wildcard.
     */
    private static String accept(int i) {
        return switch (i % 4) {
            case 1 -> "application/json;q=0." + (1 + i % 9) + ", text/x-unknown-" + i + ";q=0.1, */*;q=0.001";
            case 3 -> "*/*;q=0.8, application/x-" + i;
            default -> "application/vnd.certstats-" + i + "+json, application/json";
        } + (i % 3 == 0 ? ", text/csv;q=0.0" + (1 + i % 9) : "");
    }

    private HttpRequest request(String path, String accept) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30)).GET();
        if (accept != null) {
            builder.header("Accept", accept);
        }
        return builder.build();
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long direct() {
        return ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .filter(pool -> pool.getName().equals("direct")).mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
    }
}
