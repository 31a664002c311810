package io.certstats.caching;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged app, started as separate processes over one database: the same data gives the
 * same ETags after a restart and on every replica, and a change made in PostgreSQL reaches every
 * running replica within seconds, without a restart.
 */
class ReplicasIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final String SCHEMA = "certstats_replicas_it";
    private static final String CHANGED = "/api/v1/populations/jp-it-companies";
    private static final List<String> PATHS = List.of("/api/v1/certifications", "/api/v1/certifications/SAA-C03",
            "/api/v1/programs/jp-all-certifications-engineers/years", "/api/v1/populations?format=csv",
            CHANGED, "/api/v1/rarity", "/api/v1/rarity/matrix?format=csv");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static final String JDBC_URL = env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/postgres");
    private static final String USER = env("QUARKUS_DATASOURCE_USERNAME", "postgres");
    private static final String PASSWORD = env("QUARKUS_DATASOURCE_PASSWORD", "postgres");

    @Test
    void replicasAgreeOnETagsAcrossRestartsAndSeeAChangeWithinSeconds() throws Exception {
        Map<String, String> first;
        try (Instance one = Instance.start("first", true)) {
            first = one.etags();
        }
        try (Instance a = Instance.start("a", false); Instance b = Instance.start("b", false)) {
            assertEquals(first, a.etags(), "same data, restarted: same ETags");
            assertEquals(first, b.etags(), "same data, another replica: same ETags");

            String notes = notes();
            try {
                setNotes(notes + " (changed by ReplicasIT)");
                long started = System.nanoTime();
                a.awaitETagOtherThan(CHANGED, first.get(CHANGED));
                b.awaitETagOtherThan(CHANGED, first.get(CHANGED));
                long millis = (System.nanoTime() - started) / 1_000_000;
                System.out.printf("ReplicasIT: a change in PostgreSQL reached both replicas in %d ms%n", millis);
                assertTrue(millis < 3_000, "the change took " + millis + " ms to reach both replicas");
                assertEquals(a.get(CHANGED).headers().firstValue("ETag"), b.get(CHANGED).headers().firstValue("ETag"));
            } finally {
                setNotes(notes);
            }
            a.awaitETag(CHANGED, first.get(CHANGED));
            b.awaitETag(CHANGED, first.get(CHANGED));
        }
    }

    private static String notes() throws SQLException {
        try (Connection c = DriverManager.getConnection(JDBC_URL, USER, PASSWORD);
             PreparedStatement select = c.prepareStatement("select notes from " + SCHEMA + ".population where slug = ?")) {
            select.setString(1, "jp-it-companies");
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    private static void setNotes(String notes) throws SQLException {
        try (Connection c = DriverManager.getConnection(JDBC_URL, USER, PASSWORD);
             PreparedStatement update = c.prepareStatement("update " + SCHEMA + ".population set notes = ? where slug = ?")) {
            update.setString(1, notes);
            update.setString(2, "jp-it-companies");
            assertEquals(1, update.executeUpdate());
        }
    }

    /** One running instance of the packaged app. */
    private record Instance(Process process, int port) implements AutoCloseable {

        static Instance start(String name, boolean cleanSchema) throws IOException, InterruptedException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path log = Path.of("target", "replicas-it-" + name + ".log");
            // The JVM running this test is the JDK the build selected (the `java` on the PATH may be older).
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar", JAR.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", JDBC_URL);
            env.put("QUARKUS_DATASOURCE_USERNAME", USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
            env.put("CERTSTATS_SCHEMA", SCHEMA);
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", Boolean.toString(cleanSchema));
            Instance instance = new Instance(builder.start(), port);
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline && instance.process.isAlive()) {
                try {
                    if (instance.get("/q/health/ready").statusCode() == 200) {
                        return instance;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(200);
            }
            instance.close();
            throw new AssertionError("instance " + name + " did not become ready; see " + log + ":\n"
                    + Files.readString(log));
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        }

        Map<String, String> etags() throws IOException, InterruptedException {
            Map<String, String> etags = new LinkedHashMap<>();
            for (String path : PATHS) {
                HttpResponse<String> answer = get(path);
                assertEquals(200, answer.statusCode(), path);
                etags.put(path, answer.headers().firstValue("ETag").orElseThrow());
            }
            return etags;
        }

        void awaitETagOtherThan(String path, String etag) throws IOException, InterruptedException {
            await(path, etag, false);
        }

        void awaitETag(String path, String etag) throws IOException, InterruptedException {
            await(path, etag, true);
        }

        private void await(String path, String etag, boolean equal) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            String seen;
            do {
                seen = get(path).headers().firstValue("ETag").orElseThrow();
                if (seen.equals(etag) == equal) {
                    return;
                }
                Thread.sleep(50);
            } while (System.nanoTime() < deadline);
            throw new AssertionError(path + " on port " + port + " still answers ETag " + seen);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
