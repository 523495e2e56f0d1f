package com.kaeru.admin.settings;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.keys.ApiKeyDto;
import com.kaeru.api.keys.ApiKeyRequest;
import com.kaeru.api.keys.NewApiKeyDto;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/settings/api-keys}: keys for the shop's systems. A new key's secret is
 * shown once, in a dialog that says so; revoking (immediate) asks first.
 */
@Route(value = "shops/:shop/settings/api-keys", layout = MainLayout.class)
public class ApiKeysView extends SettingsPage {
    private final H1 title = new H1();
    private final Paragraph help = new Paragraph();
    private final TextField name = new TextField();
    private final Button create = new Button();
    private final Grid<ApiKeyDto> grid = new Grid<>();

    @Inject
    public ApiKeysView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("api-keys-view");
        setSizeFull();
        name.setId("key-name");
        name.setMaxLength(100);
        create.setId("key-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        grid.setId("keys-grid");
        grid.addColumn(ApiKeyDto::prefix).setKey("prefix").setAutoWidth(true);
        grid.addColumn(ApiKeyDto::name).setKey("name").setAutoWidth(true);
        grid.addColumn(ApiKeyDto::createdBy).setKey("createdBy").setAutoWidth(true);
        grid.addColumn(k -> context.formats().dateTime(k.createdAt())).setKey("createdAt").setAutoWidth(true);
        grid.addColumn(k -> context.formats().dateTime(k.lastUsedAt())).setKey("lastUsedAt").setAutoWidth(true);
        grid.addComponentColumn(k -> {
            if (k.revokedAt() != null) {
                Span revoked = new Span(getTranslation("admin.keys.revokedAt", context.formats().dateTime(k.revokedAt())));
                revoked.getElement().getThemeList().add("badge contrast");
                return revoked;
            }
            Button revoke = new Button(getTranslation("admin.keys.revoke"), e -> confirmRevoke(k));
            revoke.setId("key-revoke-" + k.prefix());
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
            return revoke;
        }).setKey("status").setAutoWidth(true);
    }

    @Override
    protected String titleKey() {
        return "admin.keys.title";
    }

    @Override
    protected void build() {
        refresh();
        com.vaadin.flow.component.orderedlayout.HorizontalLayout form =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout(name, create);
        form.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        add(title, help, form, grid);
        setFlexGrow(1, grid);
        texts();
    }

    private void refresh() {
        grid.setItems(backend.apiKeys().list(context.slug()));
    }

    void create() {
        if (name.getValue().isBlank()) {
            name.setInvalid(true);
            name.setErrorMessage(getTranslation("admin.keys.nameRequired"));
            return;
        }
        name.setInvalid(false);
        NewApiKeyDto key = backend.apiKeys().create(context.slug(), new ApiKeyRequest(name.getValue().strip()));
        name.clear();
        refresh();
        Dialog shown = new Dialog();
        shown.setId("key-created-dialog");
        shown.setHeaderTitle(getTranslation("admin.keys.created", key.name()));
        TextField secret = new TextField(getTranslation("admin.keys.secret", NewApiKeyDto.HEADER));
        secret.setId("key-secret");
        secret.setValue(key.key());
        secret.setReadOnly(true);
        secret.setWidth("36rem");
        Paragraph once = new Paragraph(getTranslation("admin.keys.once"));
        once.addClassName("warning-text");
        Button done = new Button(getTranslation("admin.keys.done"), e -> shown.close());
        done.setId("key-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shown.add(once, secret);
        shown.getFooter().add(done);
        shown.setCloseOnOutsideClick(false);
        shown.open();
        secret.focus();
    }

    private void confirmRevoke(ApiKeyDto key) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("key-revoke-dialog");
        confirm.setHeader(getTranslation("admin.keys.revoke.title", key.name()));
        confirm.setText(getTranslation("admin.keys.revoke.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.keys.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            backend.apiKeys().revoke(context.slug(), key.prefix());
            refresh();
            saved("admin.keys.revoked", key.name());
        });
        confirm.open();
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.keys.title"));
        help.setText(getTranslation("admin.keys.help"));
        name.setLabel(getTranslation("admin.keys.name"));
        name.setPlaceholder(getTranslation("admin.keys.namePlaceholder"));
        create.setText(getTranslation("admin.keys.create"));
        grid.getColumnByKey("prefix").setHeader(getTranslation("admin.keys.col.prefix"));
        grid.getColumnByKey("name").setHeader(getTranslation("admin.keys.col.name"));
        grid.getColumnByKey("createdBy").setHeader(getTranslation("admin.keys.col.createdBy"));
        grid.getColumnByKey("createdAt").setHeader(getTranslation("admin.keys.col.createdAt"));
        grid.getColumnByKey("lastUsedAt").setHeader(getTranslation("admin.keys.col.lastUsedAt"));
        grid.getColumnByKey("status").setHeader(getTranslation("admin.keys.col.status"));
    }
}
