package io.certstats.database;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts a {@link TcpProxy} in front of the PostgreSQL the build uses (QUARKUS_DATASOURCE_JDBC_URL,
 * or the application's default) and points the app's datasource at the proxy. Tests get the proxy
 * injected into a field of type {@link TcpProxy}.
 */
public class DatabaseProxyResource implements QuarkusTestResourceLifecycleManager {

    private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?(/.*)");
    /** The same default as application.properties. */
    private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/postgres";

    private TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        String url = System.getProperty("quarkus.datasource.jdbc.url",
                System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", DEFAULT_URL));
        Matcher parts = POSTGRES_URL.matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("cannot put a proxy in front of " + url);
        }
        try {
            proxy = new TcpProxy(parts.group(1), parts.group(2) == null ? 5432 : Integer.parseInt(parts.group(2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + proxy.port() + parts.group(3));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(TcpProxy.class));
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
