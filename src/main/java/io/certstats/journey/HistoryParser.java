package io.certstats.journey;

import io.certstats.cost.Currency;
import io.certstats.provenance.PartialDate;
import io.certstats.errors.ApiException;
import io.certstats.errors.Problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a journey request and turns it into attempts, collecting every mistake so one 400 answer
 * names each bad field by its place in the body ({@code attempts[3].date}).
 */
final class HistoryParser {

    static final int MAX_ATTEMPTS = 500;
    private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

    record History(List<Attempt> attempts, LocalDate asOf, Currency currency) {
    }

    private final Function<String, Optional<Offering>> offerings;
    private final LocalDate today;
    private final List<Problem.ParameterError> errors = new ArrayList<>();

    /** {@code offerings} finds what a slug or exam code names, ignoring case. */
    HistoryParser(Function<String, Optional<Offering>> offerings, LocalDate today) {
        this.offerings = offerings;
        this.today = today;
    }

    History parse(JourneyRequest request) {
        if (request == null) {
            throw ApiException.invalidBody(List.of(error("body", "is required: a JSON object with attempts")));
        }
        if (request.attempts() == null) {
            reject("attempts", "is required: a list of attempts, empty if there were none");
        } else if (request.attempts().size() > MAX_ATTEMPTS) {
            reject("attempts", "must list at most " + MAX_ATTEMPTS + " attempts, not " + request.attempts().size());
        }
        LocalDate asOf = asOf(request.asOf());
        Currency currency = currency(request.currency());
        throwIfInvalid(); // attempts are checked against asOf, so a bad asOf or list stops here
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < request.attempts().size(); i++) {
            attempt(i, request.attempts().get(i), asOf).ifPresent(attempts::add);
        }
        throwIfInvalid();
        return new History(attempts, asOf, currency);
    }

    private LocalDate asOf(String raw) {
        if (raw == null) {
            return today;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            reject("asOf", "must be an ISO-8601 day such as 2025-06-30, not '" + raw + "'");
            return today;
        }
    }

    private Currency currency(String raw) {
        if (raw == null) {
            return Currency.JPY;
        }
        try {
            return Currency.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject("currency", "must be JPY or USD, not '" + raw + "'");
            return Currency.JPY;
        }
    }

    private Optional<Attempt> attempt(int i, JourneyRequest.AttemptInput input, LocalDate asOf) {
        String at = "attempts[" + i + "]";
        if (input == null) {
            reject(at, "must be an attempt object, not null");
            return Optional.empty();
        }
        Optional<Offering> offering = Optional.empty();
        if (input.certification() == null || input.certification().isBlank()) {
            reject(at + ".certification", "is required: a certification slug or exam code");
        } else {
            offering = offerings.apply(input.certification().strip());
            if (offering.isEmpty()) {
                reject(at + ".certification", "is not a known certification slug or exam code: '"
                        + input.certification() + "'; GET /api/v1/certifications lists them");
            }
        }
        if (input.passed() == null) {
            reject(at + ".passed", "is required: true or false");
        }
        PartialDate when = date(at + ".date", input.date());
        if (when != null) {
            checkDate(at + ".date", when, asOf, offering.orElse(null));
        }
        if (offering.isEmpty() || when == null || input.passed() == null) {
            return Optional.empty();
        }
        Offering o = offering.get();
        return Optional.of(new Attempt(i, o.certification(), o.slug(), o.level(), o.examCode(), input.date().strip(),
                when, input.passed()));
    }

    private PartialDate date(String field, String raw) {
        if (raw == null) {
            reject(field, "is required: a day (2024-09-02) or a month (2024-09)");
            return null;
        }
        try {
            if (DAY_OR_MONTH.matcher(raw.strip()).matches()) {
                return PartialDate.parse(raw.strip());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        reject(field, "must be a day (2024-09-02) or a month (2024-09), not '" + raw + "'");
        return null;
    }

    private void checkDate(String field, PartialDate when, LocalDate asOf, Offering offering) {
        if (when.firstDay().isAfter(today)) {
            reject(field, "is in the future (today is " + today + ")");
        } else if (when.firstDay().isAfter(asOf)) {
            reject(field, "is after asOf (" + asOf + ")");
        }
        if (offering == null) {
            return;
        }
        String exam = offering.examCode() == null ? offering.certification() : offering.examCode();
        if (offering.from() != null && when.lastDay().isBefore(offering.from().firstDay())) {
            reject(field, "is before " + exam + " could first be taken (" + format(offering.from()) + ")");
        }
        if (offering.until() != null && when.firstDay().isAfter(offering.until().lastDay())) {
            reject(field, "is after the last day " + exam + " could be taken (" + format(offering.until()) + ")");
        }
    }

    private static String format(PartialDate date) {
        return date.firstDay().equals(date.lastDay()) ? date.firstDay().toString()
                : date.firstDay().toString().substring(0, 7);
    }

    private void reject(String field, String message) {
        errors.add(error(field, message));
    }

    private static Problem.ParameterError error(String field, String message) {
        return new Problem.ParameterError(field, "body", message);
    }

    private void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiException.invalidBody(errors);
        }
    }
}
