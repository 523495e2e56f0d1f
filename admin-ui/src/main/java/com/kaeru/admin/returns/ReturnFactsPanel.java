package com.kaeru.admin.returns;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.returns.ReturnDto;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Who returns what from which order, how it comes back, and the refund deadline once it arrived. */
class ReturnFactsPanel extends Div {
    ReturnFactsPanel() {
        setId("return-facts");
        addClassName("facts");
        setWidthFull();
    }

    void show(ReturnDto request, ShopContext context) {
        removeAll();
        fact("admin.return.customer", request.customerName(), "customer-name");
        fact("admin.return.email", request.customerEmail(), "customer-email");
        fact("admin.return.order", request.orderNumber(), "order-number");
        fact("admin.return.requested", context.formats().dateTime(request.createdAt()), "requested-at");
        fact("admin.return.method", getTranslation("admin.method." + request.returnMethod()), "return-method");
        if (request.refundDueAt() != null) {
            Span value = fact("admin.return.refundDue", context.formats().dateTime(request.refundDueAt()),
                    "refund-due");
            if (request.refundOverdue()) {
                Span overdue = new Span(getTranslation("admin.returns.sla.overdue"));
                overdue.getElement().getThemeList().add("badge error primary");
                value.add(new Span(" "), overdue);
            }
        }
        if (request.needsBackorder()) {
            fact("admin.return.backorder", getTranslation("admin.return.backorder.yes"), "backorder");
        }
    }

    private Span fact(String labelKey, String value, String id) {
        return Facts.add(this, getTranslation(labelKey), value, id);
    }
}
