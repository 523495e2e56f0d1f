package com.kaeru.backend.returns.application;

import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import com.kaeru.backend.platform.config.ShippedSecrets;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Short-lived tokens (HS256 JWT) that open one order of one shop on the portal, so customers need
 * no account. The secret comes from {@code kaeru.portal.token-secret} (at least 32 characters,
 * shared by all instances). Only in development mode does a missing or short one fall back to a
 * random secret per start; in production the start-up safety check refuses to deploy without it,
 * and this bean refuses too rather than silently making one up.
 */
@ApplicationScoped
public class OrderTokens {
    public static final Duration LIFETIME = Duration.ofMinutes(60);

    @Inject
    @ConfigProperty(name = "kaeru.portal.token-secret")
    Optional<String> configuredSecret;
    @Inject
    @ConfigProperty(name = ShippedSecrets.MODE, defaultValue = ShippedSecrets.PRODUCTION)
    String mode;

    private byte[] secret;

    /** What a valid token grants. */
    public record Grant(long shopId, long orderId, Instant expiresAt) {
    }

    @PostConstruct
    void init() {
        Optional<String> usable = configuredSecret
                .filter(s -> s.strip().length() >= ShippedSecrets.MIN_TOKEN_SECRET_LENGTH);
        if (usable.isPresent()) {
            secret = usable.get().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else if (!ShippedSecrets.isDevelopment(key -> Optional.of(mode))) {
            throw new IllegalStateException(ShippedSecrets.TOKEN_SECRET + " must be set to at least "
                    + ShippedSecrets.MIN_TOKEN_SECRET_LENGTH + " characters outside development mode");
        } else {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        }
    }

    public String issue(long shopId, long orderId, Instant now) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder()
                    .audience("kaeru-portal")
                    .claim("shop", shopId)
                    .claim("order", orderId)
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(LIFETIME)))
                    .build());
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign order token", e);
        }
    }

    /** The grant of a valid, unexpired token; empty for anything else. */
    public Optional<Grant> verify(String token, Instant now) {
        if (token == null || token.isBlank() || token.length() > 2000) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token.strip());
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (claims.getExpirationTime() == null || !now.isBefore(claims.getExpirationTime().toInstant())
                    || !claims.getAudience().contains("kaeru-portal")) {
                return Optional.empty();
            }
            return Optional.of(new Grant(claims.getLongClaim("shop"), claims.getLongClaim("order"),
                    claims.getExpirationTime().toInstant()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Expiry of a freshly issued token. */
    public Instant expiry(Instant now) {
        return now.plus(LIFETIME);
    }
}
