package io.certstats.web;

import io.certstats.certification.CertificationResource;

/** A deliberate bad import, web to a feature, that ArchitectureTest must catch; never used otherwise. */
public final class ArchitectureViolation {

    private ArchitectureViolation() {
    }

    static Class<?> feature() {
        return CertificationResource.class;
    }
}
