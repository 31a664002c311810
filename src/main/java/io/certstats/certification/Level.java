package io.certstats.certification;

/** AWS certification levels, from entry to expert; the order is the order lists are sorted in. */
public enum Level {
    FOUNDATIONAL, ASSOCIATE, PROFESSIONAL, SPECIALTY
}
