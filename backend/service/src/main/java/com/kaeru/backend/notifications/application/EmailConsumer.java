package com.kaeru.backend.notifications.application;

import java.util.HashMap;
import java.util.Map;

import com.kaeru.backend.events.application.EventConsumer;
import com.kaeru.backend.events.application.StoredEvent;
import com.kaeru.backend.notifications.domain.Mailer;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Customer e-mail as one consumer of the events. Each event type the customer hears about maps to
 * the e-mail template key shops customise ({@code RETURN_AWAITING_SHIPMENT}, {@code REFUND_ISSUED},
 * ...; the keys predate typed events and stay, so shops' own templates keep working). The
 * Message-ID is made of the event's dedupe key, as before, so a redelivery is recognisably the same mail.
 */
@ApplicationScoped
public class EmailConsumer implements EventConsumer {
    public static final String NAME = "email";
    private static final Jsonb JSON = JsonbBuilder.create();

    /** Event type → template key. Events without a template (shop's or default) send nothing. */
    static final Map<String, String> TEMPLATE_KEYS = Map.ofEntries(
            Map.entry("ReturnRequested", "RETURN_REQUESTED"),
            Map.entry("ReturnHeldForReview", "RETURN_NEEDS_REVIEW"),
            Map.entry("ReturnApproved", "RETURN_APPROVED"),
            Map.entry("ReturnLabelIssued", "RETURN_AWAITING_SHIPMENT"),
            Map.entry("ReturnInTransit", "RETURN_IN_TRANSIT"),
            Map.entry("ReturnRejected", "RETURN_REJECTED"),
            Map.entry("ReturnReceived", "RETURN_RECEIVED"),
            Map.entry("ReturnInspected", "RETURN_INSPECTED"),
            Map.entry("ReturnCompleted", "RETURN_COMPLETED"),
            Map.entry("ReturnCancelled", "RETURN_CANCELLED"),
            Map.entry("RefundIssued", "REFUND_ISSUED"),
            Map.entry("UpgradePaymentFailed", "UPGRADE_PAYMENT_FAILED"),
            Map.entry("ExchangeShipped", "EXCHANGE_SHIPPED"),
            Map.entry("ExchangeBackordered", "EXCHANGE_BACKORDERED"),
            Map.entry("BackorderDateConfirmed", "BACKORDER_DATE_CONFIRMED"),
            Map.entry("BackorderDateMoved", "BACKORDER_DATE_MOVED"),
            Map.entry("BackorderChoiceMade", "BACKORDER_"),
            Map.entry("CouponIssued", "COUPON_ISSUED"),
            Map.entry("CustomerQuestionAsked", "INFO_REQUESTED"));

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    EmailComposer composer;
    @Inject
    Mailer mailer;
    @Inject
    @Any
    Instance<MailAttachments> attachments;
    @Inject
    @ConfigProperty(name = "kaeru.mail.enabled", defaultValue = "true")
    boolean enabled;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(long shopId, String eventType) {
        return TEMPLATE_KEYS.containsKey(eventType);
    }

    @Override
    public boolean enabled() {
        return enabled;
    }

    @Override
    public void deliver(StoredEvent event) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = JSON.fromJson(event.payload(), Map.class);
        String templateKey = event.schemaVersion() == 0 ? event.type() : templateKey(event.type(), stored);
        if (templateKey == null) {
            return;
        }
        Shop shop = em.find(Shop.class, event.shopId());
        Map<String, Object> vars = event.schemaVersion() == 0 ? stored : variables(stored);
        if (event.secret() != null) {
            vars.put(EmailComposer.GIFT_CODE, event.secret()); // the one secret an e-mail may carry
        }
        var email = composer.compose(shop, templateKey, vars);
        if (email.isPresent()) {
            var mail = email.get();
            for (MailAttachments files : attachments) {
                mail = mail.attaching(files.of(event.shopId(), templateKey, vars));
            }
            mailer.send(mail, StaffEmails.senderName(shop, templateKey, vars), event.dedupeKey());
        }
    }

    /** A customer's backorder choice has one template per choice ({@code BACKORDER_SWITCH}, ...): shops word each. */
    static String templateKey(String eventType, Map<String, Object> payload) {
        String key = TEMPLATE_KEYS.get(eventType);
        return "BackorderChoiceMade".equals(eventType) && key != null ? key + payload.get("choice") : key;
    }

    /**
     * The template variables of a typed payload: its fields, with the customer's address and
     * language at the top level ({@code email}, {@code language}) as templates have always read them,
     * and the carrier's tracking page ({@code trackingUrl}) wherever a carrier and number are known.
     */
    static Map<String, Object> variables(Map<String, Object> payload) {
        Map<String, Object> vars = new HashMap<>(payload);
        if (vars.remove("customer") instanceof Map<?, ?> customer) {
            vars.put("email", customer.get("email"));
            vars.put("language", customer.get("language"));
        }
        if (!vars.containsKey("trackingUrl") || vars.get("trackingUrl") == null) {
            // Events that predate carrier links (ExchangeShipped) carry the carrier's name and number only.
            Object carrier = vars.get("carrier");
            Object number = vars.get("trackingNumber");
            vars.put("trackingUrl", com.kaeru.api.carriers.Carrier.trackingUrl(
                    carrier == null ? null : carrier.toString(), number == null ? null : number.toString()));
        }
        vars.values().removeIf(java.util.Objects::isNull);
        return vars;
    }
}
