package io.certstats.provenance;

import io.certstats.validation.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/** Where a fact was read: a URL, and what the data files say about it (e.g. "2024-03-23 post"). */
@Schema(name = "SourceLink", description = "A source a figure was taken from.")
public record SourceLink(
        @Schema(description = "The source's address.", example = "https://github.com/dodonki1223/articles")
        @NotBlank @HttpUrl String url,
        @Schema(description = "What the data files say about this source; null when nothing.", example = "2024-03-23 post",
                nullable = true)
        @Pattern(regexp = "(?!.* \\| )[^)\\n]*", // what the data files' form (url (label) | url) can hold
                message = "must not contain ' | ', ')' or a line break")
        String label) {

    private static final java.util.regex.Pattern URL_AND_LABEL = java.util.regex.Pattern.compile("(\\S+)(?:\\s+\\((.*)\\))?");

    /** Parses the data files' form: {@code url (label) | url | …}. */
    public static List<SourceLink> parseAll(String urls) {
        if (urls == null || urls.isBlank()) {
            return List.of();
        }
        return Arrays.stream(urls.split("\\s\\|\\s")).map(String::strip).filter(s -> !s.isEmpty())
                .map(SourceLink::parse).toList();
    }

    /** The inverse of {@link #parseAll}: the data files' form, or null for no links. */
    public static String formatAll(List<SourceLink> links) {
        if (links == null || links.isEmpty()) {
            return null;
        }
        return String.join(" | ", links.stream()
                .map(l -> l.label() == null || l.label().isBlank() ? l.url() : l.url() + " (" + l.label() + ")")
                .toList());
    }

    static SourceLink parse(String text) {
        Matcher m = URL_AND_LABEL.matcher(text);
        return m.matches() ? new SourceLink(m.group(1), m.group(2)) : new SourceLink(text, null);
    }
}
