package io.certstats.caching;

import io.certstats.formats.Format;
import io.certstats.web.Routes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The API's reads and the query parameters each accepts, taken from the resource methods themselves
 * ({@link Routes}: {@code @GET}, {@code @Path}, {@code @QueryParam}, {@code @Produces}), so that the
 * list is never kept by hand: a parameter added to a method is accepted at once. The response cache
 * uses it to refuse unknown parameters and to key answers on declared ones only, before RESTEasy
 * routes the request (which is what makes a refusal or a hit cheap).
 */
@ApplicationScoped
public class ReadOperations {

    private final List<ReadOperation> operations;

    public ReadOperations(Routes routes) {
        this.operations = routes.all().stream()
                .filter(route -> route.method().equals("GET"))
                .sorted(Comparator.comparingInt(Routes.Route::literalLength).reversed())
                .map(ReadOperations::operation)
                .toList();
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

    private static ReadOperation operation(Routes.Route route) {
        Set<String> parameters = new LinkedHashSet<>();
        for (Parameter parameter : route.handler().getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                parameters.add(query.value());
            } else if (parameter.isAnnotationPresent(BeanParam.class) && parameter.getType().isRecord()) {
                for (RecordComponent component : parameter.getType().getRecordComponents()) { // a parameter record
                    QueryParam inRecord = component.getAccessor().getAnnotation(QueryParam.class);
                    if (inRecord != null) {
                        parameters.add(inRecord.value());
                    }
                }
            }
        }
        parameters.add(ReadOperation.FORMAT); // formats/FormatParameterFilter reads it on every request
        parameters.add(ReadOperation.PRETTY); // CachingFilters indents JSON on every read
        Produces produces = route.handler().isAnnotationPresent(Produces.class)
                ? route.handler().getAnnotation(Produces.class) : route.resource().getAnnotation(Produces.class);
        List<Format> formats = new ArrayList<>();
        for (String mediaType : produces == null ? new String[0] : produces.value()) {
            for (Format format : Format.values()) {
                if (format.mediaType().equalsIgnoreCase(mediaType.strip()) && !formats.contains(format)) {
                    formats.add(format);
                }
            }
        }
        return new ReadOperation(route.template(), route.path(), List.copyOf(parameters), List.copyOf(formats));
    }
}
