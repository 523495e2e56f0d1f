package com.kaeru.backend.webhooks.application;

import java.util.Optional;

import com.kaeru.backend.platform.config.ShippedSecrets;
import com.kaeru.backend.webhooks.domain.HostResolver;
import com.kaeru.backend.webhooks.domain.WebhookTargets;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/** The SSRF guard as this deployment runs it: development mode (kaeru.mode) allows local receivers. */
@ApplicationScoped
public class WebhookGuard {
    @Inject
    Config config;
    @Inject
    HostResolver resolver;

    private WebhookTargets targets;

    @PostConstruct
    void start() {
        targets = new WebhookTargets(ShippedSecrets.isDevelopment(name -> config.getOptionalValue(name, String.class)), resolver);
    }

    public Optional<String> refusal(String url) {
        return targets.refusal(url);
    }

    public Optional<String> addressRefusal(String host) {
        return targets.addressRefusal(host);
    }
}
