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
 * An ISO-8601 date with the precision its source gives: a day ({@code 2024-06-20}) or a month
 * ({@code 2024-06}), and a year alone ({@code 2024}) where {@link #yearAllowed}; null (not known) is
 * valid. With {@link #pastOnly}, its first day must not be after today (UTC).
 */
@Documented
@Constraint(validatedBy = TextValidator.PartialDateValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PartialDate {

    boolean yearAllowed() default false;

    boolean pastOnly() default false;

    String message() default "must be an ISO-8601 date: a day (2024-06-20) or a month (2024-06)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
