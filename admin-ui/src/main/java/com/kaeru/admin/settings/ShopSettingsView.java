package com.kaeru.admin.settings;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.problem.Problem;
import com.kaeru.api.settings.ReturnAddressUpdate;
import com.kaeru.api.settings.ShopSettingsDto;
import com.kaeru.api.settings.ShopSettingsUpdate;
import com.kaeru.api.shops.BrandingUpdate;
import com.kaeru.api.shops.ReturnAddressDto;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.WindowAnchor;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/settings}: branding with a live preview of the portal header, the
 * logo (uploaded to the backend, which serves it publicly for the portal, e-mails and labels),
 * languages, refund rules, the return and refund methods offered, and the return address (the
 * recipient of the prepaid labels, in Japanese order). Three saves, because branding, operations
 * and the address are separate API resources; each is all or nothing.
 */
@Route(value = "shops/:shop/settings", layout = MainLayout.class)
public class ShopSettingsView extends SettingsPage {
    static final int MAX_LOGO_BYTES = 512 * 1024;

    private final H1 title = new H1();
    private final H2 brandingTitle = new H2();
    final TextField name = new TextField();
    final TextField color = new TextField();
    private final Input colorPicker = new Input();
    private final Div previewHeader = new Div();
    private final Span previewName = new Span();
    private final Image previewLogo = new Image();
    final Upload logoUpload = new Upload();
    private final Button removeLogo = new Button();
    final Button saveBranding = new Button();

    private final H2 operationsTitle = new H2();
    final CheckboxGroup<String> languages = new CheckboxGroup<>();
    final Select<String> defaultLanguage = new Select<>();
    final IntegerField deadlineHours = new IntegerField();
    final IntegerField approvalLimit = new IntegerField();
    final Select<WindowAnchor> anchor = new Select<>();
    final CheckboxGroup<ReturnMethod> methods = new CheckboxGroup<>();
    final CheckboxGroup<RefundMethod> refundMethods = new CheckboxGroup<>();
    final Button saveSettings = new Button();
    /** A proposed approval limit waiting for a second manager (four eyes), with approve / reject. */
    final Div pendingLimit = new Div();

    private final H2 addressTitle = new H2();
    private final Paragraph addressHelp = new Paragraph();
    final TextField postalCode = new TextField();
    final ComboBox<String> prefecture = new ComboBox<>();
    final TextField city = new TextField();
    final TextField addressLine = new TextField();
    final TextField recipient = new TextField();
    final TextField phone = new TextField();
    final Button saveAddress = new Button();

    private ShopDto shop;
    private ShopSettingsDto settings;

