package io.certstats.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The methods each path of the API answers, read once from the resources' own JAX-RS annotations.
 * RESTEasy answers 405 without the {@code Allow} header RFC 9110 requires, and answers OPTIONS
 * with the methods of the whole resource class (PUT on {@code /api/v1/programs}, whose PUT is on a
 * sub-path) and for paths it does not serve at all; this table gives the exact methods of a path.
 */
@Singleton
public class ResourceMethods {

    /** The methods RFC 9110 and RFC 5789 define: anything else is not implemented (501), not merely not allowed. */
    public static final Set<String> KNOWN = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS",
            "TRACE", "PATCH");

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    private volatile Map<Pattern, Set<String>> methodsByPath;

    /** The methods the path answers, sorted, with HEAD where GET is and OPTIONS; empty if nothing is served there. */
    public Set<String> allowed(String path) {
        String trimmed = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Set<String> methods = new TreeSet<>();
        table().forEach((template, answered) -> {
            if (template.matcher(trimmed).matches()) {
                methods.addAll(answered);
            }
        });
        if (methods.contains("GET")) {
            methods.add("HEAD");
        }
        if (!methods.isEmpty()) {
            methods.add("OPTIONS");
        }
        return methods;
    }

    private Map<Pattern, Set<String>> table() {
        Map<Pattern, Set<String>> table = methodsByPath;
        if (table == null) {
            table = new LinkedHashMap<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root != null) {
                    addMethods(table, root.value(), type);
                }
            }
            methodsByPath = table;
        }
        return table;
    }

    private static void addMethods(Map<Pattern, Set<String>> table, String root, Class<?> type) {
        for (Method method : type.getMethods()) {
            String httpMethod = httpMethod(method);
            if (httpMethod == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String template = join(root, sub == null ? "" : sub.value());
            table.computeIfAbsent(regex(template), t -> new TreeSet<>()).add(httpMethod);
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod designator = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    private static String join(String root, String sub) {
        String path = ("/" + root + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** A template such as {@code /api/v1/programs/{slug}} as a pattern: each parameter one segment, or its own regex. */
    private static Pattern regex(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int at = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(at, parameter.start())))
                    .append('(').append(parameter.group(1) == null ? "[^/]+" : parameter.group(1)).append(')');
            at = parameter.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(template.substring(at))).toString());
    }
}
