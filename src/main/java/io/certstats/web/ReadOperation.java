package io.certstats.web;

import io.certstats.formats.Format;
import io.certstats.vintage.AsOf;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One read of the API as its resource method declares it: the path template, the query parameters
 * it accepts (its own, in declaration order, then {@code asOf} where the resource is vintaged, and
 * {@code format} and {@code pretty}, which every read takes) and the formats it answers in, in order of preference.
 */
record ReadOperation(String template, Pattern path, List<String> parameters, List<Format> formats) {

    static final String FORMAT = "format";
    static final String PRETTY = "pretty";

    /** The declared spelling of a query parameter named in any case (Vert.x reads names case-insensitively), or null. */
    String declared(String name) {
        for (String parameter : parameters) {
            if (parameter.equalsIgnoreCase(name)) {
                return parameter;
            }
        }
        return null;
    }

    /**
     * The accepted parameters as the API document lists them: the operation's own in alphabetical
     * order (SmallRye's), then {@code asOf} where it is taken, {@code format} and {@code pretty}.
     */
    List<String> accepted() {
        List<String> shared = Stream.of(AsOf.PARAMETER, FORMAT, PRETTY).filter(parameters::contains).toList();
        return Stream.concat(parameters.stream().filter(p -> !shared.contains(p)).sorted(), shared.stream()).toList();
    }
}
