package com.kaeru.admin.coupons;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.kaeru.admin.api.FieldErrors;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.coupons.CouponDto;
import com.kaeru.api.coupons.CouponRequest;
import com.kaeru.api.coupons.CouponsApi;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A manager issues a coupon by hand: a yen amount or a percentage, valid through a chosen day in the
 * shop's time zone, for whom and why. The backend's field errors land on their inputs; the caller
 * hears of the coupon once it exists. Its own component so the coupons page stays a list.
 */
class IssueCouponDialog extends Dialog {
    IssueCouponDialog(CouponsApi coupons, ShopContext context, Consumer<CouponDto> issuedThen) {
        Dialog dialog = this;
        dialog.setId("coupon-issue-dialog");
        dialog.setHeaderTitle(getTranslation("admin.coupons.issue.title"));
        RadioButtonGroup<String> kind = new RadioButtonGroup<>(getTranslation("admin.coupons.issue.kind"));
        kind.setId("coupon-kind");
        kind.setItems("AMOUNT", "PERCENT");
        kind.setItemLabelGenerator(k -> getTranslation("admin.coupons.issue.kind." + k));
        kind.setValue("AMOUNT");
        IntegerField amount = new IntegerField(getTranslation("admin.coupons.issue.amount", context.shop().currency()));
        amount.setId("coupon-amount");
        amount.setMin(1);
        IntegerField percent = new IntegerField(getTranslation("admin.coupons.issue.percent"));
        percent.setId("coupon-percent");
        percent.setMin(1);
        percent.setMax(100);
        percent.setVisible(false);
        kind.addValueChangeListener(e -> {
            amount.setVisible("AMOUNT".equals(e.getValue()));
            percent.setVisible("PERCENT".equals(e.getValue()));
        });
        DatePicker validThrough = new DatePicker(getTranslation("admin.coupons.issue.validThrough"));
        validThrough.setId("coupon-valid-through");
        validThrough.setLocale(getLocale());
        validThrough.setMin(context.formats().today());
        validThrough.setValue(context.formats().today().plusDays(CouponsView.DEFAULT_VALID_DAYS));
        validThrough.setHelperText(getTranslation("admin.coupons.issue.validThrough.help", context.formats().zone().getId()));
        EmailField email = new EmailField(getTranslation("admin.coupons.issue.email"));
        email.setId("coupon-email");
        TextField reason = new TextField(getTranslation("admin.coupons.issue.reason"));
        reason.setId("coupon-reason");
        reason.setMaxLength(500);
        reason.setRequired(true);
        TextField rma = new TextField(getTranslation("admin.coupons.issue.rma"));
        rma.setId("coupon-rma");
        rma.setMaxLength(40);
        FormLayout form = new FormLayout(kind, amount, percent, validThrough, email, reason, rma);
        Button save = new Button(getTranslation("admin.coupons.issue.save"));
        save.setId("coupon-issue-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Map<String, HasValidation> inputs = Map.of("amountMinor", amount, "percent", percent, "expiresAt", validThrough,
                "issuedToEmail", email, "reason", reason, "rmaNumber", rma);
        save.addClickListener(e -> {
            inputs.values().forEach(i -> i.setInvalid(false));
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("admin.coupons.issue.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            LocalDate last = validThrough.getValue();
            boolean byAmount = "AMOUNT".equals(kind.getValue());
            CouponRequest request = new CouponRequest(byAmount && amount.getValue() != null ? amount.getValue().longValue() : null,
                    byAmount ? null : percent.getValue(),
                    // Valid through the whole chosen day in the shop's zone: it expires as the next day begins.
                    last == null ? null : last.plusDays(1).atStartOfDay(context.formats().zone()).toInstant(),
                    email.getValue().isBlank() ? null : email.getValue().strip(), reason.getValue().strip(),
                    rma.getValue().isBlank() ? null : rma.getValue().strip());
            try {
                CouponDto issued = coupons.issue(context.slug(), request);
                dialog.close();
                issuedThen.accept(issued);
            } catch (ApiProblemException problem) {
                if (problem.problem().status() != 400 && problem.problem().status() != 422) {
                    throw problem;
                }
                FieldErrors.place(problem, field -> Optional.ofNullable(inputs.get(field)));
            }
        });
        Button cancel = new Button(getTranslation("admin.cancel"), e -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
    }
}
