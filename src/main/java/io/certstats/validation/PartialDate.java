package io.certstats.validation;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

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
@Constraint(validatedBy = PartialDate.Validator.class)
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PartialDate {

    boolean yearAllowed() default false;

    boolean pastOnly() default false;

    String message() default "must be an ISO-8601 date: a day (2024-06-20) or a month (2024-06)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PartialDate, String> {
        private boolean yearAllowed;
        private boolean pastOnly;

        @Override
        public void initialize(PartialDate annotation) {
            yearAllowed = annotation.yearAllowed();
            pastOnly = annotation.pastOnly();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate firstDay;
            try {
                firstDay = switch (value.length()) {
                    case 4 -> yearAllowed ? Year.parse(value).atDay(1) : null;
                    case 7 -> YearMonth.parse(value).atDay(1);
                    case 10 -> LocalDate.parse(value);
                    default -> null;
                };
            } catch (DateTimeParseException e) {
                firstDay = null;
            }
            if (firstDay == null) {
                return Messages.reject(context, "must be an ISO-8601 date: a day (2024-06-20) or a month (2024-06)"
                        + (yearAllowed ? " or a year (2024)" : "") + ", not '" + value + "'");
            }
            if (pastOnly && firstDay.isAfter(LocalDate.now(ZoneOffset.UTC))) {
                return Messages.reject(context, "must not be in the future, not '" + value + "'");
            }
            return true;
        }
    }
}
