package io.certstats.validation;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The typed value of a parameter bound as text, for the accessors of parameter records; the text has
 * passed its constraint ({@link WholeNumber}, {@link IsoDate}, {@link OneOf}), and null means not given.
 */
public final class Params {

    private Params() {
    }

    /** A {@link YearParam} parameter's year, or null when it was not given. */
    public static Integer year(String text) {
        return text == null ? null : wholeNumber(text, YearParam.FIRST);
    }

    public static int wholeNumber(String text, int absent) {
        return text == null ? absent : Integer.parseInt(text.strip());
    }

    public static Long wholeNumber(String text) {
        return text == null ? null : Long.valueOf(text.strip());
    }

    /**
     * The number, or {@code absent} when none was given or it is no number from {@code min} to {@code max}:
     * for a cross-field rule, which runs whether or not the field's own constraint passed.
     */
    public static long wholeNumberOr(String text, long min, long max, long absent) {
        try {
            long value = text == null ? absent : Long.parseLong(text.strip());
            return value >= min && value <= max ? value : absent;
        } catch (NumberFormatException e) {
            return absent;
        }
    }

    public static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text.strip());
    }

    public static <E extends Enum<E>> E constant(String text, Class<E> type) {
        return text == null ? null : Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    }
}
