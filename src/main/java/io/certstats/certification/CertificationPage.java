package io.certstats.certification;

import io.certstats.web.Paged;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/**
 * A page of certifications; with {@code activeOn}, also how many were left out as unknown on that day,
 * which the answer repeats in {@code X-Unknown-Count} so that a CSV reader sees it too.
 */
@Schema(name = "CertificationPage", description = "One page of certifications. With activeOn, the known-available "
        + "ones (and, with includeUnknown=true, the unknown ones too), and how many are unknown on that day.")
public record CertificationPage(
        List<CertificationView> items,
        @Schema(description = "How many items match, on all pages.", example = "6") long total,
        @Schema(description = "This page's number, from 1.", example = "1") int page,
        @Schema(description = "The page size asked for.", example = "50") int size,
        @Schema(description = "The day asked about (activeOn); null without activeOn.", example = "2024-04-08",
                format = "date", nullable = true) String activeOn,
        @Schema(description = "With activeOn: how many certifications of the level and status asked for are "
                + "unknown on that day (their dates do not settle it), listed or not; also in X-Unknown-Count. "
                + "Null without activeOn.", example = "9", nullable = true) Integer unknownCount) implements Paged {

    public static final String UNKNOWN_COUNT = "X-Unknown-Count";

    @Override
    public Map<String, String> headers() {
        return unknownCount == null ? Map.of() : Map.of(UNKNOWN_COUNT, unknownCount.toString());
    }
}
