package io.certstats.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The validators of the constraints on values sent as text, each saying what it accepts: null (not
 * given) is valid, and any other text is refused with what {@link #problem} says of it. The message
 * is written in Java because it names the value sent and what the constraint's attributes allow.
 */
public abstract class TextValidator<A extends Annotation> implements ConstraintValidator<A, String> {

    /** The constraint as annotated, with its attributes (a range, a precision). */
    A constraint;

    @Override
    public void initialize(A constraint) {
        this.constraint = constraint;
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        String problem = text == null ? null : problem(text);
        if (problem == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(literal(problem)).addConstraintViolation();
        return false;
    }

    /** What is wrong with the text, naming it; null when nothing is. */
    abstract String problem(String text);

    /** The message escaped, so that a value sent by the client is never read as a message expression. */
    static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }

    public static final class WholeNumberValidator extends TextValidator<WholeNumber> {
        @Override
        String problem(String text) {
            long min = constraint.min();
            long max = constraint.max();
            try {
                long value = Long.parseLong(text.strip());
                if (value >= min && value <= max) {
                    return null;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            return (max == Long.MAX_VALUE ? "must be a whole number, " + min + " or more"
                    : "must be a whole number from " + min + " to " + max) + ", not '" + text + "'";
        }
    }

    public static final class OneOfValidator extends TextValidator<OneOf> {
        @Override
        String problem(String text) {
            Enum<?>[] constants = constraint.value().getEnumConstants();
            return Arrays.stream(constants).anyMatch(c -> c.name().equals(text.strip().toUpperCase(Locale.ROOT))) ? null
                    : "must be one of " + Arrays.toString(constants) + ", not '" + text + "'";
        }
    }

    public static final class IsoDateValidator extends TextValidator<IsoDate> {
        @Override
        String problem(String value) {
            if (!constraint.monthAllowed()) {
                try {
                    Params.date(value);
                    return null;
                } catch (DateTimeParseException e) {
                    return "must be an ISO-8601 date such as 2024-06-20, not '" + value + "'";
                }
            }
            LocalDate firstDay;
            try {
                firstDay = switch (value.length()) {
                    case 4 -> constraint.yearAllowed() ? Year.parse(value).atDay(1) : null;
                    case 7 -> YearMonth.parse(value).atDay(1);
                    case 10 -> LocalDate.parse(value);
                    default -> null;
                };
            } catch (DateTimeParseException e) {
                firstDay = null;
            }
            if (firstDay == null) {
                return "must be an ISO-8601 date: a day (2024-06-20) or a month (2024-06)"
                        + (constraint.yearAllowed() ? " or a year (2024)" : "") + ", not '" + value + "'";
            }
            boolean future = constraint.pastOnly() && firstDay.isAfter(LocalDate.now(ZoneOffset.UTC));
            return future ? "must not be in the future, not '" + value + "'" : null;
        }
    }

    public static final class HttpUrlValidator extends TextValidator<HttpUrl> {
        @Override
        String problem(String url) {
            try {
                URI uri = new URI(url);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return null;
                }
            } catch (URISyntaxException e) {
                // refused below
            }
            return "must be an absolute http(s) URL, not '" + url + "'";
        }
    }
}
