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

/** A parameter given as text that must be an ISO-8601 day ({@code 2024-06-20}); null is valid. */
@Documented
@Constraint(validatedBy = TextValidator.IsoDateValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface IsoDate {

    String message() default "must be an ISO-8601 date such as 2024-06-20";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
