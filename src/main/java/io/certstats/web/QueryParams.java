package io.certstats.web;

import io.certstats.errors.Problem;
import io.certstats.errors.ApiException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Parses query parameters from their raw text and collects every mistake, so that one 400 answer
 * names all bad parameters with what is allowed. (JAX-RS would turn a failed conversion of a typed
 * query parameter into a bare 404.)
 */
public final class QueryParams {

    private final List<Problem.ParameterError> errors = new ArrayList<>();

    public Integer integer(String name, String raw, int min, int max) {
        return integer("query", name, raw, min, max);
    }

    /** A path segment that must be a number, e.g. the year of /years/{year}: bad text is a 400, not a 404. */
    public int pathInteger(String name, String raw, int min, int max) {
        Integer value = integer("path", name, raw, min, max);
        return value == null ? min : value;
    }

    private Integer integer(String in, String name, String raw, int min, int max) {
        if (raw == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new Problem.ParameterError(name, in,
                "must be a whole number from " + min + " to " + max + ", not '" + raw + "'"));
        return null;
    }

    public int integer(String name, String raw, int min, int max, int defaultValue) {
        Integer value = integer(name, raw, min, max);
        return value == null ? defaultValue : value;
    }

    public Long positiveLong(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reject(name, "must be a whole number, 1 or more, not '" + raw + "'");
        return null;
    }

    public Long nonNegativeLong(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reject(name, "must be a whole number, 0 or more, not '" + raw + "'");
        return null;
    }

    public LocalDate date(String name, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            reject(name, "must be an ISO-8601 date such as 2024-06-20, not '" + raw + "'");
            return null;
        }
    }

    /** Case-insensitive: {@code level=associate} reads as {@code ASSOCIATE}. */
    public <E extends Enum<E>> E enumValue(String name, String raw, Class<E> type) {
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject(name, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + raw + "'");
            return null;
        }
    }

    public void reject(String name, String message) {
        errors.add(new Problem.ParameterError(name, "query", message));
    }

    public void rejectPath(String name, String message) {
        errors.add(new Problem.ParameterError(name, "path", message));
    }

    /** Answers 400 with every parameter that was wrong, if any was. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.badParameters(errors);
        }
    }
}
