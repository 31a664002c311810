package io.certstats.badge;

import io.certstats.cost.CostService;
import io.certstats.cost.CostView;
import io.certstats.cost.Currency;
import io.certstats.cost.PriceOptions;
import io.certstats.cost.ProgramExams;
import io.certstats.program.Program;
import io.certstats.program.ProgramCatalog;
import io.certstats.rarity.RarityService;
import io.certstats.rarity.RarityView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * The headline figures as badges, each read through the service of the read it summarises (the rarity
 * read's count and ratio, the cost read's totals), so a badge never says what the JSON does not.
 */
@ApplicationScoped
public class Badges {

    @Inject RarityService rarities;
    @Inject CostService costs;

    /** A program's count for a year (default the latest published), as /api/v1/rarity reads it. */
    public Badge count(String program, Integer year) {
        RarityView rarity = rarities.published(program, year, null);
        return Badge.of(rarity.programName() + " " + rarity.year(), number(rarity.count()), "blue");
    }

    /** One in how many of a population base, as /api/v1/rarity answers it. */
    public Badge rarity(String program, Integer year, String population) {
        RarityView rarity = rarities.published(program, year, population);
        String oneIn = rarity.rarity().oneIn() == null ? "none"
                : "1 in " + number(rarity.rarity().oneIn().setScale(0, RoundingMode.HALF_UP).longValueExact());
        return Badge.of("rarity " + rarity.year() + " vs " + rarity.base().slug(), oneIn, "orange");
    }

    /** A program year's set at list price and with vouchers (JPY, no tax), as its cost read answers it. */
    public Badge cost(String program, Integer year) {
        String slug = program == null ? Program.DEFAULT_SLUG : program;
        ProgramCatalog.program(slug);
        int priced = year == null ? ProgramExams.latestYearWithCriteria(slug) : year;
        CostView cost = costs.ofYear(slug, priced, new PriceOptions(Currency.JPY, false));
        return Badge.of("cost of " + slug + " " + priced, yen(cost.listPrice().totals().total()) + " list, "
                + yen(cost.withVouchers().totals().total()) + " with vouchers", "green");
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    private static String yen(BigDecimal amount) {
        return "¥" + NumberFormat.getNumberInstance(Locale.US).format(amount);
    }
}
