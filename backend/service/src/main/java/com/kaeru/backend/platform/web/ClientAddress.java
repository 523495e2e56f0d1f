package com.kaeru.backend.platform.web;

import java.util.Optional;

import com.kaeru.api.http.ForwardedClient;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customer's address for rate limiting ({@link ForwardedClient}): {@code X-Forwarded-For} is
 * believed only from loopback (the portal UI on the same host) and the proxies listed in
 * {@code kaeru.web.trusted-proxies} (addresses or CIDR ranges, comma-separated), read from the
 * right, so it cannot be forged to dodge limits.
 */
@ApplicationScoped
public class ClientAddress {
    @Inject
    @ConfigProperty(name = "kaeru.web.trusted-proxies")
    Optional<String> trustedProxies;

    private ForwardedClient forwarded;

    @PostConstruct
    void readTrustedProxies() {
        forwarded = ForwardedClient.trusting(trustedProxies.orElse(""));
    }

    /** Created at start-up, so a mistyped proxy range stops the deployment instead of every lookup. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Nothing to do: delivering the event creates the bean, which reads the setting.
    }

    public String of(HttpServletRequest request) {
        // Every header line, in order: some proxies add a line of their own instead of appending.
        return forwarded.resolve(request.getRemoteAddr(),
                String.join(",", java.util.Collections.list(request.getHeaders("X-Forwarded-For"))));
    }
}
