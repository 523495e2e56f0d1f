package com.kaeru.backend.webhooks.application;

import java.time.Instant;

import com.kaeru.backend.notifications.application.StaffNotices;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.replenishment.domain.Recipient;
import com.kaeru.backend.replenishment.domain.ShopManagers;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** E-mails the shop's managers (each in their language) when an endpoint was switched off automatically. */
@ApplicationScoped
public class WebhookAlerts {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    TenantSession tenantSession;
    @Inject
    ShopManagers managers;
    @Inject
    StaffNotices notices;

    /** Throws when the team directory cannot be asked; the endpoint stays off regardless. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void endpointDisabled(long shopId, long endpointId, String url, String reason) {
        tenantSession.bind(shopId);
        Shop shop = em.find(Shop.class, shopId);
        Instant now = Instant.now();
        for (Recipient r : managers.of(shop.slug().value())) {
            String language = "en".equals(r.language()) || "ja".equals(r.language()) ? r.language() : shop.defaultLanguage();
            notices.webhookDisabled(shopId, r.email(), language, endpointId, url, reason, now);
        }
    }
}
