package io.certstats.datapackage;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.certstats.certification.CertificationView;
import io.certstats.certification.ExamCodeView;
import io.certstats.certification.Level;
import io.certstats.cost.CertificationBenefit;
import io.certstats.cost.ConsumptionTax;
import io.certstats.cost.Currency;
import io.certstats.cost.ExamFee;
import io.certstats.program.ProgramCriterion;
import io.certstats.program.ProgramYearView;
import io.certstats.provenance.PartialDate;
import io.certstats.provenance.Source;
import io.certstats.provenance.SourceDocument;
import io.certstats.recertification.Recertification;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rows of the package's tables that no list read serves as they are: a read's items with the key of the
 * read they came from ({@code program} before a program's years), and the reference tables the reads use
 * (fees, criteria, sources) with their provenance as every read writes it ({@link Source}).
 */
final class Rows {

    private Rows() {
    }

    /** One exam code, as a certification's {@code examCodes} list serves it. */
    record ExamCode(@Schema(description = "The certification's slug.") String certification,
                    @JsonUnwrapped ExamCodeView examCode) {

        static java.util.stream.Stream<ExamCode> of(CertificationView certification) {
            return certification.examCodes().stream().map(code -> new ExamCode(certification.slug(), code));
        }
    }

    /** One year of a program, as {@code GET /api/v1/programs/{slug}/years} serves it. */
    record ProgramYear(@Schema(description = "The program's slug.") String program,
                       @JsonUnwrapped ProgramYearView year) {
    }

    /** One certification a program year's criteria required. */
    record Criterion(@Schema(description = "The program's slug.") String program,
                     @Schema(description = "The program year.") int year,
                     @Schema(description = "The certification's slug.") String certification,
                     @Schema(description = "Why the data counts it among that year's criteria.") String basis,
                     Source source) {

        static Criterion of(ProgramCriterion c) {
            return new Criterion(c.programSlug, c.year, c.certification.slug, c.basis,
                    Source.of(c.sources, null, null, null, null));
        }
    }

    /** A source the figures cite, as sources.csv describes it. */
    record SourceRow(@Schema(description = "The source's address.") String url,
                     @Schema(description = "Its title; empty where the data does not record it.") String title,
                     @Schema(description = "Who published it.") String publisher,
                     @Schema(description = "When it was published (ISO-8601, year, month or day precision).")
                     String publishedOn,
                     @Schema(description = "When it was read.") LocalDate accessedOn) {

        static SourceRow of(SourceDocument d) {
            return new SourceRow(d.url, d.title, d.publisher, PartialDate.iso(d.publishedOn), d.accessedOn);
        }
    }

    /** An exam fee by level and currency, excluding tax, over the dates it applies. */
    record Fee(Level level, Currency currency,
               @Schema(description = "The fee in the currency's units.") BigDecimal amount,
               @Schema(description = "First day it applies; empty when always.") LocalDate effectiveFrom,
               @Schema(description = "Last day it applies; empty while it applies.") LocalDate effectiveUntil,
               @Schema(description = "What the amount includes.") String tax,
               Source source) {

        static Fee of(ExamFee f) {
            return new Fee(f.level, f.currency, f.amount, f.effectiveFrom, f.effectiveUntil, f.tax,
                    Source.of(f.sources, null, null, null, null));
        }
    }

    /** A consumption tax rate over the dates it applies. */
    record Tax(@Schema(description = "ISO 3166 country code.") String country,
               @Schema(description = "The rate in percent.") int ratePercent,
               @Schema(description = "First day it applies.") LocalDate effectiveFrom,
               @Schema(description = "Last day it applies; empty while it applies.") LocalDate effectiveUntil,
               Source source) {

        static Tax of(ConsumptionTax t) {
            return new Tax(t.country, t.ratePercent, t.effectiveFrom, t.effectiveUntil,
                    Source.of(t.sources, null, t.notes, null, null));
        }
    }

    /** A benefit a certification brings (its validity, a voucher), as the cost computations apply it. */
    record Benefit(@Schema(description = "The benefit.") String benefit,
                   @Schema(description = "How much of it.") String value,
                   @Schema(description = "How the computations apply it.") String rule,
                   Source source) {

        static Benefit of(CertificationBenefit b) {
            return new Benefit(b.benefit, b.value, b.rule, Source.of(b.sources, null, null, null, null));
        }
    }

    /** Passing (or renewing) one certification renews another. */
    record Renewal(@Schema(description = "The exam code prefix of the certification passed or renewed.") String renewing,
                   @Schema(description = "The exam code prefix of the certification it also renews.") String alsoRenews,
                   Source source) {

        static Renewal of(Recertification r) {
            return new Renewal(r.renewing, r.alsoRenews, Source.of(r.sources, null, r.notes, null, null));
        }
    }
}
