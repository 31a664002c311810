package io.certstats.database;

import io.certstats.ApiTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "The database goes away": the app reaches PostgreSQL through a {@link TcpProxy} that this test
 * cuts while requests run, and restores. While it is down, reads answered before keep being served
 * from memory (the rendered answers of the current data revision), reads that need the database
 * answer a 503 problem within a bounded time, and readiness is DOWN while liveness stays UP; once
 * it is back, the app recovers by itself.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughProxy.class)
class DatabaseOutageTest extends ApiTest {

    public static class ThroughProxy implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseProxyResource.class));
        }
    }

    /** Reads that need the database the first time they are asked, and are then kept in memory. */
    static final List<String> DATABASE_READS = List.of("/api/v1/certifications", "/api/v1/certifications/SAA-C03",
            "/api/v1/programs", "/api/v1/programs/jp-all-certifications-engineers/years",
            "/api/v1/programs/jp-all-certifications-engineers/years/2024", "/api/v1/populations",
            "/api/v1/populations/jp-it-companies", "/api/v1/rarity");

    /**
     * The longest a request may take while the database is down: the pool's acquisition timeout (3 s)
     * plus margin for a slow, shared build machine. Without the timeouts it would hang for minutes.
     */
    static final Duration BOUND = Duration.ofSeconds(10);

    TcpProxy proxy;

    @AfterEach
    void restore() {
        proxy.restore();
    }

    /**
     * The same read, but never answered from memory: a read sent with credentials is always
     * rendered (and never kept). Unknown query parameters no longer serve: they are refused (400)
     * before the cache, and every spelling of one request shares its entry.
     */
    private static io.restassured.specification.RequestSpecification neverAsked(long n) {
        return given().header("Authorization", "Bearer outage-test-" + n);
    }

    @Test
    void outageAnswers503ProblemsAndTheAppRecoversByItself() throws Exception {
        Map<String, String> etags = new ConcurrentHashMap<>();
        DATABASE_READS.forEach(path -> etags.put(path, given().get(path).then().statusCode(200).extract().header("ETag")));
        java.util.concurrent.atomic.AtomicLong unique = new java.util.concurrent.atomic.AtomicLong();

        // Clients keep reading while the proxy is cut under them.
        AtomicBoolean running = new AtomicBoolean(true);
        Map<Integer, LongAdder> seen = new ConcurrentHashMap<>();
        ExecutorService clients = Executors.newFixedThreadPool(3);
        List<Future<?>> loops = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int offset = i;
            loops.add(clients.submit(() -> {
                for (int n = offset; running.get(); n++) {
                    String path = DATABASE_READS.get(n % DATABASE_READS.size());
                    int status = (n % 2 == 0 ? given() : neverAsked(unique.incrementAndGet())).get(path)
                            .statusCode();
                    seen.computeIfAbsent(status, s -> new LongAdder()).increment();
                }
            }));
        }
        Thread.sleep(300);
        proxy.cut();

        for (String path : DATABASE_READS) {
            // answered before the outage: still served, from memory, unchanged
            given().get(path).then().statusCode(200).header("ETag", etags.get(path));
            // never answered: needs the database
            Response answer = neverAsked(unique.incrementAndGet()).get(path);
            answer.then().statusCode(503).contentType(PROBLEM)
                    .header("Retry-After", "5")
                    .body("type", equalTo("/problems/database-unavailable"))
                    .body("status", equalTo(503))
                    .body("instance", equalTo(path))
                    .body("requestId", equalTo(answer.header("X-Request-Id")));
            assertTrue(answer.timeIn(TimeUnit.MILLISECONDS) < BOUND.toMillis(),
                    path + " took " + answer.timeIn(TimeUnit.MILLISECONDS) + " ms while the database was down");
        }
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1").then().statusCode(200); // served from memory: needs no database
        invalidRequest().get("/api/v1/certifications?size=1000").then().statusCode(400); // validation needs none either

        proxy.restore();
        awaitReady();
        DATABASE_READS.forEach(path -> neverAsked(unique.incrementAndGet()).get(path).then().statusCode(200)
                .header("X-Request-Id", matchesPattern(".+")));

        running.set(false);
        for (Future<?> loop : loops) {
            loop.get(BOUND.toSeconds(), TimeUnit.SECONDS); // no client is left hanging
        }
        clients.shutdown();
        Map<Integer, Long> statuses = new TreeMap<>();
        seen.forEach((status, n) -> statuses.put(status, n.sum()));
        System.out.println("Requests run by clients during the outage test, by status: " + statuses);
        assertEquals(Map.of(), filterOut(statuses, 200, 503), "only 200 and 503 while the database came and went");
        assertTrue(statuses.getOrDefault(503, 0L) > 0, "the clients saw the outage");
    }

    /** Polls readiness until it is UP again, within a bound: recovery needs no restart. */
    private static void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (given().get("/q/health/ready").statusCode() != 200) {
            assertTrue(System.nanoTime() < deadline, "readiness did not come back within 30 s");
            Thread.sleep(200);
        }
    }

    private static Map<Integer, Long> filterOut(Map<Integer, Long> statuses, int... expected) {
        Map<Integer, Long> others = new TreeMap<>(statuses);
        for (int status : expected) {
            others.remove(status);
        }
        return others;
    }
}
