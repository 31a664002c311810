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
 * An ISO-8601 date given as text; null (not known) is valid. A day ({@code 2024-06-20}); with
 * {@link #monthAllowed}, also a month ({@code 2024-06}), for a date as precise as its source gives it,
 * and with {@link #yearAllowed} a year alone ({@code 2024}). With {@link #pastOnly}, its first day must
 * not be after today (UTC).
 */
@Documented
@Constraint(validatedBy = TextValidator.IsoDateValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface IsoDate {

    boolean monthAllowed() default false;

    boolean yearAllowed() default false;

    boolean pastOnly() default false;

    String message() default "must be an ISO-8601 date";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
