package com.kaeru.portal.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.kaeru.api.portal.ExchangeOptionDto;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.portal.format.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

/**
 * What the customer wants instead of one returned item, written into its {@link ReturnDraft.LineChoice}.
 * Exchange comes first: other sizes and colours with live stock, the shop's incentive and the price
 * difference in plain words (a dearer size shown with the reason it cannot be chosen); a refund offers
 * the shop's methods and shows the exact amount and any fee. Its own component because these choices,
 * and the money they show, are the heart of the details step and change for reasons of their own.
 */
class ResolutionChooser extends Div {
    private final List<Runnable> validators = new ArrayList<>();
    /** What the shop offers, in its order of preference; the API refuses anything else at submission. */
    private final List<RefundMethod> refundMethods;

    ResolutionChooser(ReturnDraft.LineChoice choice, List<RefundMethod> refundMethods, String currency, Locale locale) {
        this.refundMethods = refundMethods;
        addClassName("resolution");
        var eligibility = choice.line.eligibility();
        RadioButtonGroup<Boolean> mode = new RadioButtonGroup<>(getTranslation("portal.details.resolution"));
        mode.addClassName("mode");
        List<Boolean> modes = new ArrayList<>();
        if (eligibility.exchangeAllowed() && !choice.line.exchangeOptions().isEmpty()) {
            modes.add(true);
        }
        if (eligibility.refundAllowed()) {
            modes.add(false);
        }
        if (!modes.contains(choice.exchange)) {
            choice.exchange = modes.get(0);
        }
        mode.setItems(modes);
        mode.setItemLabelGenerator(exchange -> exchange ? getTranslation("portal.details.exchange")
                : getTranslation("portal.details.refund"));
        mode.setValue(choice.exchange);
        Div exchangeBox = exchange(choice, currency, locale);
        Div refundBox = refund(choice, currency, locale);
        exchangeBox.setVisible(choice.exchange);
        refundBox.setVisible(!choice.exchange);
        mode.addValueChangeListener(e -> {
            choice.exchange = e.getValue();
            exchangeBox.setVisible(e.getValue());
            refundBox.setVisible(!e.getValue());
        });
        add(mode, exchangeBox, refundBox);
    }

    /** Marks a missing exchange size or refund method (whichever the customer chose). */
    void validate() {
        validators.forEach(Runnable::run);
    }

    private Div exchange(ReturnDraft.LineChoice choice, String currency, Locale locale) {
        Div box = new Div();
        box.addClassName("exchange");
        var eligibility = choice.line.eligibility();
        List<String> perks = new ArrayList<>();
        if (eligibility.freeReturnShippingForExchange()) {
            perks.add(getTranslation("portal.details.perk.freeShipping"));
        }
        if (eligibility.exchangeBonusMinor() > 0) {
            perks.add(getTranslation("portal.details.perk.bonus", Formats.money(choice.exchangeBonusMinor(), currency,
                    locale)));
        }
        if (!perks.isEmpty()) {
            Paragraph incentive = new Paragraph(String.join(" ", perks));
            incentive.addClassName("incentive");
            box.add(incentive);
        }
        RadioButtonGroup<ExchangeOptionDto> options = new RadioButtonGroup<>(getTranslation("portal.details.exchangeFor"));
        options.addClassName("exchange-options");
        options.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        options.setItems(choice.line.exchangeOptions());
        options.setItemLabelGenerator(o -> optionLabel(o, choice.quantity, currency, locale));
        options.setItemEnabledProvider(o -> o.offered() && (o.available() >= choice.quantity || o.restockDate() != null));
        options.setErrorMessage(getTranslation("portal.details.exchangeFor.required"));
        choice.exchangeOption().ifPresent(options::setValue);
        Paragraph difference = new Paragraph();
        difference.addClassName("difference");
        Runnable explain = () -> {
            long diff = choice.priceDifferenceMinor();
            difference.setText(diff > 0 ? getTranslation("portal.details.difference.pay", Formats.money(diff, currency, locale))
                    : diff < 0 ? getTranslation("portal.details.difference.back", Formats.money(-diff, currency, locale))
                    : choice.exchangeSku == null ? "" : getTranslation("portal.details.difference.none"));
        };
        explain.run();
        options.addValueChangeListener(e -> {
            choice.exchangeSku = e.getValue() == null ? null : e.getValue().sku();
            options.setInvalid(false);
            explain.run();
        });
        validators.add(() -> options.setInvalid(choice.exchange && choice.exchangeSku == null));
        box.add(options, difference);
        return box;
    }

    private String optionLabel(ExchangeOptionDto option, int quantity, String currency, Locale locale) {
        String name = String.join(" / ", Stream.of(option.size(), option.color())
                .filter(v -> v != null && !v.isBlank()).toList());
        if (!option.offered()) {
            // Shown, not hidden: the customer sees why the size they wanted cannot be chosen.
            return name + " — " + getTranslation("portal.details.option.costsMore",
                    Formats.money(option.priceDifferenceMinor(), currency, locale));
        }
        String stock;
        if (option.available() >= quantity) {
            stock = option.available() <= 3 ? getTranslation("portal.details.stock.few", option.available())
                    : getTranslation("portal.details.stock.in");
        } else if (option.restockDate() != null) {
            stock = getTranslation("portal.details.stock.backorder", Formats.dayWithWeekday(option.restockDate(), locale));
        } else {
            stock = getTranslation("portal.details.stock.out");
        }
        String price = option.priceDifferenceMinor() == 0 ? ""
                : " (" + (option.priceDifferenceMinor() > 0 ? "+" : "−")
                + Formats.money(Math.abs(option.priceDifferenceMinor()), currency, locale) + ")";
        return name + " — " + stock + price;
    }

    private Div refund(ReturnDraft.LineChoice choice, String currency, Locale locale) {
        Div box = new Div();
        box.addClassName("refund");
        RadioButtonGroup<RefundMethod> method = new RadioButtonGroup<>(getTranslation("portal.details.refundMethod"));
        method.addClassName("refund-method");
        method.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        method.setItems(refundMethods);
        method.setItemLabelGenerator(m -> getTranslation("portal.refundMethod." + m));
        method.setErrorMessage(getTranslation("portal.details.refundMethod.required"));
        // A choice the shop no longer offers (settings changed mid-draft) is dropped; a single offer needs no choosing.
        if (choice.refundMethod != null && !refundMethods.contains(choice.refundMethod)) {
            choice.refundMethod = null;
        }
        if (choice.refundMethod == null && refundMethods.size() == 1) {
            choice.refundMethod = refundMethods.get(0);
        }
        if (choice.refundMethod != null) {
            method.setValue(choice.refundMethod);
        }
        method.addValueChangeListener(e -> {
            choice.refundMethod = e.getValue();
            method.setInvalid(false);
        });
        validators.add(() -> method.setInvalid(!choice.exchange && choice.refundMethod == null));
        long fee = choice.line.eligibility().refundFeeMinor() * choice.quantity;
        Paragraph amount = new Paragraph(fee > 0
                ? getTranslation("portal.details.refundAmount.fee", Formats.money(choice.refundAmountMinor(), currency,
                locale), Formats.money(fee, currency, locale))
                : getTranslation("portal.details.refundAmount", Formats.money(choice.refundAmountMinor(), currency,
                locale)));
        amount.addClassName("refund-amount");
        box.add(method, amount);
        return box;
    }
}
