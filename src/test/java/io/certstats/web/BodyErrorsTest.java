package io.certstats.web;

import io.certstats.errors.Problem;
import io.certstats.errors.ApiException;

import io.certstats.provenance.Source;
import io.certstats.provenance.SourceLink;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BodyErrorsTest {

    private static final Clock JUNE_2025 = Clock.fixed(Instant.parse("2025-06-15T12:00:00Z"), ZoneOffset.UTC);

    private static List<String> fieldsRejected(java.util.function.Consumer<BodyErrors> checks) {
        BodyErrors errors = new BodyErrors(JUNE_2025);
        checks.accept(errors);
        ApiException e = assertThrows(ApiException.class, errors::throwIfInvalid);
        assertEquals(400, e.type().status());
        return e.errors().stream().map(Problem.ParameterError::parameter).toList();
    }

    @Test
    void acceptsWhatIsAllowed() {
        BodyErrors errors = new BodyErrors(JUNE_2025);
        errors.atLeast("count", 0, 0);
        errors.atLeast("count", null, 0);
        errors.httpUrl("url", "https://aws.amazon.com/jp/blogs/psa/");
        errors.httpUrl("url", "http://example.org");
        errors.partialDate("publishedOn", "2025-06-15", false, true);
        errors.partialDate("publishedOn", "2025-06", false, true);
        errors.partialDate("asOf", "2024", true, true);
        errors.partialDate("retiredOn", "2026-03-31", false, false);
        errors.source("source", new Source(List.of(new SourceLink("https://example.org/a", "2024 post")),
                "2024-06-20", "notes", List.of()));
        assertDoesNotThrow(errors::throwIfInvalid);
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        assertEquals(List.of("count", "url", "other", "publishedOn", "asOf", "source.links[0].url",
                        "source.links[1].label", "source.publishedOn"),
                fieldsRejected(errors -> {
                    errors.atLeast("count", -1, 0);
                    errors.httpUrl("url", "ftp://example.org/file");
                    errors.httpUrl("other", "not a url");
                    errors.partialDate("publishedOn", "2025-6-1", false, true);
                    errors.partialDate("asOf", "2025-07", true, true);
                    errors.source("source", new Source(List.of(new SourceLink("javascript:alert(1)", null),
                            new SourceLink("https://example.org", "a | b")), "2025-06-16", null, List.of()));
                }));
    }
}
