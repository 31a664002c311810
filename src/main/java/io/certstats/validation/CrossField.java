package io.certstats.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * A rule over several fields of a parameter or body record ({@code from} not after {@code to}):
 * annotate the record and implement {@link Rule}; each rejection names the field it is reported on,
 * as a field constraint's would be. Runs whether or not the fields' own constraints passed.
 */
@Documented
@Constraint(validatedBy = CrossField.Validator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface CrossField {

    String message() default "is not consistent with the other fields";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What a record annotated {@code @CrossField} checks. */
    interface Rule {
        void check(Rejections rejections);
    }

    /** Where a rule reports: the field (record component) it names, and what is wrong. */
    interface Rejections {
        void reject(String field, String message);
    }

    class Validator implements ConstraintValidator<CrossField, Rule> {
        @Override
        public boolean isValid(Rule rule, ConstraintValidatorContext context) {
            if (rule == null) {
                return true;
            }
            context.disableDefaultConstraintViolation(); // reported only when the rule rejects a field
            boolean[] valid = {true};
            rule.check((field, message) -> {
                valid[0] = false;
                context.buildConstraintViolationWithTemplate(TextValidator.literal(message))
                        .addPropertyNode(field).addConstraintViolation();
            });
            return valid[0];
        }
    }
}
