package io.certstats.journey;

import io.certstats.cost.Currency;
import io.certstats.errors.ApiException;
import io.certstats.errors.Problem;
import io.certstats.provenance.PartialDate;
import io.certstats.validation.Params;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Turns a journey request whose fields have passed their constraints into attempts, checking what
 * needs the data: that each certification or exam code is known, and that each date is not after
 * asOf nor outside the days its exam could be taken. Collects every mistake, so one 400 answer names
 * each bad field by its place in the body ({@code attempts[3].date}).
 */
final class HistoryParser {

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
        LocalDate asOf = request.asOf() == null ? today : Params.date(request.asOf());
        Currency currency = request.currency() == null ? Currency.JPY
                : Params.constant(request.currency(), Currency.class);
        List<Attempt> attempts = IntStream.range(0, request.attempts().size())
                .mapToObj(i -> attempt(i, request.attempts().get(i), asOf)).flatMap(Optional::stream).toList();
        if (!errors.isEmpty()) {
            throw ApiException.invalidBody(errors);
        }
        return new History(attempts, asOf, currency);
    }

    private Optional<Attempt> attempt(int i, JourneyRequest.AttemptInput input, LocalDate asOf) {
        String at = "attempts[" + i + "]";
        Optional<Offering> offering = offerings.apply(input.certification().strip());
        if (offering.isEmpty()) {
            reject(at + ".certification", "is not a known certification slug or exam code: '"
                    + input.certification() + "'; GET /api/v1/certifications lists them");
        }
        PartialDate when = PartialDate.parse(input.date().strip());
        checkDate(at + ".date", when, asOf, offering.orElse(null));
        return offering.map(o -> new Attempt(i, o.certification(), o.slug(), o.level(), o.examCode(),
                input.date().strip(), when, input.passed()));
    }

    private void checkDate(String field, PartialDate when, LocalDate asOf, Offering offering) {
        if (when.firstDay().isAfter(asOf)) {
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
        errors.add(Problem.ParameterError.body(field, message));
    }
}
