package com.kaeru.portal.returns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.vocabulary.RefundMethod;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.component.upload.receivers.MultiFileMemoryBuffer;

/**
 * Step 2, per chosen item: why (the shop's reason codes, a comment, photos) and what instead
 * ({@link ResolutionChooser}: exchange first, or a refund).
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

        ResolutionChooser resolution = new ResolutionChooser(choice, refundMethods, currency, locale);
        validators.add(resolution::validate);
        card.add(title, variant, reason, comment, photos(choice), resolution);
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
}
