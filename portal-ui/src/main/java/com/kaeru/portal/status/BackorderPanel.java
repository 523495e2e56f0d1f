package com.kaeru.portal.status;

import java.time.ZoneId;
import java.util.Locale;

import com.kaeru.api.returns.BackorderChoice;
import com.kaeru.api.returns.BackorderOptionsDto;
import com.kaeru.portal.format.Formats;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;

/**
 * One exchange line waiting for stock ({@code #backorder-<line>}): when it is expected, and the
 * customer's choices, each saying what it means for dates and money — wait for that date, take
 * another size or colour in stock now (same price), ship the units in stock now and the rest later
 * (分納, when some but not all are in stock), or cancel the exchange for a refund of the
 * amount shown (at once, or once the returned item is checked) plus the shop's coupon. Cancelling
 * asks first. After a cancellation it shows the refund and the coupon's code. Fires a
 * {@link ChoiceEvent}; the page sends it and reports a refusal through {@link #refused(String)}.
 */
class BackorderPanel extends Div {

    /** The customer chose; {@link #sku()} is the variant to switch to (SWITCH only). */
    static class ChoiceEvent extends ComponentEvent<BackorderPanel> {
        private final BackorderChoice choice;
        private final String sku;

        ChoiceEvent(BackorderPanel source, BackorderChoice choice, String sku) {
            super(source, true);
            this.choice = choice;
            this.sku = sku;
        }

        BackorderChoice choice() {
            return choice;
        }

        String sku() {
            return sku;
        }

        long lineId() {
            return getSource().options.lineId();
        }
    }

    private final BackorderOptionsDto options;
    private final Paragraph error = new Paragraph();

    /** Shown while the line waits for stock, or after the customer cancelled it for a refund. */
    static boolean worthShowing(BackorderOptionsDto options) {
        return options.choosable() || options.choice() == BackorderChoice.CANCEL_FOR_REFUND;
    }

    BackorderPanel(BackorderOptionsDto options, String currency, ZoneId zone, Locale locale) {
        this.options = options;
        String id = "backorder-" + options.lineId();
        setId(id);
        addClassNames("callout", "backorder");
        getElement().setAttribute("role", "region");
        String refund = Formats.money(options.refundMinor(), currency, locale);
        if (options.choice() == BackorderChoice.CANCEL_FOR_REFUND) {
            add(new H2(getTranslation(locale, "portal.backorder.cancelled.title")));
            Paragraph done = new Paragraph(getTranslation(locale, options.refundAtOnce()
                    ? "portal.backorder.cancelled.refundNow" : "portal.backorder.cancelled.refundLater", refund));
            done.setId(id + "-refund");
            add(done);
            if (options.coupon() != null) {
                Div coupon = new Div();
                coupon.addClassName("coupon");
                Span code = new Span(options.coupon().code());
                code.setId(id + "-coupon-code");
                code.addClassName("coupon-code");
                coupon.add(new Paragraph(getTranslation(locale, "portal.backorder.coupon.yours",
                        couponValue(options.coupon().amountMinor(), options.coupon().percent(), currency, locale),
                        Formats.date(options.coupon().expiresAt(), zone, locale))), code,
                        new Paragraph(getTranslation(locale, "portal.backorder.coupon.howTo")));
                add(coupon);
            }
            return;
        }
        add(new H2(getTranslation(locale, "portal.backorder.title", options.sku(), options.quantity())));
        Paragraph when = new Paragraph(options.promisedDate() == null ? getTranslation(locale, "portal.backorder.noDate")
                : getTranslation(locale, options.dateConfirmed() ? "portal.backorder.expected.confirmed"
                        : "portal.backorder.expected.unconfirmed", Formats.dayWithWeekday(options.promisedDate(), locale)));
        when.setId(id + "-expected");
        add(when, new Paragraph(getTranslation(locale, "portal.backorder.choose")));

        add(choice(getTranslation(locale, "portal.backorder.wait.title"),
                getTranslation(locale, options.choice() == BackorderChoice.WAIT ? "portal.backorder.wait.chosen"
                        : "portal.backorder.wait.text"),
                button(id + "-wait", getTranslation(locale, "portal.backorder.wait"),
                        () -> fire(BackorderChoice.WAIT, null), options.choice() != BackorderChoice.WAIT)));

        if (!options.switchOptions().isEmpty()) {
            Select<BackorderOptionsDto.SwitchOption> variant = new Select<>();
            variant.setId(id + "-switch-variant");
            variant.setLabel(getTranslation(locale, "portal.backorder.switch.label"));
            variant.setItems(options.switchOptions());
            variant.setItemLabelGenerator(o -> label(o, locale));
            variant.setValue(options.switchOptions().get(0));
            variant.setWidthFull();
            Button go = button(id + "-switch", getTranslation(locale, "portal.backorder.switch"),
                    () -> fire(BackorderChoice.SWITCH, variant.getValue() == null ? null : variant.getValue().sku()), true);
            add(choice(getTranslation(locale, "portal.backorder.switch.title"),
                    getTranslation(locale, "portal.backorder.switch.text"), variant, go));
        }

        if (options.availableNow() > 0 && options.availableNow() < options.quantity()) {
            add(choice(getTranslation(locale, "portal.backorder.split.title"),
                    getTranslation(locale, "portal.backorder.split.text", options.availableNow(),
                            options.quantity() - options.availableNow()),
                    button(id + "-split", getTranslation(locale, "portal.backorder.split", options.availableNow()),
                            () -> fire(BackorderChoice.SPLIT, null), true)));
        }

        String coupon = options.couponOffer() == null ? ""
                : " " + getTranslation(locale, "portal.backorder.cancel.coupon",
                        couponValue(options.couponOffer().amountMinor(), options.couponOffer().percent(), currency, locale),
                        options.couponOffer().validDays());
        Button cancel = button(id + "-cancel", getTranslation(locale, "portal.backorder.cancel", refund),
                () -> confirmCancel(refund, locale), true);
        cancel.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(choice(getTranslation(locale, "portal.backorder.cancel.title"),
                getTranslation(locale, options.refundAtOnce() ? "portal.backorder.cancel.textNow"
                        : "portal.backorder.cancel.textLater", refund) + coupon, cancel));

        error.setId(id + "-error");
        error.addClassName("error-text");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(error);
    }

