package io.certstats.journey;

import io.certstats.certification.Availability;
import io.certstats.certification.Certification;
import io.certstats.certification.ExamVersion;
import io.certstats.certification.Status;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What each slug and exam code of a history names, with the bounds outside which {@link Availability} calls it
 * UNAVAILABLE: the parser refuses an attempt only there, and accepts one on a day the rule calls UNKNOWN.
 */
final class Offerings {

    private final Map<String, Offering> byKey = new HashMap<>();

    Offerings(List<Certification> certifications) {
        for (Certification c : certifications) {
            byKey.put(c.slug.toLowerCase(Locale.ROOT), new Offering(c.code, c.slug, c.level, null,
                    Availability.start(c).orElse(null),
                    c.status == Status.RETIRED ? Availability.end(c).orElse(null) : null));
            for (ExamVersion v : c.examVersions) {
                // Each code by its own dates: a sibling's (above all a successor's) never bound it.
                byKey.put(v.examCode.toUpperCase(Locale.ROOT), new Offering(c.code, c.slug, c.level, v.examCode,
                        Availability.start(v, c).orElse(null), Availability.end(v, c).orElse(null)));
            }
        }
    }

    /** Slugs are kept in lower case and exam codes in upper case, so any case finds either. */
    Optional<Offering> find(String key) {
        return Optional.ofNullable(byKey.getOrDefault(key.toLowerCase(Locale.ROOT),
                byKey.get(key.toUpperCase(Locale.ROOT))));
    }
}
