package com.kaeru.backend.webhooks;

import java.util.List;

import com.kaeru.backend.replenishment.domain.Recipient;
import com.kaeru.backend.replenishment.domain.ShopManagers;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

/**
 * The team directory of {@link WebhooksIT}'s deployment (Keycloak does not run in backend ITs):
 * sakura-apparel has one English-speaking manager; other shops' managers cannot be asked.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class WebhookManagers implements ShopManagers {
    static final String MANAGER = "webhook-manager@example.jp";

    @Override
    public List<Recipient> of(String shopSlug) {
        if (!"sakura-apparel".equals(shopSlug)) {
            throw new IllegalStateException("No team directory in this test for " + shopSlug);
        }
        return List.of(new Recipient(MANAGER, "en"));
    }
}
