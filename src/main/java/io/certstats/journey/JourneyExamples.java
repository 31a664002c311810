package io.certstats.journey;

/** Example payloads for the spec, taken from real answers of the API over the seed data. */
final class JourneyExamples {

    private JourneyExamples() {
    }

    static final String REQUEST = """
            {}""";

    static final String EVALUATION = """
            {}""";

    static final String BAD_ATTEMPT = """
            {}""";

    static final String UNSUPPORTED = """
            {}""";
}
