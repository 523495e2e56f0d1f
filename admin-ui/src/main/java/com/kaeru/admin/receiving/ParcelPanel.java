package com.kaeru.admin.receiving;

import java.util.function.Function;

import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnLineDto;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;

/** The parcel being graded: who sent it, then one row per unit with its grade slot. */
class ParcelPanel extends Div {
    ParcelPanel() {
        setId("parcel");
    }

    /** Shows {@code session}'s parcel (nothing when none), reasons labelled by {@code reasonLabel}. */
    void show(GradingSession session, Function<String, String> reasonLabel) {
        removeAll();
        if (!session.active()) {
            return;
        }
        ReturnDto parcel = session.parcel();
        add(new H2(parcel.rmaNumber() + " · " + (parcel.customerName() == null ? "" : parcel.customerName())
                + " · " + parcel.orderNumber()));
        for (int i = 0; i < session.total(); i++) {
            ReturnLineDto line = session.unit(i);
            Span slot = new Span(session.slot(i));
            slot.addClassName("grade-slot");
            if (i == session.graded()) {
                slot.addClassName("current");
            }
            Div unit = new Div(slot, new Span(" " + line.productName() + " (" + line.sku() + ") — "
                    + reasonLabel.apply(line.reasonCode()) + " · "
                    + getTranslation("admin.resolution." + line.resolution())));
            unit.setId("unit-" + i);
            unit.addClassName("unit");
            add(unit);
        }
    }
}
