package com.kaeru.portal.status;

import java.util.Locale;
import java.util.Optional;

import com.kaeru.api.credit.GiftCodeDto;
import com.kaeru.api.credit.GiftCodeStatus;
import com.kaeru.api.portal.PortalCreditDto;
import com.kaeru.portal.format.Formats;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What the customer can spend in the shop after a refund: the store-credit balance and the gift
 * codes (masked — the whole code is in the e-mail), each used or not. Shown only when there is
 * something to show.
 */
public class CreditPanel extends Composite<Div> {
    private CreditPanel(PortalCreditDto credit, Locale locale) {
        Div root = getContent();
        root.setId("credit-panel");
        root.addClassName("credit-panel");
        root.add(new H2(getTranslation("portal.credit.title")));
        if (credit.balanceMinor() > 0) {
            Paragraph balance = new Paragraph(getTranslation("portal.credit.balance",
                    Formats.money(credit.balanceMinor(), credit.currency(), locale)));
            balance.setId("credit-balance");
            root.add(balance);
        }
        if (!credit.giftCodes().isEmpty()) {
            UnorderedList codes = new UnorderedList();
            codes.setId("gift-codes");
            for (GiftCodeDto code : credit.giftCodes()) {
                Span state = new Span(getTranslation("portal.credit.code." + code.status().name()));
                state.addClassName(code.status() == GiftCodeStatus.ACTIVE ? "code-active" : "code-redeemed");
                codes.add(new ListItem(new Span(code.code() + " · "
                        + Formats.money(code.amountMinor(), code.currency(), locale) + " · "), state));
            }
            root.add(codes, new Paragraph(getTranslation("portal.credit.codes-by-mail")));
        }
    }

    /** The panel, or empty when the customer has neither credit nor codes. */
    public static Optional<CreditPanel> of(PortalCreditDto credit, Locale locale) {
        if (credit == null || credit.balanceMinor() <= 0 && credit.giftCodes().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CreditPanel(credit, locale));
    }
}
