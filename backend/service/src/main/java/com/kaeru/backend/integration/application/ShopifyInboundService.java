package com.kaeru.backend.integration.application;

import java.util.List;
import java.util.Set;

import com.kaeru.api.integration.BatchResult;
import com.kaeru.api.integration.OrderRecord;
import com.kaeru.api.integration.RecordResult;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.platform.errors.NotAuthenticatedException;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;

/**
 * Shopify's order webhooks for one shop: the signature is the authentication (an unknown shop, no
 * secret or a wrong signature are all the same 401, and nothing is stored); the webhook id is
 * recorded in the transaction that upserts the order, so a replay changes nothing and a refused
 * order leaves no receipt (Shopify retries it).
 */
@ApplicationScoped
public class ShopifyInboundService {
    static final Set<String> TOPICS = Set.of("orders/create", "orders/updated");

    @Inject
    ShopRepository shops;
    @Inject
    TenantSession tenantSession;
    @Inject
    ShopAccess access;
    @Inject
    IntegrationService integration;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Transactional
    public void setSecret(String shopSlug, String secret) {
        Shop shop = access.enter(shopSlug, Permission.IMPORT_DATA);
        em.createNativeQuery("insert into shopify_inbound (shop_id, secret, updated_at) values (?1, ?2, now()) "
                + "on conflict (shop_id) do update set secret = excluded.secret, updated_at = excluded.updated_at")
                .setParameter(1, shop.id()).setParameter(2, secret.strip())
                .executeUpdate();
    }

    @Transactional
    public void receive(String shopSlug, String topic, String webhookId, String hmac, byte[] body) {
        Shop shop = shops.findBySlug(shopSlug == null ? "" : shopSlug).orElseThrow(NotAuthenticatedException::new);
        tenantSession.bind(shop.id());
        @SuppressWarnings("unchecked")
        List<String> secrets = em.createNativeQuery("select secret from shopify_inbound where shop_id = ?1")
                .setParameter(1, shop.id()).getResultList();
        if (secrets.isEmpty() || !ShopifySignature.verify(secrets.get(0), body, hmac)) {
            throw new NotAuthenticatedException();
        }
        if (topic == null || !TOPICS.contains(topic.strip())) {
            throw new BadRequestException("Unsupported X-Shopify-Topic " + topic + "; expected one of " + TOPICS);
        }
        OrderRecord order;
        try {
            order = ShopifyOrderMapping.map(body);
        } catch (IllegalArgumentException | java.time.DateTimeException | ArithmeticException e) {
            throw new BadRequestException(e.getMessage());
        }
        if (webhookId != null && !webhookId.isBlank()) {
            int inserted = em.createNativeQuery("insert into shopify_webhook_receipt "
                    + "(shop_id, webhook_id, topic, order_ref, received_at) values (?1, ?2, ?3, ?4, now()) "
                    + "on conflict do nothing")
                    .setParameter(1, shop.id()).setParameter(2, webhookId.strip()).setParameter(3, topic.strip())
                    .setParameter(4, order.externalId).executeUpdate();
            if (inserted == 0) {
                return; // a replay of a delivery already applied
            }
        }
        BatchResult result = integration.upsertOrdersIn(shop, List.of(order));
        RecordResult outcome = result.records().get(0);
        if (RecordResult.REJECTED.equals(outcome.outcome())) {
            throw new BadRequestException("Order " + order.externalId + " refused: " + outcome.errors().stream()
                    .map(e -> e.field() + ": " + e.message()).toList());
        }
    }
}
