package io.certstats;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a JSON answer as served with the JSON a typed model of it writes back: the same
 * properties, each of the same JSON type and value. What the model drops (a property its schema
 * lacks), renames or reads as another type shows up as a difference.
 */
final class JsonTrees {

    private JsonTrees() {
    }

    /** Adds to {@code differences} each place, from {@code at} down, where the two trees disagree. */
    static void compare(String at, JsonNode served, JsonNode typed, List<String> differences) {
        boolean servedAbsent = absent(served);
        // The generated models start optional lists as empty lists: an empty list stands for an absent one.
        boolean typedAbsent = absent(typed) || (servedAbsent && typed.isArray() && typed.isEmpty());
        if (servedAbsent || typedAbsent) {
            if (servedAbsent != typedAbsent) {
                differences.add(at + ": served " + served + ", typed " + typed);
            }
            return;
        }
        if (served.getNodeType() != typed.getNodeType()) {
            differences.add(at + ": served " + served.getNodeType() + " " + served + ", typed "
                    + typed.getNodeType() + " " + typed);
            return;
        }
        switch (served.getNodeType()) {
            case OBJECT -> {
                Set<String> names = new TreeSet<>();
                served.fieldNames().forEachRemaining(names::add);
                typed.fieldNames().forEachRemaining(names::add);
                names.forEach(name -> compare(at + "." + name, served.get(name), typed.get(name), differences));
            }
            case ARRAY -> {
                if (served.size() != typed.size()) {
                    differences.add(at + ": served " + served.size() + " items, typed " + typed.size());
                    return;
                }
                for (int i = 0; i < served.size(); i++) {
                    compare(at + "[" + i + "]", served.get(i), typed.get(i), differences);
                }
            }
            case NUMBER -> {
                if (served.decimalValue().compareTo(typed.decimalValue()) != 0) {
                    differences.add(at + ": served " + served + ", typed " + typed);
                }
            }
            case STRING -> {
                if (!served.asText().equals(typed.asText()) && !sameInstant(served.asText(), typed.asText())) {
                    differences.add(at + ": served " + served + ", typed " + typed);
                }
            }
            default -> {
                if (!served.equals(typed)) {
                    differences.add(at + ": served " + served + ", typed " + typed);
                }
            }
        }
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** A time written with other digits (trailing zeros, Z or +00:00) by the client's date module. */
    private static boolean sameInstant(String served, String typed) {
        try {
            return OffsetDateTime.parse(served).isEqual(OffsetDateTime.parse(typed));
        } catch (DateTimeParseException notATime) {
            return false;
        }
    }
}
