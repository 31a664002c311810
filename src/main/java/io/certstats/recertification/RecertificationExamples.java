package io.certstats.recertification;

/** Example payloads for the spec, taken from real answers of the API over the seed data. */
final class RecertificationExamples {

    private RecertificationExamples() {
    }

    static final String PLAN = """
            {}""";

    static final String BAD_CURRENCY = """
            {}""";

    static final String NO_CRITERIA = """
            {}""";
}