    Registration addChoiceListener(ComponentEventListener<ChoiceEvent> listener) {
        return addListener(ChoiceEvent.class, listener);
    }

    /** The shop did not take the choice: why, in the customer's language. */
    void refused(String why) {
        error.setText(why);
        error.setVisible(true);
    }

    private void fire(BackorderChoice choice, String sku) {
        fireEvent(new ChoiceEvent(this, choice, sku));
    }

    private void confirmCancel(String refund, Locale locale) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("backorder-cancel-dialog");
        dialog.setHeader(getTranslation(locale, "portal.backorder.cancel.confirmTitle"));
        dialog.setText(getTranslation(locale, "portal.backorder.cancel.confirmText", refund));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation(locale, "portal.backorder.cancel.keep"));
        dialog.setConfirmText(getTranslation(locale, "portal.backorder.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> fire(BackorderChoice.CANCEL_FOR_REFUND, null));
        dialog.open();
    }

    private String label(BackorderOptionsDto.SwitchOption o, Locale locale) {
        String what = String.join(" / ", java.util.stream.Stream.of(o.size(), o.color())
                .filter(s -> s != null && !s.isBlank()).toList());
        return getTranslation(locale, "portal.backorder.switch.option", what.isEmpty() ? o.sku() : what, o.sku());
    }

    private String couponValue(Long amountMinor, Integer percent, String currency, Locale locale) {
        return percent != null ? getTranslation(locale, "portal.backorder.coupon.percent", percent)
                : getTranslation(locale, "portal.backorder.coupon.amount", Formats.money(amountMinor, currency, locale));
    }

    private static Div choice(String title, String text, com.vaadin.flow.component.Component... actions) {
        Div box = new Div(new H3(title), new Paragraph(text));
        box.addClassName("backorder-choice");
        box.add(actions);
        return box;
    }

    private static Button button(String id, String text, Runnable action, boolean enabled) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setWidthFull();
        button.setEnabled(enabled);
        return button;
    }
}
