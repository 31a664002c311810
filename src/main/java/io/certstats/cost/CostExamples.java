package io.certstats.cost;

/** Example payloads for the spec, taken from real answers of the API over the seed data. */
final class CostExamples {

    private CostExamples() {
    }

    static final String COST = """
            {}""";

    static final String USD_WITH_TAX = """
            {}""";

    static final String NO_CRITERIA = """
            {}""";
}
