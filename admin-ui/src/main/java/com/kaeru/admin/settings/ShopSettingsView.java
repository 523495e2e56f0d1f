package com.kaeru.admin.settings;

import java.io.ByteArrayInputStream;

import com.kaeru.admin.api.ApiErrorHandling;
import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.settings.ShopSettingsDto;
import com.kaeru.api.shops.ShopDto;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/settings}: one form per concern, each saved on its own because each
 * is its own API resource and all or nothing: {@link BrandingForm} (name, colour, logo),
 * {@link OperationsForm} (languages, refund rules, methods, with the four-eyes
 * {@link ApprovalLimitPanel}) and {@link ReturnAddressForm}. The forms validate and fire a save;
 * this page talks to the backend and answers each form with its own success or refusal.
 */
@Route(value = "shops/:shop/settings", layout = MainLayout.class)
public class ShopSettingsView extends SettingsPage {
    private final H1 title = new H1();
    final BrandingForm branding = new BrandingForm(this::uploadLogo, this::removeLogo);
    final ApprovalLimitPanel pendingLimit = new ApprovalLimitPanel(this::decideLimit);
    final OperationsForm operations = new OperationsForm(pendingLimit);
    final ReturnAddressForm address = new ReturnAddressForm();

    private ShopDto shop;
    private ShopSettingsDto settings;

    @Inject
    public ShopSettingsView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("shop-settings-view");
        branding.addSaveListener(e -> attempt(() -> shop = backend.shops().updateBranding(context.slug(),
                e.bean().update(shop.logoUrl()))).ifPresentOrElse(branding::refused, () -> {
                    branding.read(shop);
                    saved("admin.settings.branding.saved");
                }));
        operations.addSaveListener(e -> attempt(() -> settings = backend.settings().update(context.slug(),
                operations.update(e.bean()))).ifPresentOrElse(operations::refused, () -> {
                    readSettings();
                    saved("admin.settings.saved");
                }));
        address.addSaveListener(e -> attempt(() -> shop = backend.settings().changeReturnAddress(context.slug(),
                e.bean().update())).ifPresentOrElse(address::refused, () -> {
                    address.read(shop.returnAddress());
                    saved("admin.settings.address.saved");
                }));
    }

    @Override
    protected String titleKey() {
        return "admin.settings.title";
    }

    @Override
    protected void build() {
        shop = context.shop();
        settings = backend.settings().get(context.slug());
        add(title, branding, operations, address);
        texts();
        branding.read(shop);
        readSettings();
        address.read(shop.returnAddress());
    }

    private void readSettings() {
        operations.read(settings);
        pendingLimit.read(settings, context);
    }

    /** Called with the uploaded bytes; the backend decides what they are (type sniffed, size capped). */
    void uploadLogo(byte[] bytes) {
        attempt(() -> shop = backend.settings().uploadLogo(context.slug(), new ByteArrayInputStream(bytes)))
                .ifPresentOrElse(ApiErrorHandling::show, () -> {
                    branding.logoChanged(shop);
                    saved("admin.settings.logo.saved");
                });
    }

    private void removeLogo() {
        shop = backend.settings().removeLogo(context.slug());
        branding.logoChanged(shop);
        saved("admin.settings.logo.removed");
    }

    void decideLimit(boolean approve, long id) {
        attempt(() -> settings = approve ? backend.settings().approveApprovalLimit(context.slug(), id)
                : backend.settings().rejectApprovalLimit(context.slug(), id)).ifPresentOrElse(ApiErrorHandling::show,
                () -> {
                    readSettings();
                    saved(approve ? "admin.settings.limitApproved" : "admin.settings.limitRejected");
                });
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.settings.title"));
        branding.texts();
        operations.texts();
        address.texts();
    }
}
