package io.certstats.vintage;

import io.certstats.errors.ApiException;
import io.certstats.errors.Problem;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The {@code asOf} parameter: a day ({@code 2025-01-31}, which stands for the data at the end of that
 * day, UTC) or a timestamp with its offset ({@code 2025-01-31T09:00:00Z}, {@code 2025-01-31T18:00+09:00}).
 * A time after now is refused: the API does not know what it will serve.
 */
public final class AsOf {

    public static final String PARAMETER = "asOf";

    private AsOf() {
    }

    /**
     * The time the text names, to the second (times are kept to the second); null for no text. Blanks around
     * it are read as the other parameters read them: left out.
     */
    public static Instant parse(String sent, Clock clock) {
        if (sent == null || sent.isEmpty()) {
            return null;
        }
        String text = sent.strip();
        Instant now = clock.instant();
        Instant at;
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                at = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
                if (day.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
                    throw refused("must not be after today (" + LocalDate.ofInstant(now, ZoneOffset.UTC)
                            + ", UTC), not " + text);
                }
                return at.isAfter(now) ? now.truncatedTo(ChronoUnit.SECONDS) : at; // today: the data now
            }
            at = OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeException e) {
            throw refused("must be a day (YYYY-MM-DD) or a timestamp with its offset (YYYY-MM-DDThh:mm:ssZ), not '"
                    + text + "'");
        }
        if (at.isAfter(now)) {
            throw refused("must not be in the future (after " + now.truncatedTo(ChronoUnit.SECONDS) + "), not " + text);
        }
        return at;
    }

    private static ApiException refused(String message) {
        return ApiException.badParameters(List.of(Problem.ParameterError.query(PARAMETER, message)));
    }
}
