package io.certstats.web;

import io.certstats.formats.Format;
import io.certstats.vintage.AsOf;
import io.certstats.vintage.Vintaged;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every operation of the API as its resource method declares it, read once at start-up from the
 * JAX-RS annotations themselves, so no list of paths, methods or parameters is kept by hand. Used
 * before RESTEasy routes a request: for exact methods ({@link MethodFilter}: RESTEasy answers 405
 * without the {@code Allow} header RFC 9110 requires, and OPTIONS with a whole class's methods) and
 * by the read pipeline for the parameters and formats each read declares ({@link ReadOperation}), so
 * a parameter added to a method is accepted at once.
 */
@Singleton
public class Routes {

    /** The methods RFC 9110 and RFC 5789 define: anything else is not implemented (501), not merely not allowed. */
    public static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT",
            "OPTIONS", "TRACE", "PATCH");

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");

    /** One operation: its HTTP method, path template, the template as a pattern of raw paths, and its Java method. */
    public record Route(String method, String template, Pattern path, Class<?> resource, Method handler) {

        /** How many characters of the template are literal: the more, the more specific (JAX-RS matching order). */
        public int literalLength() {
            return VARIABLE.matcher(template).replaceAll("").length();
        }
    }

    private final List<Route> routes;
    /** The reads, most specific template first, as JAX-RS matches them. */
    private final List<ReadOperation> reads;

    public Routes(BeanManager beans) {
        // Quarkus REST makes every resource class a bean, so the bean container knows them all.
        this.routes = beans.getBeans(Object.class, Any.Literal.INSTANCE).stream().<Class<?>>map(Bean::getBeanClass)
                .filter(type -> type.isAnnotationPresent(Path.class))
                .flatMap(type -> Stream.of(type.getMethods()).filter(method -> httpMethod(method) != null)
                        .map(method -> route(type, method)))
                .toList();
        this.reads = routes.stream().filter(route -> route.method().equals("GET"))
                .sorted(Comparator.comparingInt(Route::literalLength).reversed())
                .map(Routes::read)
                .toList();
    }

    /** The methods a raw path answers, sorted, with HEAD where GET is and OPTIONS; empty if nothing is served there. */
    public Set<String> allowed(String path) {
        Set<String> methods = routes.stream().filter(route -> route.path().matcher(path).matches())
                .map(Route::method).collect(Collectors.toCollection(TreeSet::new));
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods;
    }

    /** The template of the most specific operation a raw path matches, whatever its method, or null if none does. */
    public String template(String path) {
        return routes.stream().filter(route -> route.path().matcher(path).matches())
                .max(Comparator.comparingInt(Route::literalLength)).map(Route::template).orElse(null);
    }

        /** The read a raw (still percent-encoded) path names, or null if none does. */
    ReadOperation read(String rawPath) {
        for (ReadOperation read : reads) {
            if (read.path().matcher(rawPath).matches()) {
                return read;
            }
        }
        return null;
    }

    private static Route route(Class<?> type, Method method) {
        Path sub = method.getAnnotation(Path.class);
        String template = join(type.getAnnotation(Path.class).value(), sub == null ? "" : sub.value());
        return new Route(httpMethod(method), template, regex(template), type, method);
    }

    private static ReadOperation read(Route route) {
        Set<String> parameters = new LinkedHashSet<>();
        for (Parameter parameter : route.handler().getParameters()) {
            queryParameters(parameter.getAnnotation(QueryParam.class), parameter.getType(), parameters);
        }
        if (route.resource().isAnnotationPresent(Vintaged.class)) {
            parameters.add(AsOf.PARAMETER); // the vintage interceptor reads it
        }
        parameters.add(ReadOperation.FORMAT); // FormatParameterFilter reads it on every request
        parameters.add(ReadOperation.PRETTY); // ReadPipeline indents JSON on every read
        Produces produces = route.handler().isAnnotationPresent(Produces.class)
                ? route.handler().getAnnotation(Produces.class) : route.resource().getAnnotation(Produces.class);
        List<Format> formats = Stream.of(produces == null ? new String[0] : produces.value()).map(String::strip)
                .flatMap(type -> Stream.of(Format.values()).filter(f -> f.mediaType().equalsIgnoreCase(type)))
                .distinct().toList();
        return new ReadOperation(route.template(), route.path(), List.copyOf(parameters), formats);
    }

    /**
     * A {@code @QueryParam}'s name; or, for a parameter object (a {@code @BeanParam}, which Quarkus REST
     * also binds without the annotation), the query parameters its fields declare, in order.
     */
    static void queryParameters(QueryParam query, Class<?> type, Set<String> names) {
        if (query != null) {
            names.add(query.value());
        } else if (!type.isPrimitive() && !type.isArray() && !type.getName().startsWith("java.")) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(QueryParam.class) || field.isAnnotationPresent(BeanParam.class)) {
                    queryParameters(field.getAnnotation(QueryParam.class), field.getType(), names);
                }
            }
        }
    }

    private static String httpMethod(Method method) {
        return Stream.of(method.getAnnotations()).map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                .filter(Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
    }

    private static String join(String first, String second) {
        String path = ("/" + first + "/" + second).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A template variable stands for one segment; RESTEasy also matches the path with a trailing slash. */
    private static Pattern regex(String template) {
        return Pattern.compile(Stream.of(VARIABLE.split(template, -1)).map(Pattern::quote)
                .collect(Collectors.joining("[^/]+", "", "/?")));
    }
}
