package io.certstats.curation;

import io.certstats.errors.ApiException;
import io.certstats.errors.ProblemType;

import java.util.Arrays;

/**
 * The conditional-request rules of every write (RFC 9110 §13): a write names the representation it
 * was based on with {@code If-Match}, or asks to create with {@code If-None-Match: *}; anything else
 * could overwrite a change its author never saw.
 */
public final class Preconditions {

    private Preconditions() {
    }

    /**
     * Checks a write against the resource's current ETag ({@code null} when it does not exist yet).
     *
     * @throws ApiException 428 when the write names no precondition, 412 when it names a stale one
     */
    public static void check(String ifMatch, String ifNoneMatch, String currentETag, boolean creationAllowed) {
        boolean exists = currentETag != null;
        if (ifMatch == null && !(creationAllowed && ifNoneMatch != null && ifNoneMatch.strip().equals("*"))) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED, exists
                    ? "Send If-Match with the ETag of the representation you edited (GET it first: ETag "
                            + currentETag + ")."
                    : creationAllowed ? "Nothing exists here yet: send If-None-Match: * to create it."
                    : "Send If-Match with the ETag of the representation you edited (GET it first).");
        }
        if (ifMatch != null && !matches(ifMatch, currentETag)) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, exists
                    ? "If-Match " + ifMatch + " is not the current ETag " + currentETag
                            + ": the resource changed since you read it. GET it again, re-apply your edit, and retry."
                    : "If-Match names a representation, but nothing exists here.");
        }
        if (ifMatch == null && exists) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED,
                    "If-None-Match: * asks to create, but this already exists (ETag " + currentETag
                            + "); to change it, send If-Match with that ETag.");
        }
    }

    /** {@code *} or a comma-separated list of strong ETags; weak ones never match a write (RFC 9110 §13.1.1). */
    private static boolean matches(String ifMatch, String currentETag) {
        return currentETag != null && Arrays.stream(ifMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(currentETag));
    }
}
