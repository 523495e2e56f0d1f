package com.kaeru.admin.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether Keycloak answers, asked before the console sends a browser to its login page: with
 * Keycloak down, a redirect would end on the browser's own "cannot connect" screen, so the console
 * explains instead ({@link IdentityProviderDownPage}). One probe of the provider's discovery
 * document (2 s timeout) decides for a few seconds, so a crowd of staff opening the console costs
 * one request, and a Keycloak that returns is noticed within {@link #DOWN_FOR}.
 */
@ApplicationScoped
public class IdentityProviderProbe {
    private static final Logger LOG = Logger.getLogger(IdentityProviderProbe.class.getName());
    static final Duration UP_FOR = Duration.ofSeconds(5);
    static final Duration DOWN_FOR = Duration.ofSeconds(3);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Predicate<URI> answers;
    private final Clock clock;
    private final URI discovery;
    private volatile Verdict last;

    @Inject
    public IdentityProviderProbe(OidcSettings settings) {
        this(URI.create(stripSlash(settings.getProviderUri()) + "/.well-known/openid-configuration"),
                IdentityProviderProbe::discoveryAnswers, Clock.systemUTC());
    }

    IdentityProviderProbe(URI discovery, Predicate<URI> answers, Clock clock) {
        this.discovery = discovery;
        this.answers = answers;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected IdentityProviderProbe() {
        this.discovery = null;
        this.answers = null;
        this.clock = null;
    }

    public boolean reachable() {
        Instant now = clock.instant();
        Verdict verdict = last;
        if (verdict == null || now.isAfter(verdict.until())) {
            boolean up = answers.test(discovery);
            if (!up && (verdict == null || verdict.up())) {
                LOG.warning("Keycloak does not answer at " + discovery + ": staff cannot log in until it returns");
            } else if (up && verdict != null && !verdict.up()) {
                LOG.info("Keycloak answers again at " + discovery);
            }
            verdict = new Verdict(up, now.plus(up ? UP_FOR : DOWN_FOR));
            last = verdict;
        }
        return verdict.up();
    }

    private static boolean discoveryAnswers(URI discovery) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).version(HttpClient.Version.HTTP_1_1).build();
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            LOG.log(Level.FINE, "Keycloak probe failed", e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String stripSlash(String uri) {
        return uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    }

    private record Verdict(boolean up, Instant until) {
    }
}
