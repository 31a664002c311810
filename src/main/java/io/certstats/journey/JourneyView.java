package io.certstats.journey;

import io.certstats.certification.Level;
import io.certstats.cost.Currency;
import io.certstats.cost.PlanView;
import io.certstats.cost.TotalsView;
import io.certstats.formats.Tabular;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

@Schema(name = "JourneyEvaluation", description = "What an exam history amounts to on a day: certifications held "
        + "and when they expire, program years met, money spent, and what keeping the set takes.")
public record JourneyView(
        @Schema(description = "The day evaluated.", example = "2025-06-30") LocalDate asOf,
        @Schema(example = "JPY") Currency currency,
        @Schema(description = "Certifications held on asOf, soonest expiry first.") List<Held> held,
        @Schema(description = "Certifications once held that had expired by asOf.") List<Expired> expired,
        @Schema(description = "Vouchers granted by passes and still unused and valid on asOf.")
        List<Voucher> unusedVouchers,
        @Schema(description = "For each program year whose criteria are known: met on asOf or not.")
        List<ProgramYearStatus> programYears,
        @Schema(description = "What the attempts cost.") Money money,
        @Schema(description = "The expiry of each held certification, soonest first, and the exams whose "
                + "passing would renew it.") List<Deadline> nextDeadlines,
        @Schema(description = "The smallest set of exams that renews every held certification that can still "
                + "be renewed, priced on asOf.") RenewalPlan renewalPlan,
        @Schema(description = "What the evaluation assumes, in words.") List<String> assumptions) implements Tabular {

    /** In CSV: the per-attempt breakdown, one row per attempt. */
    @Override
    public List<?> rows() {
        return money.attempts();
    }

    @Schema(name = "JourneyHeld", description = "A certification held on asOf.")
    public record Held(
            @Schema(example = "SAA") String certification,
            @Schema(example = "solutions-architect-associate") String slug,
            @Schema(example = "ASSOCIATE") Level level,
            @Schema(description = "First day of the unbroken holding: the pass that earned it.", example = "2023-04-10")
            LocalDate earnedOn,
            @Schema(description = "Day of the pass that set the current expiry.", example = "2024-09-02")
            LocalDate renewedOn,
            @Schema(description = "The certification whose pass set the current expiry (itself, or one that "
                    + "renews it).", example = "SAP") String renewedBy,
            @Schema(description = "The first day it is no longer held.", example = "2027-09-02") LocalDate expiresOn,
            @Schema(description = "Whether its exam is retired on asOf: it is held until it expires but cannot "
                    + "be renewed.", example = "false") boolean retired) {
    }

    @Schema(name = "JourneyExpired", description = "A certification that expired before asOf.")
    public record Expired(
            @Schema(example = "CLF") String certification,
            @Schema(example = "cloud-practitioner") String slug,
            @Schema(example = "2024-03-21") LocalDate expiredOn) {
    }

    @Schema(name = "JourneyVoucher", description = "An unused exam voucher.")
    public record Voucher(
            @Schema(description = "The certification whose pass granted it.", example = "SAA") String grantedBy,
            @Schema(example = "2024-09-02") LocalDate grantedOn,
            @Schema(description = "The first day it can no longer be used.", example = "2027-09-02") LocalDate expiresOn) {
    }

    @Schema(name = "JourneyProgramYear", description = "Whether a program year's criteria were met on asOf.")
    public record ProgramYearStatus(
            @Schema(example = "jp-all-certifications-engineers") String program,
            @Schema(example = "2025") int year,
            @Schema(description = "Every required certification is held on asOf.", example = "false") boolean met,
            @Schema(description = "Required certifications never passed.", example = "[\"ANS\"]") List<String> missing,
            @Schema(description = "Required certifications passed but expired on asOf.", example = "[\"CLF\"]")
            List<String> expired) {
    }

    @Schema(name = "JourneyMoney", description = "What the attempts cost, in the chosen currency.")
    public record Money(
            @Schema(description = "Sums over every attempt.") TotalsView totals,
            @Schema(description = "totals.total divided by the number of certifications held on asOf, rounded "
                    + "half up; null when none is held.", example = "27500", nullable = true) BigDecimal perCertificationHeld,
            @Schema(description = "Each attempt, in the order taken.") List<AttemptCost> attempts) {
    }

    /** One priced attempt, flat so that it can be written as a CSV row. */
    @Schema(name = "JourneyAttemptCost", description = "One attempt and what it cost.")
    public record AttemptCost(
            @Schema(description = "The attempt's index in the request, from 0.", example = "0") int attempt,
            @Schema(example = "SAA") String certification,
            @Schema(example = "solutions-architect-associate") String slug,
            @Schema(description = "The exam code given, if one was; null when the attempt named a slug.", example = "SAA-C03", nullable = true) String examCode,
            @Schema(example = "ASSOCIATE") Level level,
            @Schema(description = "The date as given.", example = "2024-09") String date,
            @Schema(description = "The day priced (the first of the month for a month).", example = "2024-09-01")
            LocalDate pricedOn,
            @Schema(example = "true") boolean passed,
            @Schema(description = "The certification whose voucher paid part of it; null when none.", example = "CLF", nullable = true)
            String voucherFrom,
            @Schema(example = "20000") BigDecimal fee,
            @Schema(example = "10000") BigDecimal discount,
            @Schema(example = "10000") BigDecimal net,
            @Schema(description = "Null when no tax is known or charged.", example = "10", nullable = true) Integer taxPercent,
            @Schema(description = "Null when no tax is known or charged.", example = "1000", nullable = true) BigDecimal tax,
            @Schema(example = "11000") BigDecimal total) {
    }

    @Schema(name = "JourneyDeadline", description = "When a held certification expires and what renews it.")
    public record Deadline(
            @Schema(example = "SAA") String certification,
            @Schema(example = "2027-09-02") LocalDate expiresOn,
            @Schema(description = "Whether its exam is retired: it cannot be renewed.", example = "false")
            boolean retired,
            @Schema(description = "Exams still offered whose passing renews it (itself included).",
                    example = "[\"SAA\",\"SAP\"]") List<String> renewedByPassing) {
    }

    @Schema(name = "JourneyRenewalPlan", description = "The smallest set of exams whose passing renews every held "
            + "certification that can still be renewed, priced on asOf.")
    public record RenewalPlan(
            @Schema(example = "2025-06-30") LocalDate pricesOn,
            @Schema(example = "[\"SAP\"]") List<String> exams,
            PlanView listPrice,
            PlanView withVouchers) {
    }
}
