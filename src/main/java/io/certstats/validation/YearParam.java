package io.certstats.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A year given as text: a whole number from {@link #FIRST} to {@link #LAST}, the years the API
 * accepts anywhere (wide enough for any recognition program); null is valid. The one place the
 * range is written: year parameters refer to the spec's schema {@link #SCHEMA}, built from it.
 */
@Documented
@WholeNumber(min = YearParam.FIRST, max = YearParam.LAST)
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface YearParam {

    int FIRST = 2000;
    int LAST = 2100;
    /** The name of the spec's component schema of a year, which the API document builds from FIRST and LAST. */
    String SCHEMA = "Year";

    String message() default "must be a year from " + FIRST + " to " + LAST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
