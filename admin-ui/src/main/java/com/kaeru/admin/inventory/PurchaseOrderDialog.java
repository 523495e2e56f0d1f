package com.kaeru.admin.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.inventory.PurchaseOrderDto;
import com.kaeru.api.inventory.PurchaseOrderRequest;
import com.kaeru.api.inventory.PurchaseOrdersApi;
import com.kaeru.api.inventory.SkuQuantity;
import com.kaeru.api.problem.Problem;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Place a purchase order (managers): supplier, receiving location, expected date (today or later in
 * the shop's time zone), confirmed or not, and lines of SKU and quantity. A refusal is shown in the
 * dialog, on the line it concerns, and nothing typed is lost.
 */
class PurchaseOrderDialog extends Dialog {
    final TextField supplier = new TextField();
    final ComboBox<String> location = new ComboBox<>();
    final DatePicker expected = new DatePicker();
    final Checkbox confirmed = new Checkbox();
    final TextField note = new TextField();
    final List<TextField> skus = new ArrayList<>();
    final List<IntegerField> quantities = new ArrayList<>();
    private final VerticalLayout lineRows = new VerticalLayout();
    final Paragraph error = new Paragraph();

    PurchaseOrderDialog(PurchaseOrdersApi api, ShopContext context, List<String> locations, Consumer<PurchaseOrderDto> placed) {
        setId("po-dialog");
        setHeaderTitle(getTranslation("admin.incoming.create"));
        supplier.setId("po-supplier");
        supplier.setLabel(getTranslation("admin.incoming.supplier"));
        supplier.setMaxLength(200);
        supplier.setRequired(true);
        location.setId("po-location");
        location.setLabel(getTranslation("admin.inventory.location"));
        location.setItems(locations);
        location.setValue(locations.isEmpty() ? null : locations.get(0));
        expected.setId("po-expected");
        expected.setLabel(getTranslation("admin.incoming.expected"));
        expected.setMin(context.formats().today());
        expected.setLocale(getLocale());
        confirmed.setId("po-confirmed");
        confirmed.setLabel(getTranslation("admin.incoming.confirmedBySupplier"));
        note.setId("po-note");
        note.setLabel(getTranslation("admin.incoming.note"));
        note.setMaxLength(500);
        lineRows.setPadding(false);
        lineRows.setSpacing(false);
        Button addLine = new Button(getTranslation("admin.incoming.addLine"), e -> addLine());
        addLine.setId("po-add-line");
        error.setId("po-error");
        error.addClassName("form-error");
        error.setVisible(false);
        FormLayout form = new FormLayout(supplier, location, expected, confirmed, note);
        form.setColspan(note, 2);
        add(form, lineRows, addLine, error);
        addLine();

        Button save = new Button(getTranslation("admin.incoming.place"), e -> {
            List<SkuQuantity> lines = new ArrayList<>();
            for (int i = 0; i < skus.size(); i++) {
                String sku = skus.get(i).getValue();
                if (sku != null && !sku.isBlank()) {
                    lines.add(new SkuQuantity(sku.strip(), quantities.get(i).getValue()));
                }
            }
            try {
                PurchaseOrderDto order = api.place(context.slug(), new PurchaseOrderRequest(supplier.getValue(),
                        location.getValue(), expected.getValue(), confirmed.getValue(), note.getValue(), lines));
                close();
                placed.accept(order);
            } catch (ApiProblemException refused) {
                showRefusal(refused.problem());
            }
        });
        save.setId("po-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), save);
    }

    void addLine() {
        TextField sku = new TextField(getTranslation("admin.inventory.sku"));
        sku.setId("po-sku-" + skus.size());
        IntegerField quantity = new IntegerField(getTranslation("admin.incoming.quantity"));
        quantity.setId("po-quantity-" + quantities.size());
        quantity.setMin(1);
        quantity.setMax(99_999);
        // A scanner types the SKU and Enter: the quantity is next.
        sku.addValueChangeListener(e -> quantity.focus());
        skus.add(sku);
        quantities.add(quantity);
        lineRows.add(new HorizontalLayout(sku, quantity));
    }

    private void showRefusal(Problem problem) {
        error.setText(problem.detail());
        error.setVisible(true);
        skus.forEach(f -> f.setInvalid(false));
        quantities.forEach(f -> f.setInvalid(false));
        supplier.setInvalid(false);
        expected.setInvalid(false);
        for (Problem.FieldError field : problem.errors()) {
            String name = field.field();
            if ("supplier".equals(name)) {
                supplier.setErrorMessage(field.message());
                supplier.setInvalid(true);
            } else if ("expectedDate".equals(name)) {
                expected.setErrorMessage(field.message());
                expected.setInvalid(true);
            } else if (name != null && name.startsWith("lines[")) {
                // Lines sent are the non-blank rows, in order: map the index back to the row.
                int sent = Integer.parseInt(name.substring(6, name.indexOf(']')));
                int row = rowOfSentLine(sent);
                if (row >= 0) {
                    var target = name.endsWith(".sku") ? skus.get(row) : quantities.get(row);
                    if (target instanceof TextField t) {
                        t.setErrorMessage(field.message());
                        t.setInvalid(true);
                    } else if (target instanceof IntegerField q) {
                        q.setErrorMessage(field.message());
                        q.setInvalid(true);
                    }
                }
            }
        }
    }

    private int rowOfSentLine(int sent) {
        int seen = -1;
        for (int i = 0; i < skus.size(); i++) {
            String sku = skus.get(i).getValue();
            if (sku != null && !sku.isBlank() && ++seen == sent) {
                return i;
            }
        }
        return -1;
    }
}
