package com.kaeru.admin.returns;

import java.util.Set;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.returns.UpgradePaymentDto;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

/**
 * The price difference of the return's upgrade exchanges (docs/payments.md): the amount with its currency, where
 * its collection stands, how often the card provider was asked, and why it failed in plain words (the provider's
 * own account beside it, for support). A FAILED collection offers those who may decide on money (managers, as the
 * API allows) a retry, firing {@link RetryEvent}. Hidden when the return has no upgrade to pay.
 */
class ReturnUpgradePaymentPanel extends Div {
    /** The provider's words the console explains; any other is "refused" or "not reached", with the raw text. */
    static final Set<String> EXPLAINED = Set.of("card_declined", "authentication_required", "requires_action",
            "requires_payment_method", "expired_card", "insufficient_funds", "no_payment_method",
            "no_payment_reference", "unavailable", "rate_limit", "unexpected");

    /** Staff retry the failed collection: the payment worker charges the card again shortly. */
    static class RetryEvent extends ComponentEvent<ReturnUpgradePaymentPanel> {
        RetryEvent(ReturnUpgradePaymentPanel source) {
            super(source, true);
        }
    }

    ReturnUpgradePaymentPanel() {
        setId("upgrade-payment");
        setWidthFull();
    }

    Registration addRetryListener(ComponentEventListener<RetryEvent> listener) {
        return addListener(RetryEvent.class, listener);
    }

    void show(UpgradePaymentDto payment, ShopContext context) {
        removeAll();
        setVisible(payment != null);
        if (payment == null) {
            return;
        }
        add(new H2(getTranslation("admin.return.upgradePayment")));
        add(fact("upgrade-payment-amount", "admin.return.upgradePayment.amount",
                context.formats().money(payment.amountMinor(), payment.currency())));
        add(fact("upgrade-payment-status", "admin.return.upgradePayment.status",
                getTranslation("admin.upgradePaymentStatus." + payment.status())));
        if (payment.attempts() > 0 && !"PAID".equals(payment.status())) {
            add(fact("upgrade-payment-attempts", "admin.return.upgradePayment.attempts",
                    String.valueOf(payment.attempts())));
        }
        if (payment.paidAt() != null) {
            add(fact("upgrade-payment-paid-at", "admin.return.upgradePayment.paidAt",
                    context.formats().dateTime(payment.paidAt())));
        }
        if (payment.refundId() != null) {
            add(fact("upgrade-payment-refund", "admin.return.upgradePayment.refunded",
                    getTranslation("admin.return.upgradePayment.refundedBy", payment.refundId())));
        }
        if (payment.lastError() != null && ("FAILED".equals(payment.status()) || "REQUESTED".equals(payment.status()))) {
            add(fact("upgrade-payment-why", "admin.return.upgradePayment.why", why(payment)));
            Paragraph raw = new Paragraph(payment.lastError());
            raw.setId("upgrade-payment-error");
            raw.addClassName("hint");
            add(raw);
        }
        if ("FAILED".equals(payment.status())) {
            Paragraph waits = new Paragraph(getTranslation("admin.return.upgradePayment.waits"));
            waits.setId("upgrade-payment-waits");
            add(waits);
            if (context.canApproveRefunds()) {
                Button retry = new Button(getTranslation("admin.return.upgradePayment.retry"),
                        e -> fireEvent(new RetryEvent(this)));
                retry.setId("retry-upgrade-payment");
                retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                add(retry);
            }
        }
    }

    /** The failure in words a person acts on: what the provider's code means, not the code. */
    private String why(UpgradePaymentDto payment) {
        String code = payment.errorCode() == null ? "" : payment.errorCode().split(" ")[0];
        return getTranslation("admin.upgradePayment.why." + (EXPLAINED.contains(code) ? code : "other"));
    }

    private Div fact(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span shown = new Span(value);
        shown.setId(id);
        shown.addClassName("fact-value");
        Div fact = new Div(label, shown);
        fact.addClassName("fact");
        return fact;
    }
}
