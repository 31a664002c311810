package io.certstats.certification;

import io.certstats.errors.ApiException;
import io.certstats.web.Page;
import io.certstats.web.Paging;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The reads of certifications: the filtered, sorted page of views, and one by slug or exam code. */
public final class CertificationCatalog {

    private static final Comparator<Certification> ORDER = Comparator.comparing((Certification c) -> c.level)
            .thenComparing(c -> c.code);

    private CertificationCatalog() {
    }

    public static CertificationPage list(CertificationFilter filter, Paging paging) {
        LocalDate day = filter.activeOn();
        if (day == null) {
            List<Certification> matching = Certification.filtered(filter.level(), filter.status()).stream()
                    .sorted(ORDER).toList();
            return page(Page.of(matching, paging).map(CertificationView::of), null, null);
        }
        Map<String, Availability.State> states = Certification.availabilityOn(filter.level(), filter.status(), day);
        List<String> listed = states.entrySet().stream()
                .filter(e -> e.getValue() == Availability.State.AVAILABLE
                        || filter.includeUnknown() && e.getValue() == Availability.State.UNKNOWN)
                .map(Map.Entry::getKey).toList();
        List<Certification> matching = Certification.withCodes(listed).stream().sorted(ORDER).toList();
        int unknown = (int) states.values().stream().filter(s -> s == Availability.State.UNKNOWN).count();
        // Views only for the page: each reads its exam versions, which are loaded lazily.
        return page(Page.of(matching, paging).map(c -> CertificationView.of(c, day, states.get(c.code))), day, unknown);
    }

    /** Every certification, in the list's order: the rows of every page of {@link #list} without filters. */
    public static List<CertificationView> all() {
        return Certification.filtered(null, null).stream().sorted(ORDER).map(CertificationView::of).toList();
    }

    public static CertificationView get(String slugOrExamCode) {
        return get(slugOrExamCode, null);
    }

    /** With its and its exam codes' availability on {@code day}, by the rule the list's activeOn uses; null for none. */
    public static CertificationView get(String slugOrExamCode, LocalDate day) {
        Certification c = Certification.findBySlugOrExamCode(slugOrExamCode).orElseThrow(() -> ApiException.notFound(
                "No certification has the slug or exam code '" + slugOrExamCode + "'"));
        return CertificationView.of(c, day, day == null ? null : Certification.availabilityOn(c.code, day));
    }

    private static CertificationPage page(Page<CertificationView> page, LocalDate day, Integer unknown) {
        return new CertificationPage(page.items(), page.total(), page.page(), page.size(),
                day == null ? null : day.toString(), unknown);
    }
}
