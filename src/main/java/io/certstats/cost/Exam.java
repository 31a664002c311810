package io.certstats.cost;

import io.certstats.certification.Level;

/** A certification's exam as pricing sees it: its code, slug and level (fees are per level). */
public record Exam(String code, String slug, Level level) {
}
