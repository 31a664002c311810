package io.certstats.validation;

import jakarta.validation.ConstraintValidatorContext;

/** Violations whose message is written in Java, naming the value that was sent. */
final class Messages {

    private Messages() {
    }

    /**
     * Replaces the constraint's default message with {@code message}, escaped so that a value sent
     * by the client is never read as a message expression.
     */
    static boolean reject(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(literal(message)).addConstraintViolation();
        return false;
    }

    static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
