package io.certstats.caching;

import io.certstats.formats.Format;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's reads and the query parameters each accepts, read once from the JAX-RS resource
 * methods themselves ({@code @GET}, {@code @Path}, {@code @QueryParam}, {@code @Produces}), so
 * that the list is never kept by hand: a parameter added to a method is accepted at once. The
 * response cache uses it to refuse unknown parameters and to key answers on declared ones only,
 * before RESTEasy routes the request (which is what makes a refusal or a hit cheap).
 */
@ApplicationScoped
public class ReadOperations {

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]*}");

    private final List<ReadOperation> operations;

    public ReadOperations(BeanManager beans) {
        List<ReadOperation> found = new ArrayList<>();
        // Quarkus REST makes every resource class a bean, so the bean container knows them all.
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            if (type.isAnnotationPresent(Path.class)) {
                for (Method method : type.getMethods()) {
                    if (method.isAnnotationPresent(GET.class)) {
                        found.add(operation(type, method));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(ReadOperation::literalLength).reversed());
        this.operations = List.copyOf(found);
    }

    /** The read a raw (still percent-encoded) path names, or null if none does. */
    ReadOperation match(String rawPath) {
        for (ReadOperation operation : operations) {
            if (operation.path().matcher(rawPath).matches()) {
                return operation;
            }
        }
        return null;
    }

    List<ReadOperation> all() {
        return operations;
    }

    private static ReadOperation operation(Class<?> type, Method method) {
        String template = join(type.getAnnotation(Path.class).value(),
                method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
        Set<String> parameters = new LinkedHashSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                parameters.add(query.value());
            }
        }
        parameters.add(ReadOperation.FORMAT); // formats/FormatParameterFilter reads it on every request
        parameters.add(ReadOperation.PRETTY); // CachingFilters indents JSON on every read
        Produces produces = method.isAnnotationPresent(Produces.class) ? method.getAnnotation(Produces.class)
                : type.getAnnotation(Produces.class);
        List<Format> formats = new ArrayList<>();
        for (String mediaType : produces == null ? new String[0] : produces.value()) {
            for (Format format : Format.values()) {
                if (format.mediaType().equalsIgnoreCase(mediaType.strip()) && !formats.contains(format)) {
                    formats.add(format);
                }
            }
        }
        return new ReadOperation(template, regex(template), List.copyOf(parameters), List.copyOf(formats));
    }

    private static String join(String first, String second) {
        String path = ("/" + first + "/" + second).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A template variable stands for one segment; RESTEasy also matches the path with a trailing slash. */
    private static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = VARIABLE.matcher(template);
        int at = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(at, variable.start()))).append("[^/]+");
            at = variable.end();
        }
        regex.append(Pattern.quote(template.substring(at))).append("/?");
        return Pattern.compile(regex.toString());
    }
}
