package com.kaeru.admin.settings;

import java.util.function.BiConsumer;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.settings.ApprovalLimitChangeDto;
import com.kaeru.api.settings.ShopSettingsDto;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A proposed approval limit waiting for a second manager (four eyes): saving a new value only
 * proposes it; another manager approves it here, and anyone (the proposer too) rejects it.
 */
public class ApprovalLimitPanel extends Div {
    /** Receives (approve?, proposal id) when someone decides. */
    private final BiConsumer<Boolean, Long> decide;

    public ApprovalLimitPanel(BiConsumer<Boolean, Long> decide) {
        this.decide = decide;
        setId("approval-limit-pending");
        setVisible(false);
    }

    /** Shows the pending proposal of {@code settings}, if any, with what {@code context}'s person may do. */
    public void read(ShopSettingsDto settings, ShopContext context) {
        removeAll();
        ApprovalLimitChangeDto pending = settings.pendingApprovalLimit();
        setVisible(pending != null);
        if (pending == null) {
            return;
        }
        Span text = new Span(getTranslation("admin.settings.limitPending",
                context.formats().money(pending.limitMinor(), settings.currency()), pending.proposedBy(),
                context.formats().dateTime(pending.proposedAt())));
        text.setId("approval-limit-pending-text");
        add(text);
        boolean own = context.username().equals(pending.proposedBy());
        if (own) {
            Span hint = new Span(getTranslation("admin.settings.limitNeedsOther"));
            hint.addClassName("hint");
            add(hint);
        } else {
            Button approve = new Button(getTranslation("admin.settings.limitApprove"),
                    e -> decide.accept(true, pending.id()));
            approve.setId("approval-limit-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            add(approve);
        }
        Button reject = new Button(getTranslation(own ? "admin.settings.limitWithdraw" : "admin.settings.limitReject"),
                e -> decide.accept(false, pending.id()));
        reject.setId("approval-limit-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(reject);
    }
}
