package io.certstats.formats;

import java.util.Locale;

/**
 * The languages drawn answers (charts) are labelled in: {@code ?lang=ja|en}, or else the first of these
 * that {@code Accept-Language} names, or else English. One reading, used by the resources and by the
 * response cache's key (web/RequestKey), so a kept chart is never served in the other language.
 */
public enum Language {
    EN, JA;

    public static final String PARAMETER = "lang";

    /** {@code ja} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The {@code lang} parameter (any case, blanks around ignored), or null when it names no language. */
    public static Language parameterOrNull(String value) {
        for (Language language : values()) {
            if (language.name().equalsIgnoreCase(value.strip())) {
                return language;
            }
        }
        return null;
    }

    /**
     * The language of an {@code Accept-Language} header (RFC 9110 §12.5.4): the range with the highest
     * q-value whose primary tag is ja or en, the earlier on a tie; English when none names either or the
     * header is absent or malformed. Never throws: any text a client sends gets an answer.
     */
    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.length() > 1000) {
            return EN;
        }
        Language best = EN;
        double bestQ = 0;
        for (String element : acceptLanguage.split(",", -1)) {
            String[] parts = element.split(";", -1); // never empty, even for ";;;"
            String tag = parts[0].strip().toLowerCase(Locale.ROOT);
            Language language = tag.equals("ja") || tag.startsWith("ja-") ? JA
                    : tag.equals("en") || tag.startsWith("en-") ? EN : null;
            if (language == null) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        q = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException malformed) {
                        q = 0;
                    }
                }
            }
            if (q > bestQ) {
                best = language;
                bestQ = q;
            }
        }
        return best;
    }
}
