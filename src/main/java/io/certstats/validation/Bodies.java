package io.certstats.validation;

/** Messages of the standard constraints on request bodies, worded as the API words them elsewhere. */
public final class Bodies {

    private Bodies() {
    }

    /** For {@code @Min}: "must be 1 or more, not 0". */
    public static final String AT_LEAST = "must be {value} or more, not ${validatedValue}";
    /** For {@code @Max}: "must be at most 1000, not 1001". */
    public static final String AT_MOST = "must be at most {value}, not ${validatedValue}";
    /** For {@code @NotBlank} on a required text. */
    public static final String REQUIRED_TEXT = "is required and must not be blank";
    /** For {@code @NotNull} on a required value. */
    public static final String REQUIRED = "is required";
}
