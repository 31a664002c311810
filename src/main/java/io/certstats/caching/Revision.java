package io.certstats.caching;

import java.time.Instant;

/** A version of the served data: its number and when it changed, the answers' Last-Modified. */
public record Revision(long number, Instant changedAt) {
}
