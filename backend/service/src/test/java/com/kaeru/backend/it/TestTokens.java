package com.kaeru.backend.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Issues tokens shaped like Keycloak's for the {@code kaeru} realm, signed by a key made for this
 * test run. {@link #foreignKey()} signs with a key Payara does not trust.
 */
public final class TestTokens {
    public static final String ISSUER = "https://issuer.test/realms/kaeru";
    public static final String AUDIENCE = "kaeru-api";

    private static final RSAKey TRUSTED = generate("kaeru-it");
    private static final RSAKey FOREIGN = generate("kaeru-it");

    private TestTokens() {
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static void writeJwks(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, new JWKSet(TRUSTED.toPublicJWK()).toString());
    }

    /** A valid token for {@code username} with these Keycloak group paths. */
    public static String token(String username, String... groupPaths) {
        return builder(username, groupPaths).sign();
    }

    public static Builder builder(String username, String... groupPaths) {
        return new Builder(username, List.of(groupPaths));
    }

    public static RSAKey foreignKey() {
        return FOREIGN;
    }

    /** Token options for the negative cases. */
    public static final class Builder {
        private final JWTClaimsSet.Builder claims;
        private RSAKey key = TRUSTED;

        private Builder(String username, List<String> groupPaths) {
            Instant now = Instant.now();
            claims = new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .audience(AUDIENCE)
                    .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                    .jwtID(UUID.randomUUID().toString())
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(300)))
                    .claim("upn", username)
                    .claim("preferred_username", username)
                    .claim("name", username + " Test")
                    .claim("given_name", username)
                    .claim("family_name", "Test")
                    .claim("email", username + "@example.test")
                    .claim("groups", List.of("kaeru-staff"))
                    .claim("kaeru_groups", groupPaths);
        }

        public Builder issuer(String issuer) {
            claims.issuer(issuer);
            return this;
        }

        public Builder audience(String audience) {
            claims.audience(audience);
            return this;
        }

        public Builder expiredSecondsAgo(long seconds) {
            Instant expiry = Instant.now().minusSeconds(seconds);
            claims.issueTime(Date.from(expiry.minusSeconds(300))).expirationTime(Date.from(expiry));
            return this;
        }

        public Builder signedWith(RSAKey other) {
            this.key = other;
            return this;
        }

        public String sign() {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                        .keyID(key.getKeyID()).build(),
                        claims.build());
                jwt.sign(new RSASSASigner(key));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Flips one byte in the middle of the signature: same header and claims, invalid signature. */
    public static String tamperSignature(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = java.util.Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** Same claims, unsigned, {@code alg: none}. */
    public static String unsigned(String token) {
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        return header + "." + token.split("\\.")[1] + ".";
    }

    /** Claims changed after signing (a privilege escalation attempt). */
    public static String withForgedClaims(String token, String newPayloadJson) {
        String[] parts = token.split("\\.");
        String payload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(newPayloadJson.getBytes());
        return parts[0] + "." + payload + "." + parts[2];
    }
}
