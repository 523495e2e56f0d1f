package com.kaeru.backend.refunds.application;

import java.time.Instant;
import java.util.Currency;
import java.util.Map;

import com.kaeru.api.events.RefundFailed;
import com.kaeru.api.events.UpgradePaymentFailed;
import com.kaeru.backend.events.application.EventConsumer;
import com.kaeru.backend.events.application.StoredEvent;
import com.kaeru.backend.money.domain.MoneyText;
import com.kaeru.backend.notifications.application.StaffNotices;
import com.kaeru.backend.refunds.domain.RefundManagers;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * E-mails the shop's managers, each in their language, when a refund failed or the price difference of an upgrade
 * exchange could not be collected: a consumer of the {@code RefundFailed} and {@code UpgradePaymentFailed} events
 * (docs/refunds.md, docs/payments.md), so the failure is recorded even while the team directory cannot be asked;
 * the alert then waits and is retried with the outbox's backoff. One e-mail per failure and manager, however often
 * the event is delivered (the staff e-mail's dedupe key names the event).
 */
@ApplicationScoped
public class RefundFailedAlerts implements EventConsumer {
    public static final String NAME = "refund-alerts";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    RefundManagers managers;
    @Inject
    StaffNotices notices;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean accepts(long shopId, String eventType) {
        return "RefundFailed".equals(eventType) || "UpgradePaymentFailed".equals(eventType);
    }

    @Override
    public void deliver(StoredEvent event) {
        if (!event.typed()) {
            return;
        }
        Shop shop = em.find(Shop.class, event.shopId());
        Instant now = Instant.now();
        String failureId = event.eventId().toString();
        for (RefundManagers.Manager m : managers.of(shop.slug().value())) {
            String language = "en".equals(m.language()) || "ja".equals(m.language()) ? m.language()
                    : shop.defaultLanguage();
            if (event.data() instanceof RefundFailed failed) {
                Map<String, Object> facts = Map.of("rma", failed.rma(), "refundId", failed.refundId(),
                        "method", failed.method(), "amount", amount(failed.amountMinor(), failed.currency(), language),
                        "code", String.valueOf(failed.code()), "error", String.valueOf(failed.error()),
                        "attempts", failed.attempts());
                notices.refundFailed(event.shopId(), m.email(), language, failed.rma(), failureId, facts, now);
            } else if (event.data() instanceof UpgradePaymentFailed failed) {
                Map<String, Object> facts = Map.of("rma", failed.rma(), "paymentId", failed.paymentId(),
                        "amount", amount(failed.amountMinor(), failed.currency(), language),
                        "code", String.valueOf(failed.code()), "error", String.valueOf(failed.error()),
                        "attempts", failed.attempts());
                notices.upgradePaymentFailed(event.shopId(), m.email(), language, failed.rma(), failureId, facts, now);
            }
        }
    }

    private static String amount(long minor, String currency, String language) {
        return MoneyText.format(minor, Currency.getInstance(currency), language);
    }
}
