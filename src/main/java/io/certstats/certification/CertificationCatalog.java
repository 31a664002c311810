package io.certstats.certification;

import io.certstats.errors.ApiException;
import io.certstats.web.Page;
import io.certstats.web.Paging;

import java.util.Comparator;
import java.util.List;

/** The reads of certifications: the filtered, sorted page of views, and one by slug or exam code. */
public final class CertificationCatalog {

    private CertificationCatalog() {
    }

    public static Page<CertificationView> list(CertificationFilter filter, Paging paging) {
        List<Certification> matching = Certification.filtered(filter.level(), filter.status(), filter.activeOn())
                .stream().sorted(Comparator.comparing((Certification c) -> c.level).thenComparing(c -> c.code))
                .toList();
        // Views only for the page: each reads its exam versions, which are loaded lazily.
        return Page.of(matching, paging).map(CertificationView::of);
    }

    public static CertificationView get(String slugOrExamCode) {
        return Certification.findBySlugOrExamCode(slugOrExamCode).map(CertificationView::of)
                .orElseThrow(() -> ApiException.notFound(
                        "No certification has the slug or exam code '" + slugOrExamCode + "'"));
    }
}
