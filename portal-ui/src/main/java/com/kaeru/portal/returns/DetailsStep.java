package com.kaeru.portal.returns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.kaeru.api.portal.ExchangeOptionDto;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.portal.format.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.receivers.MultiFileMemoryBuffer;

/**
 * Step 2, per chosen item: why (the shop's reason codes, a comment, photos) and what instead.
 * Exchange comes first: other sizes and colours with live stock, the shop's incentive and the
 * price difference in plain words; a refund shows the exact amount and any fee.
 */
class DetailsStep extends Div {
    static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;
    private final List<Runnable> validators = new ArrayList<>();
    /** What the shop offers, in its order of preference; the API refuses anything else at submission. */
    private final List<RefundMethod> refundMethods;

    DetailsStep(ReturnDraft draft, List<RefundMethod> refundMethods, Locale locale) {
        this.refundMethods = refundMethods;
        addClassName("step-details");
        Map<String, ReturnReasonDto> byCode = draft.order().reasons().stream()
                .collect(Collectors.toMap(ReturnReasonDto::code, r -> r));
        List<ReturnReasonDto> leaves = draft.order().reasons().stream()
                .filter(r -> draft.order().reasons().stream().noneMatch(c -> r.code().equals(c.parentCode())))
                .toList();
        for (ReturnDraft.LineChoice choice : draft.chosen()) {
            add(lineCard(draft, choice, leaves, byCode, locale));
        }
    }

    /** Marks what is missing; true when everything needed is there. */
    boolean validate(ReturnDraft draft) {
        validators.forEach(Runnable::run);
        return draft.missingDetails().isEmpty();
    }

    private Div lineCard(ReturnDraft draft, ReturnDraft.LineChoice choice, List<ReturnReasonDto> reasons,
                         Map<String, ReturnReasonDto> byCode, Locale locale) {
        String currency = draft.order().currency();
        Div card = new Div();
        card.addClassNames("card", "line-details");
        card.setId("details-" + choice.line.sku());
        H3 title = new H3(choice.line.productName());
        Span variant = new Span(ItemsStep.variantText(choice.line) + " · " + getTranslation("portal.details.units",
                choice.quantity));
        variant.addClassName("meta");

        Select<ReturnReasonDto> reason = new Select<>();
        reason.addClassName("reason");
        reason.setLabel(getTranslation("portal.details.reason"));
        reason.setPlaceholder(getTranslation("portal.details.reason.placeholder"));
        reason.setItems(reasons);
        reason.setItemLabelGenerator(r -> reasonLabel(r, byCode, locale));
        reason.setRequiredIndicatorVisible(true);
        reason.setErrorMessage(getTranslation("portal.details.reason.required"));
        reasons.stream().filter(r -> r.code().equals(choice.reasonCode)).findFirst().ifPresent(reason::setValue);
        reason.addValueChangeListener(e -> {
            choice.reasonCode = e.getValue() == null ? null : e.getValue().code();
            reason.setInvalid(false);
        });
        validators.add(() -> reason.setInvalid(choice.reasonCode == null));

        TextArea comment = new TextArea(getTranslation("portal.details.comment"));
        comment.addClassName("comment");
        comment.setMaxLength(1000);
        comment.setValue(choice.comment == null ? "" : choice.comment);
        comment.setHelperText(getTranslation("portal.details.comment.help"));
        comment.addValueChangeListener(e -> choice.comment = e.getValue());

        card.add(title, variant, reason, comment, photos(choice), resolution(choice, currency, locale));
        return card;
    }

    private static String reasonLabel(ReturnReasonDto reason, Map<String, ReturnReasonDto> byCode, Locale locale) {
        String own = "en".equals(locale.getLanguage()) ? reason.labelEn() : reason.labelJa();
        ReturnReasonDto parent = reason.parentCode() == null ? null : byCode.get(reason.parentCode());
        if (parent == null) {
            return own;
        }
        return ("en".equals(locale.getLanguage()) ? parent.labelEn() : parent.labelJa()) + " › " + own;
    }

    private Div photos(ReturnDraft.LineChoice choice) {
        MultiFileMemoryBuffer buffer = new MultiFileMemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.addClassName("photos");
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setMaxFileSize(MAX_PHOTO_BYTES);
        upload.setMaxFiles(5);
        upload.setDropAllowed(false);
        upload.setI18n(uploadTexts());
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.setVisible(false);
        upload.addFileRejectedListener(e -> {
            error.setText(getTranslation("portal.details.photos.rejected"));
            error.setVisible(true);
        });
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream(e.getFileName())) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                choice.photos.add(new ReturnDraft.Photo(e.getFileName(), e.getMIMEType(), bytes.toByteArray()));
                error.setVisible(false);
            } catch (IOException ex) {
                error.setText(getTranslation("portal.details.photos.rejected"));
                error.setVisible(true);
            }
        });
        upload.getElement().addEventListener("file-remove", e -> {
            String name = e.getEventData().getString("event.detail.file.name");
            choice.photos.removeIf(p -> p.fileName().equals(name));
        }).addEventData("event.detail.file.name");
        Span label = new Span(getTranslation("portal.details.photos"));
        label.addClassName("field-label");
        Span help = new Span(getTranslation("portal.details.photos.help", choice.photos.size()));
        help.addClassName("help");
        return new Div(label, upload, help, error);
    }

    /** The upload widget's own texts, in the customer's language (Vaadin ships them in English only). */
    private UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("portal.details.photos.add"))
                .setMany(getTranslation("portal.details.photos.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne("").setMany(""));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("portal.details.photos.tooMany"))
                .setFileIsTooBig(getTranslation("portal.details.photos.rejected"))
                .setIncorrectFileType(getTranslation("portal.details.photos.rejected")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…").setProcessing("…").setHeld("…")
                        .setStalled("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("portal.error.generic"))
                        .setUnexpectedServerError(getTranslation("portal.error.generic"))
                        .setForbidden(getTranslation("portal.error.generic"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }

    private Div resolution(ReturnDraft.LineChoice choice, String currency, Locale locale) {
        Div box = new Div();
        box.addClassName("resolution");
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
        box.add(mode, exchangeBox, refundBox);
        return box;
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
        String name = String.join(" / ", java.util.stream.Stream.of(option.size(), option.color())
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
