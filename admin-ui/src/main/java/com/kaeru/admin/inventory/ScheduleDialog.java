package com.kaeru.admin.inventory;

import java.util.function.Consumer;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.inventory.PurchaseOrderDto;
import com.kaeru.api.inventory.PurchaseOrderSchedule;
import com.kaeru.api.inventory.PurchaseOrdersApi;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Change a purchase order's expected date or mark it confirmed by the supplier (managers). Customers
 * waiting for its SKUs are told by the backend; the dialog says so.
 */
class ScheduleDialog extends Dialog {
    final DatePicker expected = new DatePicker();
    final Checkbox confirmed = new Checkbox();
    final Paragraph error = new Paragraph();

    ScheduleDialog(PurchaseOrdersApi api, ShopContext context, PurchaseOrderDto order, Consumer<PurchaseOrderDto> changed) {
        setId("schedule-dialog");
        setHeaderTitle(getTranslation("admin.incoming.schedule") + " — " + order.number());
        expected.setId("schedule-expected");
        expected.setLabel(getTranslation("admin.incoming.expected"));
        expected.setMin(context.formats().today());
        expected.setLocale(getLocale());
        expected.setValue(order.expectedDate());
        confirmed.setId("schedule-confirmed");
        confirmed.setLabel(getTranslation("admin.incoming.confirmedBySupplier"));
        confirmed.setValue(order.confirmed());
        error.setId("schedule-error");
        error.addClassName("form-error");
        error.setVisible(false);
        add(new VerticalLayout(expected, confirmed, new Paragraph(getTranslation("admin.incoming.scheduleHint")), error));
        Button save = new Button(getTranslation("admin.incoming.save"), e -> {
            try {
                PurchaseOrderDto result = api.reschedule(context.slug(), order.number(),
                        new PurchaseOrderSchedule(expected.getValue(), confirmed.getValue()));
                close();
                changed.accept(result);
            } catch (ApiProblemException refused) {
                error.setText(refused.problem().detail());
                error.setVisible(true);
                refused.problem().errors().stream().filter(f -> "expectedDate".equals(f.field())).findFirst()
                        .ifPresent(f -> {
                            expected.setErrorMessage(f.message());
                            expected.setInvalid(true);
                        });
            }
        });
        save.setId("schedule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), save);
    }
}
