package com.kaeru.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class IdentityProviderProbeTest {
    private static final URI DISCOVERY = URI.create("http://localhost:1/realms/kaeru/.well-known/openid-configuration");
    private final AtomicBoolean keycloakUp = new AtomicBoolean(true);
    private final AtomicInteger asked = new AtomicInteger();
    private Instant now = Instant.parse("2026-12-05T09:00:00Z");
    private final IdentityProviderProbe probe = new IdentityProviderProbe(DISCOVERY, uri -> {
        asked.incrementAndGet();
        return keycloakUp.get();
    }, new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void aCrowdOfLoginsAsksKeycloakOncePerWindow() {
        for (int i = 0; i < 50; i++) {
            assertThat(probe.reachable()).isTrue();
        }
        assertThat(asked).hasValue(1);
    }

    @Test
    void anOutageIsNoticedWhenTheUpVerdictRunsOutAndItsEndWithinSeconds() {
        assertThat(probe.reachable()).isTrue();
        keycloakUp.set(false);
        now = now.plus(IdentityProviderProbe.UP_FOR).plusMillis(1);
        assertThat(probe.reachable()).isFalse();

        keycloakUp.set(true);
        now = now.plus(IdentityProviderProbe.DOWN_FOR).minusMillis(1);
        assertThat(probe.reachable()).as("still within the down verdict").isFalse();
        now = now.plusMillis(2);
        assertThat(probe.reachable()).isTrue();
        assertThat(asked).hasValue(3);
        assertThat(IdentityProviderProbe.DOWN_FOR).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aRealProbeOfAPortNobodyListensOnSaysUnreachableWithinItsTimeout() {
        IdentityProviderProbe real = new IdentityProviderProbe(new OidcSettingsFor("http://127.0.0.1:9/realms/kaeru/"));
        assertThat(real.reachable()).isFalse();
    }

    /** OIDC settings without MicroProfile Config. */
    private static final class OidcSettingsFor extends OidcSettings {
        OidcSettingsFor(String providerUri) {
            this.providerUri = providerUri;
        }
    }
}
