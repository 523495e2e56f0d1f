package com.kaeru.admin.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.inventory.PurchaseOrderDto;
import com.kaeru.api.inventory.PurchaseOrderLineDto;
import com.kaeru.api.inventory.PurchaseOrdersApi;
import com.kaeru.api.inventory.ReceiptRequest;
import com.kaeru.api.inventory.SkuQuantity;
import com.kaeru.api.problem.Problem;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Receive a purchase order (operators), scanner in hand: the scan field has the focus; scanning (or
 * typing) a SKU and Enter focuses that line's quantity and counts one unit, so scanning every unit
 * counts them, and a quantity can still be typed. Lines left empty receive nothing (a partial
 * receipt). One Idempotency-Key per dialog: pressing Receive again after a lost answer never
 * receives twice.
 */
class ReceiveDialog extends Dialog {
    final TextField scan = new TextField();
    final Map<String, IntegerField> quantities = new LinkedHashMap<>();
    final Paragraph error = new Paragraph();
    final String idempotencyKey = UUID.randomUUID().toString();

    ReceiveDialog(PurchaseOrdersApi api, ShopContext context, PurchaseOrderDto order, Consumer<PurchaseOrderDto> received) {
        setId("receive-dialog");
        setHeaderTitle(getTranslation("admin.incoming.receiveTitle", order.number(), order.supplier()));
        scan.setId("receive-scan");
        scan.setLabel(getTranslation("admin.incoming.scan"));
        scan.setAutofocus(true);
        scan.getElement().setAttribute("autocomplete", "off");
        // The default change mode fires on Enter, which a keyboard-wedge scanner sends after the code.
        scan.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                scanned(e.getValue());
            }
        });
        error.setId("receive-error");
        error.addClassName("form-error");
        error.setVisible(false);
        VerticalLayout lines = new VerticalLayout();
        lines.setPadding(false);
        for (PurchaseOrderLineDto line : order.lines()) {
            if (line.remaining() == 0) {
                continue;
            }
            IntegerField quantity = new IntegerField(line.sku() + " — "
                    + InventoryView.productName(getLocale(), line.productNameJa(), line.productNameEn()));
            quantity.setId("receive-qty-" + line.sku());
            quantity.setMin(0);
            quantity.setMax(line.remaining());
            quantity.setHelperText(getTranslation("admin.incoming.stillDue", line.remaining()));
            quantity.setWidthFull();
            quantities.put(line.sku(), quantity);
            lines.add(quantity);
        }
        add(new VerticalLayout(scan, lines, error));

        Button save = new Button(getTranslation("admin.incoming.receive"), e -> {
            List<SkuQuantity> units = new ArrayList<>();
            quantities.forEach((sku, field) -> {
                if (field.getValue() != null && field.getValue() != 0) {
                    units.add(new SkuQuantity(sku, field.getValue()));
                }
            });
            if (units.isEmpty()) {
                showError(getTranslation("admin.incoming.nothingEntered"));
                return;
            }
            try {
                PurchaseOrderDto result = api.receive(context.slug(), order.number(), idempotencyKey,
                        new ReceiptRequest(units));
                close();
                received.accept(result);
            } catch (ApiProblemException refused) {
                showRefusal(refused.problem(), units);
            }
        });
        save.setId("receive-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), save);
    }

    /** A scanned or typed SKU: focus its line and count one unit; an unknown SKU is said at once. */
    void scanned(String code) {
        scan.clear();
        if (code == null || code.isBlank()) {
            return;
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        quantities.values().forEach(f -> f.removeClassName("scanned"));
        IntegerField line = quantities.entrySet().stream()
                .filter(e -> e.getKey().toUpperCase(Locale.ROOT).equals(wanted)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (line == null) {
            showError(getTranslation("admin.incoming.notOnOrder", code.strip()));
            scan.focus();
            return;
        }
        error.setVisible(false);
        line.setValue(line.getValue() == null ? 1 : line.getValue() + 1);
        line.addClassName("scanned");
        line.focus();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void showRefusal(Problem problem, List<SkuQuantity> sent) {
        showError(problem.detail());
        quantities.values().forEach(f -> f.setInvalid(false));
        for (Problem.FieldError field : problem.errors()) {
            String name = field.field();
            if (name != null && name.startsWith("lines[")) {
                int index = Integer.parseInt(name.substring(6, name.indexOf(']')));
                if (index < sent.size()) {
                    IntegerField target = quantities.get(sent.get(index).sku);
                    target.setErrorMessage(field.message());
                    target.setInvalid(true);
                }
            }
        }
    }
}
