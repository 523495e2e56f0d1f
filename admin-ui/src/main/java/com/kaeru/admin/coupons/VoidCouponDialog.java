package com.kaeru.admin.coupons;

import com.kaeru.api.coupons.CouponDto;
import com.kaeru.api.coupons.CouponVoiding;
import com.kaeru.api.coupons.CouponsApi;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

/** A manager withdraws an unused coupon: the reason first, which the coupon keeps. */
class VoidCouponDialog extends Dialog {
    VoidCouponDialog(CouponsApi coupons, String slug, CouponDto coupon, String value, Runnable voided) {
        Dialog dialog = this;
        dialog.setId("coupon-void-dialog");
        dialog.setHeaderTitle(getTranslation("admin.coupons.void.title", coupon.code()));
        Paragraph text = new Paragraph(getTranslation("admin.coupons.void.text", value));
        TextField reason = new TextField(getTranslation("admin.coupons.void.reason"));
        reason.setId("coupon-void-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("admin.coupons.void"));
        confirm.setId("coupon-void-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("admin.coupons.void.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            coupons.voidCoupon(slug, coupon.code(), new CouponVoiding(reason.getValue().strip()));
            dialog.close();
            voided.run();
            Notification n = Notification.show(getTranslation("admin.coupons.void.done", coupon.code()), 3000,
                    Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        Button cancel = new Button(getTranslation("admin.cancel"), e -> dialog.close());
        dialog.add(text, reason);
        dialog.getFooter().add(cancel, confirm);
    }
}
