package io.certstats.web;

import io.certstats.formats.Accept;
import io.certstats.formats.Format;
import io.certstats.formats.Language;
import io.vertx.core.MultiMap;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a read's answer depends on, in one canonical form: the path, the operation's declared query
 * parameters in their declared order with the value RESTEasy gives the resource (the first one,
 * decoded; an empty one is none), and the negotiated representation, never the raw Accept text.
 * Any number of spellings of one request share one key, so one cache entry.
 *
 * @param query  the canonical query string, also the one the paging links keep
 * @param format the negotiated representation, or null when it is not certain (the answer is then not kept)
 * @param pretty whether {@code pretty} was given (it indents JSON only)
 */
record RequestKey(String path, String query, List<Map.Entry<String, String>> parameters, Format format,
                  boolean pretty) {

    /** The key of the cache: also names the representation, since one path has several. */
    String value() {
        return path + '?' + query + '#' + format + (pretty && format == Format.JSON ? ";pretty" : "");
    }

    /** The query parameters the request names that the operation does not declare, each once, as and in the order sent. */
    static List<String> unknown(ReadOperation operation, MultiMap query) {
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<String, String> parameter : query.entries()) { // in the order sent
            String name = parameter.getKey();
            if (operation.declared(name) == null && unknown.stream().noneMatch(name::equalsIgnoreCase)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /**
     * The key of a read whose parameters are all declared. Its format is null when the
     * representation it gets is not certain (an odd Accept, a bad {@code format}): RESTEasy then
     * answers it, and it is not kept.
     */
    static RequestKey of(String path, ReadOperation operation, MultiMap query, List<String> accept,
                         String acceptLanguage) {
        List<Map.Entry<String, String>> parameters = new ArrayList<>();
        Format format = null;
        boolean pretty = false;
        for (String name : operation.parameters()) {
            List<String> values = query.getAll(name); // case-insensitive, as RESTEasy reads them
            if (values.isEmpty()) {
                continue;
            }
            String value = values.get(0);
            if (name.equals(ReadOperation.PRETTY)) {
                pretty = true; // present, whatever its value
                parameters.add(Map.entry(name, ""));
            } else if (name.equals(ReadOperation.FORMAT)) {
                format = Format.parameterOrNull(value);
                if (format == null || !operation.formats().contains(format)) {
                    // refused by FormatParameterFilter (400), or not offered (406)
                    return new RequestKey(path, queryString(parameters), List.copyOf(parameters), null, false);
                }
                parameters.add(Map.entry(name, format.name().toLowerCase(Locale.ROOT)));
            } else if (!value.isEmpty()) {
                parameters.add(Map.entry(name, value));
            }
        }
        if (operation.parameters().contains(Language.PARAMETER)
                && parameters.stream().noneMatch(p -> p.getKey().equals(Language.PARAMETER))) {
            // a drawn answer's labels follow Accept-Language when lang is not given: the key names the
            // language it picks, in lang's declared place, so that ?lang=ja and Accept-Language: ja share one entry
            parameters.add(Map.entry(Language.PARAMETER, Language.of(acceptLanguage).code()));
            parameters.sort(java.util.Comparator.comparingInt(p -> operation.parameters().indexOf(p.getKey())));
        }
        if (format == null) {
            format = Accept.negotiate(accept, operation.formats());
        }
        return new RequestKey(path, queryString(parameters), List.copyOf(parameters), format, pretty);
    }

    /** The canonical query of another page of the same list: {@code page} in its declared place. */
    String pageQuery(ReadOperation operation, String pageParameter, int page) {
        return queryString(operation.parameters().stream().flatMap(name -> name.equals(pageParameter)
                ? Stream.of(Map.entry(name, Integer.toString(page)))
                : parameters.stream().filter(p -> p.getKey().equals(name)).limit(1)).toList());
    }

    static String queryString(List<Map.Entry<String, String>> parameters) {
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> parameter : parameters) {
            query.append(query.isEmpty() ? "" : "&").append(parameter.getKey());
            if (!parameter.getValue().isEmpty()) {
                query.append('=').append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
