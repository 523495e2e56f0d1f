package com.kaeru.admin.inventory;

import java.util.List;
import java.util.Optional;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.replenishment.ReorderOverrideDto;
import com.kaeru.api.replenishment.ReorderOverrideRequest;
import com.kaeru.api.replenishment.ReorderSettingsDto;
import com.kaeru.api.replenishment.ReorderSettingsRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import static com.kaeru.admin.inventory.ReorderAlertsView.attempt;

/**
 * The numbers behind the reorder points: the shop's lead time, safety stock and sales window, and
 * the SKUs and products with their own values (a blank value inherits). Managers edit, everyone
 * else reads; a saved change recomputes the points and the page hears of it. Its own component so
 * the alerts page stays a list.
 */
class ReorderSettingsSection extends Div {
    static final String VARIANT = "VARIANT";
    static final String PRODUCT = "PRODUCT";
    private final ShopContext context;
    private final Runnable changed;
    private final H2 settingsTitle = new H2();
    final IntegerField leadTime = new IntegerField();
    final IntegerField safetyStock = new IntegerField();
    final IntegerField window = new IntegerField();
    final Button save = new Button();
    /** Whose own values: a product (all its variants) or one SKU; the variant's beat the product's. */
    final Select<String> overrideScope = new Select<>();
    final TextField overrideSku = new TextField();
    final IntegerField overrideLeadTime = new IntegerField();
    final IntegerField overrideSafetyStock = new IntegerField();
    final Button saveOverride = new Button();
    final Button removeOverride = new Button();
    final Grid<ReorderOverrideDto> overrides = new Grid<>();

    ReorderSettingsSection(StaffBackend backend, ShopContext context, boolean manager, Runnable changed) {
        this.context = context;
        this.changed = changed;
        setWidthFull();
        leadTime.setId("reorder-lead-time");
        safetyStock.setId("reorder-safety-stock");
        window.setId("reorder-window");
        save.setId("reorder-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> attempt(() -> {
            show(backend.reorderSettings().update(context.slug(), new ReorderSettingsRequest(leadTime.getValue(),
                    safetyStock.getValue(), window.getValue())));
            saved();
        }));
        overrideScope.setId("reorder-override-scope");
        overrideScope.setItems(VARIANT, PRODUCT);
        overrideScope.setItemLabelGenerator(scope -> getTranslation("admin.reorder.scope." + scope));
        overrideScope.setValue(VARIANT);
        overrideScope.addValueChangeListener(e -> keyLabel());
        overrideSku.setId("reorder-override-sku");
        overrideLeadTime.setId("reorder-override-lead-time");
        overrideSafetyStock.setId("reorder-override-safety-stock");
        saveOverride.setId("reorder-override-save");
        saveOverride.addClickListener(e -> attempt(() -> {
            var values = new ReorderOverrideRequest(overrideLeadTime.getValue(), overrideSafetyStock.getValue());
            String key = overrideSku.getValue().strip();
            show(PRODUCT.equals(overrideScope.getValue())
                    ? backend.reorderSettings().overrideProduct(context.slug(), key, values)
                    : backend.reorderSettings().overrideVariant(context.slug(), key, values));
            saved();
        }));
        removeOverride.setId("reorder-override-remove");
        removeOverride.addClickListener(e -> attempt(() -> {
            String key = overrideSku.getValue().strip();
            show(PRODUCT.equals(overrideScope.getValue())
                    ? backend.reorderSettings().removeProductOverride(context.slug(), key)
                    : backend.reorderSettings().removeVariantOverride(context.slug(), key));
            saved();
        }));
        overrides.setId("reorder-overrides");
        overrides.addThemeVariants(GridVariant.LUMO_COMPACT);
        overrides.setAllRowsVisible(true);
        overrides.addColumn(o -> getTranslation("admin.reorder.scope." + o.scope())).setKey("scope").setAutoWidth(true);
        overrides.addColumn(ReorderOverrideDto::key).setKey("key").setAutoWidth(true);
        overrides.addColumn(o -> "ja".equals(getLocale().getLanguage()) ? o.productNameJa() : o.productNameEn())
                .setKey("product").setFlexGrow(2);
        overrides.addColumn(o -> inherited(o.leadTimeDays())).setKey("leadTimeDays").setAutoWidth(true);
        overrides.addColumn(o -> inherited(o.safetyStock())).setKey("safetyStock").setAutoWidth(true);
        overrides.asSingleSelect().addValueChangeListener(e -> Optional.ofNullable(e.getValue())
                .ifPresent(o -> {
                    overrideScope.setValue(o.scope());
                    overrideSku.setValue(o.key());
                    overrideLeadTime.setValue(o.leadTimeDays());
                    overrideSafetyStock.setValue(o.safetyStock());
                }));
        HorizontalLayout defaults = new HorizontalLayout(leadTime, safetyStock, window);
        HorizontalLayout override = new HorizontalLayout(overrideScope, overrideSku, overrideLeadTime,
                overrideSafetyStock);
        for (HorizontalLayout row : List.of(defaults, override)) {
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
        }
        add(settingsTitle, defaults);
        if (manager) {
            defaults.add(save);
            override.add(saveOverride, removeOverride);
            add(override);
        }
        add(overrides);
        for (var field : List.of(leadTime, safetyStock, window)) {
            field.setReadOnly(!manager);
        }
        texts();
        show(backend.reorderSettings().settings(context.slug()));
    }

    private void show(ReorderSettingsDto settings) {
        leadTime.setValue(settings.leadTimeDays());
        safetyStock.setValue(settings.safetyStock());
        window.setValue(settings.salesWindowDays());
        overrides.setItems(settings.overrides());
    }

    private void saved() {
        changed.run();
    }

    private String inherited(Integer value) {
        return value == null ? getTranslation("admin.reorder.inherited") : value.toString();
    }

    /** The key field asks for a product ID or a SKU, as the scope says. */
    private void keyLabel() {
        overrideSku.setLabel(getTranslation(PRODUCT.equals(overrideScope.getValue()) ? "admin.reorder.overrideProduct"
                : "admin.reorder.overrideSku"));
    }

    void texts() {
        settingsTitle.setText(getTranslation("admin.reorder.settings"));
        leadTime.setLabel(getTranslation("admin.reorder.leadTimeDays"));
        safetyStock.setLabel(getTranslation("admin.reorder.safetyStock"));
        window.setLabel(getTranslation("admin.reorder.window"));
        save.setText(getTranslation("admin.reorder.save"));
        overrideScope.setLabel(getTranslation("admin.reorder.overrideScope"));
        overrideScope.setItemLabelGenerator(scope -> getTranslation("admin.reorder.scope." + scope));
        keyLabel();
        overrideLeadTime.setLabel(getTranslation("admin.reorder.leadTimeDays"));
        overrideSafetyStock.setLabel(getTranslation("admin.reorder.safetyStock"));
        overrideLeadTime.setPlaceholder(getTranslation("admin.reorder.inherited"));
        overrideSafetyStock.setPlaceholder(getTranslation("admin.reorder.inherited"));
        saveOverride.setText(getTranslation("admin.reorder.saveOverride"));
        removeOverride.setText(getTranslation("admin.reorder.removeOverride"));
        for (String key : List.of("scope", "key", "product", "leadTimeDays", "safetyStock")) {
            overrides.getColumnByKey(key).setHeader(getTranslation("admin.reorder.override." + key));
        }
        overrides.getDataProvider().refreshAll();
    }
}
