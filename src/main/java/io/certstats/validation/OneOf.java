package io.certstats.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Locale;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A parameter given as text that must name a constant of the enum {@link #value}, in any case
 * ({@code level=associate} reads as {@code ASSOCIATE}); null is valid.
 */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "must be one of the listed values";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneOf, String> {
        private Enum<?>[] constants;

        @Override
        public void initialize(OneOf annotation) {
            constants = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || Arrays.stream(constants).anyMatch(c -> c.name().equals(text.strip().toUpperCase(Locale.ROOT)))) {
                return true;
            }
            return Messages.reject(context, "must be one of " + Arrays.toString(constants) + ", not '" + text + "'");
        }
    }
}
