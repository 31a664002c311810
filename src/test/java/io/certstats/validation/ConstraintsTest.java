package io.certstats.validation;

import io.certstats.provenance.Source;
import io.certstats.provenance.SourceLink;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.Valid;
import jakarta.validation.groups.ConvertGroup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The constraints of parameters and bodies, without HTTP: what each accepts and what it says of the rest. */
class ConstraintsTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    record Fields(@HttpUrl String url, @HttpUrl String other,
                  @IsoDate(monthAllowed = true, pastOnly = true) String publishedOn,
                  @IsoDate(monthAllowed = true, yearAllowed = true, pastOnly = true) String asOf,
                  @IsoDate(monthAllowed = true) String retiredOn,
                  @WholeNumber(min = 1, max = 100) String size, @IsoDate String day, @OneOf(Level.class) String level,
                  @Valid @ConvertGroup(to = Source.Dated.class) Source source) {
    }

    enum Level { LOW, HIGH }

    private static Map<String, String> rejected(Object bean) {
        Map<String, String> fields = new TreeMap<>();
        for (ConstraintViolation<Object> v : VALIDATOR.validate(bean)) {
            fields.put(v.getPropertyPath().toString(), v.getMessage());
        }
        return fields;
    }

    @Test
    void acceptsWhatIsAllowed() {
        assertEquals(Map.of(), rejected(new Fields("https://aws.amazon.com/jp/blogs/psa/", "http://example.org",
                "2025-06-15", "2024", "2999-03-31", "100", "2024-06-20", "high",
                new Source(List.of(new SourceLink("https://example.org/a", "2024 post")), "2025-06", "notes", List.of(), null))));
        assertEquals(Map.of(), rejected(new Fields(null, null, null, null, null, null, null, null, null)));
    }

    @Test
    void namesEveryBadFieldAtOnceWithTheValueSent() {
        Map<String, String> rejected = rejected(new Fields("ftp://example.org/file", "not a url", "2025-6-1",
                "2999-07", "2024", "ten", "2024-13-01", "middle",
                new Source(List.of(new SourceLink("javascript:alert(1)", null), new SourceLink("https://example.org", "a | b")),
                        "2999-06-16", null, List.of(), null)));
        assertEquals(List.of("asOf", "day", "level", "other", "publishedOn", "retiredOn", "size",
                "source.links[0].url", "source.links[1].label", "source.publishedOn", "url"), List.copyOf(rejected.keySet()));
        assertEquals("must be an absolute http(s) URL, not 'ftp://example.org/file'", rejected.get("url"));
        assertEquals("must not be in the future, not '2999-07'", rejected.get("asOf"));
        assertEquals("must be an ISO-8601 date: a day (2024-06-20) or a month (2024-06), not '2024'", rejected.get("retiredOn"));
        assertEquals("must be a whole number from 1 to 100, not 'ten'", rejected.get("size"));
        assertEquals("must be an ISO-8601 date such as 2024-06-20, not '2024-13-01'", rejected.get("day"));
        assertEquals("must be one of [LOW, HIGH], not 'middle'", rejected.get("level"));
        assertEquals("must not contain ' | ', ')' or a line break", rejected.get("source.links[1].label"));
    }

    @Test
    void aValueIsNeverReadAsAnExpression() {
        assertEquals("must be a whole number from 1 to 100, not '${1+1}{size}'",
                rejected(new Fields(null, null, null, null, null, "${1+1}{size}", null, null, null)).get("size"));
    }
}
