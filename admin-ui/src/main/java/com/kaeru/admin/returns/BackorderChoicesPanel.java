package com.kaeru.admin.returns;

import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.returns.BackorderChoice;
import com.kaeru.api.returns.BackorderOptionsDto;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.vocabulary.FulfilmentState;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;

/**
 * The return's exchange lines that wait for stock ({@code #backorder-choices}), with what the
 * customer may choose, as on the portal: wait, switch to a size in stock (same price), ship what is in
 * stock now (分納), or cancel
 * for the refund shown (plus the shop's coupon); a cancelled one shows its refund and coupon code.
 * People who process returns act for the customer (e.g. on the phone) — the actions fire a
 * {@link ChoiceEvent} for the view; others only read. Hidden when no line waits.
 */
class BackorderChoicesPanel extends Div {

    /** Staff chose for the customer; {@link #sku()} for a switch. */
    static class ChoiceEvent extends ComponentEvent<BackorderChoicesPanel> {
        private final long lineId;
        private final BackorderChoice choice;
        private final String sku;

        ChoiceEvent(BackorderChoicesPanel source, long lineId, BackorderChoice choice, String sku) {
            super(source, true);
            this.lineId = lineId;
            this.choice = choice;
            this.sku = sku;
        }

        long lineId() {
            return lineId;
        }

        BackorderChoice choice() {
            return choice;
        }

        String sku() {
            return sku;
        }
    }

    BackorderChoicesPanel() {
        setId("backorder-choices");
        addClassName("panel");
    }

    Registration addChoiceListener(ComponentEventListener<ChoiceEvent> listener) {
        return addListener(ChoiceEvent.class, listener);
    }

    /**
     * Shows the lines whose replacement was backordered; {@code options} asks the backend for one
     * line's (null: nothing to choose for it).
     */
    void show(ReturnDto request, ShopContext context, LongFunction<BackorderOptionsDto> options) {
        removeAll();
        List<BackorderOptionsDto> shown = request.lines().stream()
                .filter(l -> l.fulfilment() != null && l.fulfilment().backorderedAt() != null
                        && (l.fulfilment().state() == FulfilmentState.BACKORDERED
                        || l.fulfilment().state() == FulfilmentState.CANCELLED))
                .map(l -> options.apply(l.id())).filter(java.util.Objects::nonNull)
                .filter(o -> o.choosable() || o.choice() == BackorderChoice.CANCEL_FOR_REFUND).toList();
        setVisible(!shown.isEmpty());
        if (shown.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("admin.backorder.title")));
        shown.forEach(o -> add(line(o, request, context)));
    }

    private Div line(BackorderOptionsDto o, ReturnDto request, ShopContext context) {
        String id = "backorder-line-" + o.lineId();
        Div box = new Div();
        box.setId(id);
        box.addClassName("backorder-line");
        String refund = context.formats().money(o.refundMinor(), request.currency());
        if (o.choice() == BackorderChoice.CANCEL_FOR_REFUND) {
            Paragraph done = new Paragraph(getTranslation("admin.backorder.cancelled", o.sku(), refund,
                    o.chosenBy(), context.formats().dateTime(o.chosenAt())));
            done.setId(id + "-cancelled");
            box.add(done);
            if (o.coupon() != null) {
                Paragraph coupon = new Paragraph(getTranslation("admin.backorder.coupon", o.coupon().code(),
                        context.formats().dateTime(o.coupon().expiresAt())));
                coupon.setId(id + "-coupon");
                box.add(coupon);
            }
            return box;
        }
        Paragraph facts = new Paragraph(getTranslation("admin.backorder.waiting", o.sku(), o.quantity(),
                o.promisedDate() == null ? "—" : o.promisedDate().toString(),
                getTranslation(o.dateConfirmed() ? "admin.backorder.confirmed" : "admin.backorder.unconfirmed")));
        facts.setId(id + "-facts");
        box.add(facts);
        if (o.choice() == BackorderChoice.WAIT) {
            box.add(new Paragraph(getTranslation("admin.backorder.chosenWait", o.chosenBy(),
                    context.formats().dateTime(o.chosenAt()))));
        }
        String coupon = o.couponOffer() == null ? getTranslation("admin.backorder.noCoupon")
                : getTranslation("admin.backorder.withCoupon", o.couponOffer().percent() != null
                        ? o.couponOffer().percent() + "%"
                        : context.formats().money(o.couponOffer().amountMinor(), request.currency()),
                        o.couponOffer().validDays());
        box.add(new Paragraph(getTranslation(o.refundAtOnce() ? "admin.backorder.refundNow" : "admin.backorder.refundLater",
                refund) + " " + coupon));
        if (!context.canProcess()) {
            return box;
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        Button wait = new Button(getTranslation("admin.backorder.wait"),
                e -> fireEvent(new ChoiceEvent(this, o.lineId(), BackorderChoice.WAIT, null)));
        wait.setId(id + "-wait");
        wait.setEnabled(o.choice() != BackorderChoice.WAIT);
        actions.add(wait);
        if (!o.switchOptions().isEmpty()) {
            Select<BackorderOptionsDto.SwitchOption> variant = new Select<>();
            variant.setId(id + "-switch-variant");
            variant.setItems(o.switchOptions());
            variant.setItemLabelGenerator(s -> s.sku() + " (" + String.join(" / ", Stream.of(s.size(), s.color())
                    .filter(x -> x != null && !x.isBlank()).toList()) + ") · "
                    + getTranslation("admin.backorder.inStock", s.available()));
            variant.setValue(o.switchOptions().get(0));
            Button go = new Button(getTranslation("admin.backorder.switch"), e -> fireEvent(new ChoiceEvent(this,
                    o.lineId(), BackorderChoice.SWITCH, variant.getValue() == null ? null : variant.getValue().sku())));
            go.setId(id + "-switch");
            actions.add(variant, go);
        }
        if (o.availableNow() > 0 && o.availableNow() < o.quantity()) {
            Button split = new Button(getTranslation("admin.backorder.split", o.availableNow(), o.quantity()),
                    e -> fireEvent(new ChoiceEvent(this, o.lineId(), BackorderChoice.SPLIT, null)));
            split.setId(id + "-split");
            actions.add(split);
        }
        Button cancel = new Button(getTranslation("admin.backorder.cancel", refund), e -> confirmCancel(o, refund));
        cancel.setId(id + "-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(cancel);
        box.add(actions);
        return box;
    }

    private void confirmCancel(BackorderOptionsDto o, String refund) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("backorder-cancel-dialog");
        dialog.setHeader(getTranslation("admin.backorder.cancel.title", o.rma()));
        dialog.setText(getTranslation("admin.backorder.cancel.text", o.sku(), refund));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmText(getTranslation("admin.backorder.cancel", refund));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> fireEvent(new ChoiceEvent(this, o.lineId(), BackorderChoice.CANCEL_FOR_REFUND, null)));
        dialog.open();
    }
}
