package io.certstats.chart;

import io.certstats.formats.Language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The words of the charts in one language, from {@code templates/charts/labels_<lang>.properties} (UTF-8),
 * and numbers written as that language writes them. Words only: every figure comes from the answer drawn.
 */
public final class Labels {

    private static final Map<Language, Labels> ALL = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ALL.put(language, new Labels(language, load(language)));
        }
    }

    private final Language language;
    private final Properties words;

    private Labels(Language language, Properties words) {
        this.language = language;
        this.words = words;
    }

    public static Labels of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    /** The phrase for the key with its arguments (already written as text) in place. */
    public String get(String key, Object... arguments) {
        String pattern = words.getProperty(key);
        if (pattern == null) {
            throw new IllegalStateException("no label " + key + " in " + language.code());
        }
        return arguments.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    /** A whole number with thousands separators (both languages write 1,222). */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    /** A decimal rounded half up to a whole number, with separators. */
    public String rounded(BigDecimal value) {
        return number(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** An amount of money in its currency: ¥240,000 in English, 240,000円 in Japanese; $ amounts alike. */
    public String money(BigDecimal amount, String currency) {
        String digits = NumberFormat.getNumberInstance(Locale.US).format(amount);
        if ("JPY".equals(currency)) {
            return language == Language.JA ? digits + "円" : "¥" + digits;
        }
        return "$" + digits;
    }

    private static Properties load(Language language) {
        String path = "templates/charts/labels_" + language.code() + ".properties";
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no " + path);
            }
            Properties words = new Properties();
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
