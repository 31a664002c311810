package io.certstats.web;

import io.certstats.errors.Problem;
import io.certstats.errors.ApiException;

import io.certstats.provenance.Source;
import io.certstats.provenance.SourceLink;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the fields of a write's JSON body and collects every mistake, so that one 400 answer
 * names each bad field (as a JSON path such as {@code source.links[0].url}) with what is allowed.
 */
public final class BodyErrors {

    private final List<Problem.ParameterError> errors = new ArrayList<>();
    private final Clock clock;

    public BodyErrors(Clock clock) {
        this.clock = clock;
    }

    public BodyErrors() {
        this(Clock.systemUTC());
    }

    public void reject(String field, String message) {
        errors.add(new Problem.ParameterError(field, "body", message));
    }

    public void required(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field, "is required and must not be blank");
        }
    }

    public void required(String field, Object value) {
        if (value == null) {
            reject(field, "is required");
        }
    }

    /** Null is allowed: it means "not known". */
    public void atLeast(String field, Number value, long min) {
        if (value != null && value.longValue() < min) {
            reject(field, "must be " + min + " or more, not " + value);
        }
    }

    /** Null allowed; otherwise an absolute http or https URL with a host. */
    public void httpUrl(String field, String url) {
        if (url == null) {
            return;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        reject(field, "must be an absolute http(s) URL, not '" + url + "'");
    }

    /**
     * Null allowed; otherwise an ISO-8601 date with the precision the source gives: a day
     * ({@code 2024-06-20}) or a month ({@code 2024-06}), and a year alone when {@code yearAllowed}.
     */
    public void partialDate(String field, String value, boolean yearAllowed, boolean pastOnly) {
        if (value == null) {
            return;
        }
        LocalDate firstDay;
        try {
            firstDay = switch (value.length()) {
                case 4 -> yearAllowed ? Year.parse(value).atDay(1) : null;
                case 7 -> YearMonth.parse(value).atDay(1);
                case 10 -> LocalDate.parse(value);
                default -> null;
            };
        } catch (DateTimeParseException e) {
            firstDay = null;
        }
        if (firstDay == null) {
            reject(field, "must be an ISO-8601 date: a day (2024-06-20) or a month (2024-06)"
                    + (yearAllowed ? " or a year (2024)" : "") + ", not '" + value + "'");
        } else if (pastOnly && firstDay.isAfter(LocalDate.now(clock))) {
            reject(field, "must not be in the future, not '" + value + "'");
        }
    }

    /**
     * The links of a source: each an http(s) URL, with a label that the data files' form
     * ({@code url (label) | url}) can hold.
     */
    public void sourceLinks(String field, List<SourceLink> links) {
        if (links == null) {
            return;
        }
        for (int i = 0; i < links.size(); i++) {
            SourceLink link = links.get(i);
            String at = field + "[" + i + "]";
            if (link == null) {
                reject(at, "must be an object with a url");
                continue;
            }
            required(at + ".url", link.url());
            httpUrl(at + ".url", link.url());
            if (link.label() != null && (link.label().contains(" | ") || link.label().contains(")")
                    || link.label().contains("\n"))) {
                reject(at + ".label", "must not contain ' | ', ')' or a line break");
            }
        }
    }

    /** A source with a publication date (program years, exam codes, certifications). */
    public void source(String field, Source source) {
        if (source == null) {
            return;
        }
        sourceLinks(field + ".links", source.links());
        partialDate(field + ".publishedOn", source.publishedOn(), false, true);
    }

    /** Answers 400 with every field that was wrong, if any was. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.invalidBody(errors);
        }
    }
}
