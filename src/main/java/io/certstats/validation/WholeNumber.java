package io.certstats.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A parameter given as text that must be a whole number from {@link #min} to {@link #max}; null
 * (not given) is valid. Parameters stay text so that "ten" is a 400 naming the parameter, where
 * JAX-RS turns a failed conversion of a typed query parameter into a 404.
 */
@Documented
@Constraint(validatedBy = TextValidator.WholeNumberValidator.class)
@Target({FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface WholeNumber {

    long min() default Long.MIN_VALUE;

    long max() default Long.MAX_VALUE;

    String message() default "must be a whole number";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
