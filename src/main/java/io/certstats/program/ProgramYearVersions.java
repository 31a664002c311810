package io.certstats.program;

import com.fasterxml.jackson.databind.JsonNode;
import io.certstats.provenance.EvidenceGrade;
import io.certstats.provenance.PartialDate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Merges the stored versions of a program year's row and of its source links (V8's data_history) into the
 * versions of the figure as the API served it: a new version wherever either changed, consecutive equal
 * ones joined. Plain Java, so the merge is tested without a database.
 */
final class ProgramYearVersions {

    /**
     * One stored version: a row of {@code program_year} or of {@code program_year_sources} (its source's URL
     * in {@code url}), in force from {@code from} until {@code until} (null: still).
     */
    record Stored(boolean link, JsonNode row, String url, Instant from, Instant until, String recordedBy,
                  String endedBy) {

        boolean inForceAt(Instant time) {
            return !from.isAfter(time) && (until == null || until.isAfter(time));
        }
    }

    private ProgramYearVersions() {
    }

    /** The figure's versions up to {@code at} (null: now); a change after it is not yet known then. */
    static List<ProgramYearHistory.Version> merge(List<Stored> stored, Instant at) {
        TreeSet<Instant> changes = new TreeSet<>();
        for (Stored version : stored) {
            changes.add(version.from());
            if (version.until() != null) {
                changes.add(version.until());
            }
        }
        if (at != null) {
            changes.removeIf(at::isBefore);
        }
        List<ProgramYearHistory.Version> versions = new ArrayList<>();
        for (Instant time : changes) {
            Stored year = stored.stream().filter(s -> !s.link() && s.inForceAt(time)).findFirst().orElse(null);
            ProgramYearHistory.Version version = year == null ? null : version(year.row(), time, recordedBy(stored, time),
                    stored.stream().filter(s -> s.link() && s.inForceAt(time))
                            .sorted(Comparator.comparingInt(s -> s.row().path("position").asInt()))
                            .map(Stored::url).toList());
            ProgramYearHistory.Version last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
            if (last != null && last.until() == null) {
                if (version != null && sameFigure(last, version)) {
                    continue; // a change that left the served figure as it was (another year's, say)
                }
                versions.set(versions.size() - 1, until(last, time));
            }
            if (version != null) {
                versions.add(version);
            }
        }
        return versions;
    }

    private static ProgramYearHistory.Version version(JsonNode row, Instant from, String recordedBy, List<String> sources) {
        String publishedOn = row.path("published_on_first_day").isTextual()
                ? new PartialDate(LocalDate.parse(row.get("published_on_first_day").asText()),
                row.path("published_on_precision").asText()).iso() : null;
        return new ProgramYearHistory.Version(from.toString(), null, recordedBy, integer(row, "count"),
                integer(row, "required_certifications"), EvidenceGrade.valueOf(row.path("grade").asText()),
                publishedOn, row.path("notes").isTextual() ? row.get("notes").asText() : null, sources);
    }

    private static Integer integer(JsonNode row, String field) {
        return row.path(field).isNumber() ? row.get(field).asInt() : null;
    }

    private static boolean sameFigure(ProgramYearHistory.Version a, ProgramYearHistory.Version b) {
        return Objects.equals(a.count(), b.count()) && Objects.equals(a.requiredCertifications(), b.requiredCertifications())
                && a.grade() == b.grade() && Objects.equals(a.publishedOn(), b.publishedOn())
                && Objects.equals(a.notes(), b.notes()) && a.sources().equals(b.sources());
    }

    private static ProgramYearHistory.Version until(ProgramYearHistory.Version v, Instant until) {
        return new ProgramYearHistory.Version(v.from(), until.toString(), v.recordedBy(), v.count(),
                v.requiredCertifications(), v.grade(), v.publishedOn(), v.notes(), v.sources());
    }

    /** Who made the change at that time: whoever began a version then, else whoever ended one. */
    private static String recordedBy(List<Stored> stored, Instant time) {
        return stored.stream().filter(s -> s.from().equals(time)).map(Stored::recordedBy).findFirst()
                .or(() -> stored.stream().filter(s -> time.equals(s.until())).map(Stored::endedBy).findFirst())
                .map(ProgramYearVersions::publicActor).orElse("database");
    }

    /** The actor as the public API names it: a data file by name; a curator, not by whom (the audit trail says). */
    static String publicActor(String actor) {
        if (actor == null || !actor.contains(":")) {
            return "database";
        }
        String kind = actor.substring(0, actor.indexOf(':'));
        return switch (kind) {
            case "seed" -> actor;
            case "curator" -> "curator";
            default -> "database";
        };
    }
}
