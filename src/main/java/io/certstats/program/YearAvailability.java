package io.certstats.program;

import io.certstats.certification.Availability;
import io.certstats.certification.Certification;
import io.certstats.provenance.PartialDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A program year's criteria judged on one day by {@link Availability}'s rule: whether each required
 * certification could be taken that day, and which ones could be but were not required.
 */
@Schema(name = "YearAvailability", description = "The year's required certifications judged on one day by their own "
        + "dates, as GET /api/v1/certifications?activeOn= judges them: each AVAILABLE, UNAVAILABLE or UNKNOWN, "
        + "with the counts, and the certifications known available that day that the criteria did not require.")
public record YearAvailability(
        @Schema(description = "The day the criteria are judged on (ISO-8601).", format = "date", example = "2024-06-20")
        String day,
        @Schema(description = "Where the day comes from: ACTIVE_ON, the request's activeOn; PUBLISHED_ON, the day "
                + "the year was announced (its source.publishedOn), used when no activeOn is given.")
        DayOf dayOf,
        @Schema(description = "How many certifications the criteria required (the length of criteria).", example = "12")
        int required,
        @Schema(description = "How many of them were known available that day.", example = "11") int available,
        @Schema(description = "How many of them the data's dates do not settle for that day.", example = "1")
        int unknown,
        @Schema(description = "How many of them were known not offered that day.", example = "0") int unavailable,
        @Schema(description = "Each required certification with its availability that day, by code.")
        List<Judged> criteria,
        @Schema(description = "The certifications known available that day that the criteria did not require, by code.")
        List<Judged> availableNotRequired) {

    /** Where the day a year is judged on comes from. */
    @Schema(name = "YearAvailabilityDayOf", description = "ACTIVE_ON: the request's activeOn. PUBLISHED_ON: the "
            + "year's own publication day.")
    public enum DayOf {
        ACTIVE_ON, PUBLISHED_ON
    }

    @Schema(name = "CertificationAvailability", description = "A certification and whether it could be taken on the "
            + "day judged.")
    public record Judged(
            @Schema(example = "SAA") String code,
            @Schema(example = "solutions-architect-associate") String slug,
            Availability.State availability) {
    }

    /**
     * The day to judge a year on: the request's, else the year's publication day when the data gives it to the
     * day (a month or year names no day), else none.
     */
    static Optional<JudgedOn> day(LocalDate activeOn, PartialDate publishedOn) {
        if (activeOn != null) {
            return Optional.of(new JudgedOn(activeOn, DayOf.ACTIVE_ON));
        }
        return publishedOn != null && publishedOn.firstDay().equals(publishedOn.lastDay())
                ? Optional.of(new JudgedOn(publishedOn.firstDay(), DayOf.PUBLISHED_ON)) : Optional.empty();
    }

    /** A day to judge a year on, and where it comes from. */
    record JudgedOn(LocalDate day, DayOf dayOf) {
    }

    /**
     * @param required the codes the criteria required
     * @param all      every certification, sorted by code
     * @param states   each certification's availability on the day, by code
     */
    static YearAvailability of(JudgedOn on, Set<String> required, List<Certification> all,
                               Map<String, Availability.State> states) {
        List<Judged> criteria = all.stream().filter(c -> required.contains(c.code))
                .map(c -> new Judged(c.code, c.slug, states.get(c.code))).toList();
        List<Judged> others = all.stream()
                .filter(c -> !required.contains(c.code) && states.get(c.code) == Availability.State.AVAILABLE)
                .map(c -> new Judged(c.code, c.slug, Availability.State.AVAILABLE)).toList();
        return new YearAvailability(on.day().toString(), on.dayOf(), criteria.size(), count(criteria, Availability.State.AVAILABLE),
                count(criteria, Availability.State.UNKNOWN), count(criteria, Availability.State.UNAVAILABLE),
                criteria, others);
    }

    private static int count(List<Judged> judged, Availability.State state) {
        return (int) judged.stream().filter(j -> j.availability() == state).count();
    }
}
