package io.certstats;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One running instance of the packaged app (target/quarkus-app), started by a test as an operator
 * would: {@code java -jar} in the prod profile, with the database from the environment (else the
 * tests' postgres/postgres), its own schema and a free port. For the tests that need several
 * processes or a signal (ReplicasIT, GracefulShutdownIT), which {@code @QuarkusIntegrationTest}
 * does not give.
 */
public record PackagedApp(String name, Process process, int port) implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    public static final String JDBC_URL = env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/postgres");
    public static final String USER = env("QUARKUS_DATASOURCE_USERNAME", "postgres");
    public static final String PASSWORD = env("QUARKUS_DATASOURCE_PASSWORD", "postgres");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Starts the jar and waits until /q/health/ready answers 200.
     *
     * @param settings environment variables on top of the database's (e.g. CERTSTATS_SCHEMA)
     */
    public static PackagedApp start(String name, Map<String, String> settings) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = log(name);
        // The JVM running this test is the JDK the build selected (the `java` on the PATH may be older).
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", JDBC_URL);
        env.put("QUARKUS_DATASOURCE_USERNAME", USER);
        env.put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
        env.putAll(settings);
        PackagedApp app = new PackagedApp(name, builder.start(), port);
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos(); // a start took up to 200 s on the crowded 2-core machine
        while (System.nanoTime() < deadline && app.process.isAlive()) {
            try {
                if (app.get("/q/health/ready").statusCode() == 200) {
                    return app;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        app.close();
        throw new AssertionError("instance " + name + " did not become ready; see " + log + ":\n" + Files.readString(log));
    }

    public static Path log(String name) {
        return Path.of("target", "packaged-app-" + name + ".log");
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