    @Inject
    public ShopSettingsView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("shop-settings-view");
        configureBranding();
        configureOperations();
        configureAddress();
    }

    @Override
    protected String titleKey() {
        return "admin.settings.title";
    }

    @Override
    protected void build() {
        shop = context.shop();
        settings = backend.settings().get(context.slug());
        readBranding();
        readSettings();
        readAddress();
        HorizontalLayout colorRow = new HorizontalLayout(color, colorPicker);
        colorRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        FormLayout branding = new FormLayout(name, colorRow);
        HorizontalLayout logoRow = new HorizontalLayout(logoUpload, removeLogo);
        logoRow.setAlignItems(FlexComponent.Alignment.CENTER);
        FormLayout operations = new FormLayout(languages, defaultLanguage, deadlineHours, approvalLimit, anchor, methods,
                refundMethods);
        // Japanese order, as the label prints it: 〒, prefecture, city, block and building, then who receives it.
        FormLayout address = new FormLayout(postalCode, prefecture, city, addressLine, recipient, phone);
        address.setId("return-address");
        pendingLimit.setId("approval-limit-pending");
        add(title, brandingTitle, previewHeader, branding, logoRow, saveBranding, operationsTitle, operations,
                pendingLimit, saveSettings, addressTitle, addressHelp, address, saveAddress);
        texts();
    }

    // ---- branding

    private void configureBranding() {
        name.setId("brand-name");
        name.setRequired(true);
        name.setMaxLength(80);
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.addValueChangeListener(e -> updatePreview());
        color.setId("brand-color");
        color.setPattern("#[0-9A-Fa-f]{6}");
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
                color.setValue(e.getValue().toUpperCase(java.util.Locale.ROOT));
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
        logoUpload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> uploadLogo(bytes)));
        removeLogo.setId("logo-remove");
        removeLogo.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        removeLogo.addClickListener(e -> confirmRemoveLogo());
        saveBranding.setId("branding-save");
        saveBranding.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveBranding.addClickListener(e -> saveBranding());
    }

    private static boolean valid(String colour) {
        return colour != null && colour.matches("#[0-9A-Fa-f]{6}");
    }

    private void readBranding() {
        name.setValue(shop.name());
        color.setValue(shop.brandColor());
        colorPicker.setValue(shop.brandColor());
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

    void saveBranding() {
        clear(name, color);
        BrandingUpdate update = new BrandingUpdate(name.getValue(), color.getValue(), shop.logoUrl());
        attempt(() -> shop = backend.shops().updateBranding(context.slug(), update)).ifPresentOrElse(
                p -> fieldErrors(p, "name", name, "brandColor", color),
                () -> {
                    readBranding();
                    saved("admin.settings.branding.saved");
                });
    }

    /** Called with the uploaded bytes; the backend decides what they are (type sniffed, size capped). */
    void uploadLogo(byte[] bytes) {
        attempt(() -> shop = backend.settings().uploadLogo(context.slug(), new ByteArrayInputStream(bytes)))
                .ifPresentOrElse(p -> com.vaadin.flow.component.notification.Notification.show(p.problem().detail(),
                        6000, com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER)
                        .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR),
                        () -> {
                            updatePreview();
                            saved("admin.settings.logo.saved");
                        });
        logoUpload.clearFileList();
    }

    private void confirmRemoveLogo() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("logo-remove-dialog");
        confirm.setHeader(getTranslation("admin.settings.logo.removeTitle"));
        confirm.setText(getTranslation("admin.settings.logo.removeText"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.settings.logo.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            shop = backend.settings().removeLogo(context.slug());
            updatePreview();
            saved("admin.settings.logo.removed");
        });
        confirm.open();
    }

    // ---- operations

    private void configureOperations() {
        languages.setId("languages");
        languages.setItems("ja", "en");
        languages.setItemLabelGenerator(l -> "ja".equals(l) ? "日本語" : "English");
        defaultLanguage.setId("default-language");
        defaultLanguage.setItems("ja", "en");
        defaultLanguage.setItemLabelGenerator(l -> "ja".equals(l) ? "日本語" : "English");
        deadlineHours.setId("refund-deadline");
        deadlineHours.setMin(1);
        deadlineHours.setMax(720);
        deadlineHours.setStepButtonsVisible(true);
        approvalLimit.setId("approval-limit");
        approvalLimit.setMin(0);
        anchor.setId("window-anchor");
        anchor.setItems(WindowAnchor.values());
        anchor.setItemLabelGenerator(a -> getTranslation("admin.settings.anchor." + a));
        methods.setId("return-methods");
        methods.setItemLabelGenerator(m -> getTranslation("admin.method." + m));
        refundMethods.setId("refund-methods");
        refundMethods.setItemLabelGenerator(m -> getTranslation("admin.refundMethod." + m));
        saveSettings.setId("settings-save");
        saveSettings.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveSettings.addClickListener(e -> saveSettings());
    }

    private void readSettings() {
        languages.setValue(new java.util.LinkedHashSet<>(settings.languages()));
        defaultLanguage.setValue(settings.defaultLanguage());
        deadlineHours.setValue(settings.refundDeadlineHours());
        approvalLimit.setValue((int) Math.min(Integer.MAX_VALUE, settings.refundApprovalLimitMinor()));
        anchor.setValue(settings.returnWindowAnchor());
        methods.setItems(settings.supportedReturnMethods());
        methods.setValue(new java.util.LinkedHashSet<>(settings.returnMethods()));
        refundMethods.setItems(settings.supportedRefundMethods());
        refundMethods.setValue(new java.util.LinkedHashSet<>(settings.refundMethods()));
        readPendingLimit();
    }

    /**
     * The limit changes only when a second manager approves (four eyes): saving a new value
     * proposes it; here another manager approves it, and anyone (the proposer too) rejects it.
     */
    private void readPendingLimit() {
        pendingLimit.removeAll();
        com.kaeru.api.settings.ApprovalLimitChangeDto pending = settings.pendingApprovalLimit();
        pendingLimit.setVisible(pending != null);
        if (pending == null) {
            return;
        }
        Span text = new Span(getTranslation("admin.settings.limitPending",
                context.formats().money(pending.limitMinor(), settings.currency()), pending.proposedBy(),
                context.formats().dateTime(pending.proposedAt())));
        text.setId("approval-limit-pending-text");
        pendingLimit.add(text);
        boolean own = context.username().equals(pending.proposedBy());
        if (own) {
            Span hint = new Span(getTranslation("admin.settings.limitNeedsOther"));
            hint.addClassName("hint");
            pendingLimit.add(hint);
        } else {
            Button approve = new Button(getTranslation("admin.settings.limitApprove"), e -> decideLimit(true, pending.id()));
            approve.setId("approval-limit-approve");
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            pendingLimit.add(approve);
        }
        Button reject = new Button(getTranslation(own ? "admin.settings.limitWithdraw" : "admin.settings.limitReject"),
                e -> decideLimit(false, pending.id()));
        reject.setId("approval-limit-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
        pendingLimit.add(reject);
    }

    void decideLimit(boolean approve, long id) {
        attempt(() -> settings = approve ? backend.settings().approveApprovalLimit(context.slug(), id)
                : backend.settings().rejectApprovalLimit(context.slug(), id)).ifPresentOrElse(
                p -> com.vaadin.flow.component.notification.Notification.show(p.problem().detail(), 6000,
                                com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER)
                        .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR),
                () -> {
                    readSettings();
                    saved(approve ? "admin.settings.limitApproved" : "admin.settings.limitRejected");
                });
    }

    /** What is ticked, in the shop's order of preference for what it already offered; new ones go last. */
    static <T> List<T> inPreferenceOrder(List<T> offered, List<T> supported, java.util.Set<T> ticked) {
        List<T> chosen = new ArrayList<>(offered.stream().filter(ticked::contains).toList());
        supported.stream().filter(m -> ticked.contains(m) && !chosen.contains(m)).forEach(chosen::add);
        return chosen;
    }

    void saveSettings() {
        clear(languages, defaultLanguage, deadlineHours, approvalLimit, anchor, methods, refundMethods);
        List<ReturnMethod> chosen = inPreferenceOrder(settings.returnMethods(), settings.supportedReturnMethods(),
                methods.getValue());
        List<RefundMethod> refunds = inPreferenceOrder(settings.refundMethods(), settings.supportedRefundMethods(),
                refundMethods.getValue());
        ShopSettingsUpdate update = new ShopSettingsUpdate(defaultLanguage.getValue(),
                List.of("ja", "en").stream().filter(languages.getValue()::contains).toList(),
                deadlineHours.getValue() == null ? 0 : deadlineHours.getValue(),
                approvalLimit.getValue() == null ? -1 : approvalLimit.getValue(), anchor.getValue(), chosen, refunds);
        attempt(() -> settings = backend.settings().update(context.slug(), update)).ifPresentOrElse(
                p -> fieldErrors(p, "languages", languages, "defaultLanguage", defaultLanguage, "refundDeadlineHours",
                        deadlineHours, "refundApprovalLimitMinor", approvalLimit, "returnWindowAnchor", anchor,
                        "returnMethods", methods, "refundMethods", refundMethods),
                () -> {
                    readSettings();
                    saved("admin.settings.saved");
                });
    }

    // ---- return address

    private void configureAddress() {
        postalCode.setId("address-postal-code");
        postalCode.setRequired(true);
        postalCode.setMaxLength(8);
        postalCode.setPlaceholder("123-4567");
        postalCode.setPrefixComponent(new Span("〒"));
        prefecture.setId("address-prefecture");
        prefecture.setRequired(true);
        prefecture.setItems(PREFECTURES);
        city.setId("address-city");
        city.setRequired(true);
        city.setMaxLength(100);
        addressLine.setId("address-line");
        addressLine.setRequired(true);
        addressLine.setMaxLength(200);
        recipient.setId("address-recipient");
        recipient.setRequired(true);
        recipient.setMaxLength(120);
        phone.setId("address-phone");
        phone.setMaxLength(20);
        addressHelp.setId("address-help");
        saveAddress.setId("address-save");
        saveAddress.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAddress.addClickListener(e -> saveAddress());
    }

    private void readAddress() {
        ReturnAddressDto a = shop.returnAddress();
        postalCode.setValue(a == null ? "" : a.postalCode());
        prefecture.setValue(a == null ? null : a.prefecture());
        city.setValue(a == null ? "" : a.city());
        addressLine.setValue(a == null ? "" : a.addressLine());
        recipient.setValue(a == null ? "" : a.recipient());
        phone.setValue(a == null || a.phone() == null ? "" : a.phone());
        addressHelp.setText(getTranslation(a == null ? "admin.settings.address.none" : "admin.settings.address.help"));
    }

    /** The backend validates each field and answers field errors, shown beside the fields. */
    void saveAddress() {
        clear(postalCode, prefecture, city, addressLine, recipient, phone);
        ReturnAddressUpdate update = new ReturnAddressUpdate(postalCode.getValue(), prefecture.getValue(),
                city.getValue(), addressLine.getValue(), recipient.getValue(),
                phone.getValue().isBlank() ? null : phone.getValue());
        attempt(() -> shop = backend.settings().changeReturnAddress(context.slug(), update)).ifPresentOrElse(
                p -> fieldErrors(p, "postalCode", postalCode, "prefecture", prefecture, "city", city, "addressLine",
                        addressLine, "recipient", recipient, "phone", phone),
                () -> {
                    readAddress();
                    saved("admin.settings.address.saved");
                });
    }

    /** The 47 prefectures in the JIS X 0401 order (north to south), as Japanese address forms list them. */
    static final List<String> PREFECTURES = List.of("北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県",
            "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県",
            "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県",
            "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
            "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

    private static void clear(HasValidation... fields) {
        for (HasValidation f : fields) {
            f.setInvalid(false);
        }
    }

    /** Puts each of the backend's field errors beside its field ({@code field, component, ...}). */
    private void fieldErrors(ApiProblemException problem, Object... pairs) {
        boolean placed = false;
        for (Problem.FieldError error : problem.problem().errors()) {
            String base = error.field().replaceAll("\\[\\d+]$", "");
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i].equals(base) && pairs[i + 1] instanceof HasValidation field) {
                    field.setInvalid(true);
                    field.setErrorMessage(error.message());
                    placed = true;
                }
            }
        }
        if (!placed) {
            com.vaadin.flow.component.notification.Notification.show(problem.problem().detail(), 6000,
                    com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER)
                    .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.settings.title"));
        brandingTitle.setText(getTranslation("admin.settings.branding"));
        name.setLabel(getTranslation("admin.settings.name"));
        color.setLabel(getTranslation("admin.settings.color"));
        color.setHelperText(getTranslation("admin.settings.colorHelp"));
        colorPicker.getElement().setAttribute("aria-label", getTranslation("admin.settings.color"));
        logoUpload.setUploadButton(new Button(getTranslation("admin.settings.logo.upload")));
        logoUpload.setDropLabel(new Span(getTranslation("admin.settings.logo.drop")));
        removeLogo.setText(getTranslation("admin.settings.logo.remove"));
        saveBranding.setText(getTranslation("admin.settings.branding.save"));
        operationsTitle.setText(getTranslation("admin.settings.operations"));
        languages.setLabel(getTranslation("admin.settings.languages"));
        defaultLanguage.setLabel(getTranslation("admin.settings.defaultLanguage"));
        deadlineHours.setLabel(getTranslation("admin.settings.deadline"));
        deadlineHours.setHelperText(getTranslation("admin.settings.deadlineHelp"));
        approvalLimit.setLabel(getTranslation("admin.settings.approvalLimit", settings == null ? "" : settings.currency()));
        approvalLimit.setHelperText(getTranslation("admin.settings.approvalLimitHelp"));
        anchor.setLabel(getTranslation("admin.settings.anchor"));
        methods.setLabel(getTranslation("admin.settings.methods"));
        refundMethods.setLabel(getTranslation("admin.settings.refundMethods"));
        refundMethods.setHelperText(getTranslation("admin.settings.refundMethodsHelp"));
        saveSettings.setText(getTranslation("admin.settings.save"));
        addressTitle.setText(getTranslation("admin.settings.address"));
        if (shop != null) {
            addressHelp.setText(getTranslation(shop.returnAddress() == null ? "admin.settings.address.none"
                    : "admin.settings.address.help"));
        }
        postalCode.setLabel(getTranslation("admin.settings.address.postalCode"));
        prefecture.setLabel(getTranslation("admin.settings.address.prefecture"));
        city.setLabel(getTranslation("admin.settings.address.city"));
        addressLine.setLabel(getTranslation("admin.settings.address.line"));
        recipient.setLabel(getTranslation("admin.settings.address.recipient"));
        phone.setLabel(getTranslation("admin.settings.address.phone"));
        saveAddress.setText(getTranslation("admin.settings.address.save"));
    }
}
