package io.certstats.curation;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

import java.security.KeyPairGenerator;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the test-only key pair under src/test/resources/jwt (the
 * test profile verifies with its public half), or deliberately not.
 */
public final class Tokens {

    private Tokens() {
    }

    static final String ISSUER = "certstats";

    public static String curator(String name) {
        return Jwt.issuer(ISSUER).upn(name).groups(Set.of(Curators.ROLE)).expiresIn(600).sign();
    }

    /**
     * A curator's token signed with the test key read from its file, for tests that run outside the
     * test profile's configuration (ReplicasIT starts the packaged app itself and trusts the test key).
     */
    public static String curatorOutsideQuarkus(String name) {
        try {
            return Jwt.issuer(ISSUER).upn(name).groups(Set.of(Curators.ROLE)).expiresIn(600)
                    .sign(KeyUtils.readPrivateKey("jwt/privateKey.pem"));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the test key jwt/privateKey.pem", e);
        }
    }

    /** A valid token of someone who is not a curator. */
    public static String reader(String name) {
        return Jwt.issuer(ISSUER).upn(name).groups(Set.of("reader")).expiresIn(600).sign();
    }

    /** A curator's token that expired ten minutes ago (beyond any clock-skew allowance). */
    public static String expired(String name) {
        Instant now = Instant.now();
        return Jwt.issuer(ISSUER).upn(name).groups(Set.of(Curators.ROLE))
                .issuedAt(now.minusSeconds(1200)).expiresAt(now.minusSeconds(600)).sign();
    }

    /** A curator's token signed by a key the service does not trust. */
    public static String wronglySigned(String name) {
        return Jwt.issuer(ISSUER).upn(name).groups(Set.of(Curators.ROLE)).expiresIn(600).sign(strangerKey());
    }

    /** A curator's token, correctly signed, but from an issuer the service does not accept. */
    public static String otherIssuer(String name) {
        return Jwt.issuer("someone-else").upn(name).groups(Set.of(Curators.ROLE)).expiresIn(600).sign();
    }

    private static PrivateKey strangerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
