package com.kaeru.admin.settings;

import java.util.Locale;
import java.util.function.Consumer;

import com.kaeru.api.shops.BrandingUpdate;
import com.kaeru.api.shops.ShopDto;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The portal's branding: the shop's name and colour with a live preview of the portal header,
 * and the logo (uploaded to the backend, which sniffs and caps it, then serves it publicly).
 */
public class BrandingForm extends SettingsForm<BrandingForm.Bean> {
    static final int MAX_LOGO_BYTES = 512 * 1024;
    static final String COLOUR = "#[0-9A-Fa-f]{6}";

    private final H2 title = new H2();
    final TextField name = new TextField();
    final TextField color = new TextField();
    private final Input colorPicker = new Input();
    private final Div previewHeader = new Div();
    private final Span previewName = new Span();
    private final Image previewLogo = new Image();
    final Upload logoUpload = new Upload();
    private final Button removeLogo = new Button();
    private ShopDto shop;

    /** {@code onLogo} receives uploaded bytes, {@code onRemoveLogo} runs once the person confirmed. */
    public BrandingForm(Consumer<byte[]> onLogo, Runnable onRemoveLogo) {
        super(Bean.class, "branding-save");
        setId("branding-form");
        name.setId("brand-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(80);
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.addValueChangeListener(e -> updatePreview());
        color.setId("brand-color");
        color.setMaxLength(7);
        color.setValueChangeMode(ValueChangeMode.EAGER);
        color.addValueChangeListener(e -> {
            if (valid(e.getValue())) {
                colorPicker.setValue(e.getValue());
            }
            updatePreview();
        });
        // The browser's own colour picker, kept in step with the text field (which stays the accessible input).
        colorPicker.setType("color");
        colorPicker.setId("brand-color-picker");
        colorPicker.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        colorPicker.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                color.setValue(e.getValue().toUpperCase(Locale.ROOT));
            }
        });
        previewHeader.setId("brand-preview");
        previewHeader.addClassName("brand-preview");
        previewLogo.setId("brand-preview-logo");
        previewHeader.add(previewLogo, previewName);
        logoUpload.setId("logo-upload");
        logoUpload.setAcceptedFileTypes("image/png", "image/jpeg", "image/webp", ".png", ".jpg", ".jpeg", ".webp");
        logoUpload.setMaxFiles(1);
        logoUpload.setMaxFileSize(MAX_LOGO_BYTES);
        logoUpload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            onLogo.accept(bytes);
            logoUpload.clearFileList();
        }));
        removeLogo.setId("logo-remove");
        removeLogo.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        removeLogo.addClickListener(e -> confirmRemoveLogo(onRemoveLogo));

        // Messages are looked up when shown, so they follow the language switch.
        binder.forField(name).asRequired(c -> getTranslation("admin.settings.validation.required"))
                .withValidator(v -> v.strip().length() <= 80, c -> getTranslation("admin.settings.validation.tooLong", 80))
                .bind("name");
        binder.forField(color).asRequired(c -> getTranslation("admin.settings.validation.required"))
                .withValidator(BrandingForm::valid, c -> getTranslation("admin.settings.validation.color"))
                .bind("brandColor");

        HorizontalLayout colorRow = new HorizontalLayout(color, colorPicker);
        colorRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout logoRow = new HorizontalLayout(logoUpload, removeLogo);
        logoRow.setAlignItems(FlexComponent.Alignment.CENTER);
        add(title, previewHeader, new FormLayout(name, colorRow), logoRow, save);
    }

    static boolean valid(String colour) {
        return colour != null && colour.matches(COLOUR);
    }

    /** Shows the shop as the backend has it now (after a save or a logo change too). */
    public void read(ShopDto shop) {
        this.shop = shop;
        edit(new Bean(shop.name(), shop.brandColor()));
        colorPicker.setValue(shop.brandColor());
        updatePreview();
    }

    /** The logo changed on its own (uploaded or removed): the name and colour being edited stay as typed. */
    public void logoChanged(ShopDto shop) {
        this.shop = shop;
        updatePreview();
    }

    /** The portal header as customers will see it: the colour, the logo and readable text on it. */
    private void updatePreview() {
        String c = valid(color.getValue()) ? color.getValue() : shop == null ? "#2F6F5E" : shop.brandColor();
        previewHeader.getStyle().set("background", c).set("color", readableOn(c));
        previewName.setText(name.getValue());
        boolean hasLogo = shop != null && shop.logoUrl() != null;
        previewLogo.setVisible(hasLogo);
        if (hasLogo) {
            previewLogo.setSrc(shop.logoUrl());
            previewLogo.setAlt(name.getValue());
        }
        removeLogo.setEnabled(hasLogo);
    }

    /** Black or white, whichever contrasts more with the colour (WCAG relative luminance). */
    static String readableOn(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        double luminance = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? "#000000" : "#FFFFFF";
    }

    private void confirmRemoveLogo(Runnable onRemoveLogo) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("logo-remove-dialog");
        confirm.setHeader(getTranslation("admin.settings.logo.removeTitle"));
        confirm.setText(getTranslation("admin.settings.logo.removeText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.settings.logo.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> onRemoveLogo.run());
        confirm.open();
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.settings.branding"));
        name.setLabel(getTranslation("admin.settings.name"));
        color.setLabel(getTranslation("admin.settings.color"));
        color.setHelperText(getTranslation("admin.settings.colorHelp"));
        colorPicker.getElement().setAttribute("aria-label", getTranslation("admin.settings.color"));
        logoUpload.setUploadButton(new Button(getTranslation("admin.settings.logo.upload")));
        logoUpload.setDropLabel(new Span(getTranslation("admin.settings.logo.drop")));
        removeLogo.setText(getTranslation("admin.settings.logo.remove"));
        save.setText(getTranslation("admin.settings.branding.save"));
    }

    /** What the form edits; property names are the API's ({@code name}, {@code brandColor}). */
    public static class Bean {
        private String name;
        private String brandColor;

        public Bean() {
        }

        Bean(String name, String brandColor) {
            this.name = name;
            this.brandColor = brandColor;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getBrandColor() {
            return brandColor;
        }

        public void setBrandColor(String brandColor) {
            this.brandColor = brandColor;
        }

        BrandingUpdate update(String logoUrl) {
            return new BrandingUpdate(name, brandColor, logoUrl);
        }
    }
}
