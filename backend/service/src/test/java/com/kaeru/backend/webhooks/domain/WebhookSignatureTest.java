package com.kaeru.backend.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import org.junit.jupiter.api.Test;

/**
 * Our signer against the specification's published example and against the official Standard
 * Webhooks library (an implementation we did not write), including the two signatures of a rotation.
 */
class WebhookSignatureTest {
    // The example of the Standard Webhooks specification (and of the reference libraries' tests).
    private static final String SPEC_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String SPEC_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long SPEC_TIMESTAMP = 1614265330L;
    private static final String SPEC_BODY = "{\"test\": 2432232314}";
    private static final String SPEC_SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    @Test
    void signsTheSpecificationsExampleAsPublished() {
        assertThat(WebhookSignature.sign(SPEC_SECRET, SPEC_ID, SPEC_TIMESTAMP, SPEC_BODY)).isEqualTo(SPEC_SIGNATURE);
    }

    @Test
    void theOfficialLibraryVerifiesWhatWeSignAndRejectsATamperedBody() throws Exception {
        String secret = WebhookSecret.generate();
        long now = Instant.now().getEpochSecond();
        String body = "{\"type\":\"return.approved\",\"data\":{\"rma\":\"R-1\",\"name\":\"山田 花子\"}}";
        String signature = WebhookSignature.header(List.of(secret), "msg_1", now, body);
        Webhook library = new Webhook(secret);
        library.verify(body, headers("msg_1", now, signature));
        assertThat(library.sign("msg_1", now, body)).isEqualTo(signature);
        assertThatThrownBy(() -> library.verify(body.replace("R-1", "R-2"), headers("msg_1", now, signature)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void duringARotationReceiversWithEitherSecretVerify() throws Exception {
        String current = WebhookSecret.generate();
        String previous = WebhookSecret.generate();
        long now = Instant.now().getEpochSecond();
        String header = WebhookSignature.header(List.of(current, previous), "msg_2", now, "{}");
        assertThat(header.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        new Webhook(current).verify("{}", headers("msg_2", now, header));
        new Webhook(previous).verify("{}", headers("msg_2", now, header));
        assertThatThrownBy(() -> new Webhook(WebhookSecret.generate()).verify("{}", headers("msg_2", now, header)))
                .isInstanceOf(WebhookVerificationException.class);
    }

    @Test
    void secretsAreWhsecAndAtLeast24RandomBytes() {
        String a = WebhookSecret.generate();
        assertThat(a).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(a.substring(6))).hasSizeGreaterThanOrEqualTo(24);
        assertThat(WebhookSecret.generate()).isNotEqualTo(a);
    }

    @Test
    void thePreviousSecretSignsOnlyUntilItsWindowEnds() {
        Instant now = Instant.parse("2026-12-05T00:00:00Z");
        Endpoint rotating = endpoint("whsec_new", "whsec_old", now.plusSeconds(60));
        assertThat(rotating.signingSecrets(now)).containsExactly("whsec_new", "whsec_old");
        assertThat(rotating.signingSecrets(now.plusSeconds(61))).containsExactly("whsec_new");
        assertThat(endpoint("whsec_new", null, null).signingSecrets(now)).containsExactly("whsec_new");
    }

    private static Endpoint endpoint(String secret, String previous, Instant until) {
        return new Endpoint(1, 1, "https://example.com", null, List.of("return.approved"), true, null, null, secret,
                previous, until, "t", Instant.EPOCH, Instant.EPOCH);
    }

    private static Map<String, List<String>> headers(String id, long timestamp, String signature) {
        return Map.of("webhook-id", List.of(id), "webhook-timestamp", List.of(Long.toString(timestamp)),
                "webhook-signature", List.of(signature));
    }
}
