package com.kaeru.portal.returns;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.kaeru.api.portal.PortalShopDto;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.format.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;

/**
 * Step 3: how the parcel comes back — the methods the shop offers (a prepaid label, a drop-off
 * at a convenience store, or a carrier pickup on a day and time slot) — and, for pickups and
 * exchanges, the address, pre-filled from the order.
 */
class ShippingStep extends Div {
    private final ReturnDraft draft;
    private final RadioButtonGroup<ReturnMethod> method = new RadioButtonGroup<>();
    private final Select<String> pickupDate = new Select<>();
    private final Select<String> pickupSlot = new Select<>();
    private final Select<String> dropOffPoint = new Select<>();
    final AddressForm addressForm;

    ShippingStep(ReturnDraft draft, PortalShopDto shop, PortalBackend backend, Locale locale) {
        this.draft = draft;
        addClassName("step-shipping");
        method.setId("return-method");
        method.setLabel(getTranslation("portal.shipping.method"));
        method.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        method.setItems(shop.returnMethods());
        method.setItemLabelGenerator(m -> getTranslation("portal.returnMethod." + m) + " — "
                + getTranslation("portal.returnMethod." + m + ".help"));
        if (!shop.returnMethods().contains(draft.returnMethod)) {
            draft.returnMethod = shop.returnMethods().get(0);
        }
        method.setValue(draft.returnMethod);

        LocalDate today = LocalDate.now(ZoneId.of(shop.timeZone()));
        List<String> days = IntStream.rangeClosed(1, shop.pickupDays()).mapToObj(d -> today.plusDays(d).toString())
                .toList();
        pickupDate.setId("pickup-date");
        pickupDate.setLabel(getTranslation("portal.shipping.pickupDate"));
        pickupDate.setItems(days);
        pickupDate.setItemLabelGenerator(d -> Formats.dayWithWeekday(LocalDate.parse(d), locale));
        pickupDate.setErrorMessage(getTranslation("portal.shipping.required"));
        if (draft.pickupDate != null && days.contains(draft.pickupDate)) {
            pickupDate.setValue(draft.pickupDate);
        }
        pickupDate.addValueChangeListener(e -> draft.pickupDate = e.getValue());
        pickupSlot.setId("pickup-slot");
        pickupSlot.setLabel(getTranslation("portal.shipping.pickupSlot"));
        pickupSlot.setItems(shop.pickupSlots());
        pickupSlot.setItemLabelGenerator(s -> getTranslation("portal.pickupSlot." + s));
        pickupSlot.setErrorMessage(getTranslation("portal.shipping.required"));
        if (draft.pickupSlot != null) {
            pickupSlot.setValue(draft.pickupSlot);
        }
        pickupSlot.addValueChangeListener(e -> draft.pickupSlot = e.getValue());
        Div pickup = new Div(pickupDate, pickupSlot);
        pickup.addClassName("pickup");

        dropOffPoint.setId("drop-off-point");
        dropOffPoint.setLabel(getTranslation("portal.shipping.dropOff"));
        dropOffPoint.setItems(shop.dropOffPoints());
        dropOffPoint.setItemLabelGenerator(p -> getTranslation("portal.dropOff." + p));
        dropOffPoint.setErrorMessage(getTranslation("portal.shipping.required"));
        if (draft.dropOffPoint != null) {
            dropOffPoint.setValue(draft.dropOffPoint);
        }
        dropOffPoint.addValueChangeListener(e -> draft.dropOffPoint = e.getValue());

        addressForm = new AddressForm(draft.address, backend, locale);
        H3 addressTitle = new H3();
        Paragraph addressWhy = new Paragraph();
        addressWhy.addClassName("meta");
        Div addressBox = new Div(addressTitle, addressWhy, addressForm);
        addressBox.addClassName("address");

        Runnable update = () -> {
            pickup.setVisible(draft.returnMethod == ReturnMethod.PICKUP);
            dropOffPoint.setVisible(draft.returnMethod == ReturnMethod.DROP_OFF);
            addressBox.setVisible(draft.needsAddress());
            addressTitle.setText(getTranslation(draft.returnMethod == ReturnMethod.PICKUP
                    ? "portal.shipping.address.pickup" : "portal.shipping.address.exchange"));
            addressWhy.setText(getTranslation("portal.shipping.address.prefilled"));
        };
        update.run();
        method.addValueChangeListener(e -> {
            draft.returnMethod = e.getValue();
            update.run();
        });
        Div methodCard = new Div(method, pickup, dropOffPoint);
        methodCard.addClassNames("card", "method");
        add(methodCard, addressBox);
    }

    boolean validate() {
        boolean ok = true;
        if (draft.returnMethod == ReturnMethod.PICKUP) {
            pickupDate.setInvalid(draft.pickupDate == null);
            pickupSlot.setInvalid(draft.pickupSlot == null);
            ok = draft.pickupDate != null && draft.pickupSlot != null;
        }
        if (draft.returnMethod == ReturnMethod.DROP_OFF) {
            dropOffPoint.setInvalid(draft.dropOffPoint == null);
            ok = draft.dropOffPoint != null;
        }
        if (draft.needsAddress()) {
            ok &= addressForm.validate();
        }
        return ok;
    }
}
