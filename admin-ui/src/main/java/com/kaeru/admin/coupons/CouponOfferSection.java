package com.kaeru.admin.coupons;

import java.util.Map;
import java.util.Optional;

import com.kaeru.admin.api.FieldErrors;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.coupons.CouponOfferDto;
import com.kaeru.api.coupons.CouponsApi;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The coupon customers get when they cancel a backordered exchange for a refund: managers set
 * it (none, a yen amount or a percentage, valid some days), everyone else reads it.
 * Its own component so the coupons page stays a list.
 */
class CouponOfferSection extends Div {
    private final CouponsApi coupons;
    private final ShopContext context;

    CouponOfferSection(CouponsApi coupons, ShopContext context, boolean canSet) {
        this.coupons = coupons;
        this.context = context;
        CouponOfferDto offer = coupons.cancelledBackorderOffer(context.slug());
        Div section = this;
        section.setId("coupon-offer");
        section.add(new H2(getTranslation("admin.coupons.offer.title")));
        Paragraph now = new Paragraph(offerText(offer));
        now.setId("coupon-offer-now");
        section.add(now);
        if (!canSet) {
            return;
        }
        RadioButtonGroup<String> kind = new RadioButtonGroup<>(getTranslation("admin.coupons.issue.kind"));
        kind.setId("coupon-offer-kind");
        kind.setItems("NONE", "AMOUNT", "PERCENT");
        kind.setItemLabelGenerator(k -> getTranslation("admin.coupons.offer.kind." + k));
        kind.setValue(offer.percent != null ? "PERCENT" : offer.amountMinor != null ? "AMOUNT" : "NONE");
        IntegerField amount = new IntegerField(getTranslation("admin.coupons.issue.amount", context.shop().currency()));
        amount.setId("coupon-offer-amount");
        amount.setMin(1);
        amount.setValue(offer.amountMinor == null ? null : offer.amountMinor.intValue());
        IntegerField percent = new IntegerField(getTranslation("admin.coupons.issue.percent"));
        percent.setId("coupon-offer-percent");
        percent.setMin(1);
        percent.setMax(100);
        percent.setValue(offer.percent);
        IntegerField days = new IntegerField(getTranslation("admin.coupons.offer.validDays"));
        days.setId("coupon-offer-days");
        days.setMin(1);
        days.setMax(1096);
        days.setValue(offer.validDays);
        Runnable shown = () -> {
            amount.setVisible("AMOUNT".equals(kind.getValue()));
            percent.setVisible("PERCENT".equals(kind.getValue()));
            days.setVisible(!"NONE".equals(kind.getValue()));
        };
        kind.addValueChangeListener(e -> shown.run());
        shown.run();
        Button save = new Button(getTranslation("admin.coupons.offer.save"));
        save.setId("coupon-offer-save");
        save.addClickListener(e -> {
            String k = kind.getValue();
            var wanted = new CouponOfferDto(
                    "AMOUNT".equals(k) && amount.getValue() != null ? amount.getValue().longValue() : null,
                    "PERCENT".equals(k) ? percent.getValue() : null, days.getValue() == null ? 90 : days.getValue());
            if (!"NONE".equals(k) && wanted.amountMinor == null && wanted.percent == null) {
                (("AMOUNT".equals(k)) ? amount : percent).setInvalid(true);
                return;
            }
            try {
                now.setText(offerText(coupons.setCancelledBackorderOffer(context.slug(), wanted)));
                Notification.show(getTranslation("admin.coupons.offer.saved"), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ApiProblemException problem) {
                if (problem.problem().status() != 400 && problem.problem().status() != 422) {
                    throw problem;
                }
                FieldErrors.place(problem, field -> Optional.ofNullable(Map.<String, HasValidation>of("amountMinor",
                        amount, "percent", percent, "validDays", days).get(field)));
            }
        });
        HorizontalLayout form = new HorizontalLayout(kind, amount, percent, days, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        section.add(form);
    }

    private String offerText(CouponOfferDto offer) {
        if (offer.amountMinor == null && offer.percent == null) {
            return getTranslation("admin.coupons.offer.none");
        }
        String value = offer.percent != null ? getTranslation("admin.coupons.percentOff", offer.percent)
                : getTranslation("admin.coupons.amountOff", context.formats().money(offer.amountMinor,
                        context.shop().currency()));
        return getTranslation("admin.coupons.offer.now", value, offer.validDays);
    }
}
