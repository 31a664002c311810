package io.certstats.curation;

/** Who may write: holders of a bearer JWT whose {@code groups} claim names this role. */
public final class Curators {

    private Curators() {
    }

    public static final String ROLE = "curator";

    /** The OpenAPI security scheme of the writes. */
    public static final String SECURITY_SCHEME = "curatorJwt";
}
