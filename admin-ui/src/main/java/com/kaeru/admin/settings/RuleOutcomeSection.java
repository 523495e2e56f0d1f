package com.kaeru.admin.settings;

import com.kaeru.api.policy.PolicyRuleDto;
import com.kaeru.api.vocabulary.PolicyOutcome;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;

/**
 * What a matching rule decides: the outcome (the contract's {@link PolicyOutcome}), the message the
 * customer reads (required, in Japanese or English, when the outcome is a rejection), and the fees and
 * exchange incentives it applies. Binds its fields to the dialog's {@link Binder}. A section of its own
 * so the dialog reads as name, conditions, outcome.
 */
class RuleOutcomeSection extends Div {
    final RadioButtonGroup<PolicyOutcome> outcome = new RadioButtonGroup<>();
    final TextArea messageJa = new TextArea();
    final TextArea messageEn = new TextArea();
    final IntegerField returnFee = new IntegerField();
    final IntegerField restockingFee = new IntegerField();
    final IntegerField restockingPercent = new IntegerField();
    final IntegerField bonus = new IntegerField();
    final IntegerField bonusPercent = new IntegerField();
    final Checkbox freeShipping = new Checkbox();

    RuleOutcomeSection(Binder<PolicyRuleDto> binder) {
        outcome.setId("rule-outcome");
        outcome.setLabel(getTranslation("admin.policy.field.outcome"));
        outcome.setItems(PolicyOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("admin.policyOutcome." + o.name()));
        outcome.setI18n(new RadioButtonGroup.RadioButtonGroupI18n()
                .setRequiredErrorMessage(getTranslation("admin.policy.error.outcome")));
        outcome.setRequired(true);
        messageJa.setId("rule-message-ja");
        messageJa.setLabel(getTranslation("admin.policy.field.messageJa"));
        messageJa.setMaxLength(500);
        messageEn.setId("rule-message-en");
        messageEn.setLabel(getTranslation("admin.policy.field.messageEn"));
        messageEn.setMaxLength(500);
        String notNegative = "admin.policy.error.notNegative";
        String percent = "admin.policy.error.percent";
        RuleFields.number(returnFee, "rule-return-fee", "admin.policy.field.returnFee", 0, null, notNegative);
        RuleFields.number(restockingFee, "rule-restocking-fee", "admin.policy.field.restockingFee", 0, null,
                notNegative);
        RuleFields.number(restockingPercent, "rule-restocking-percent", "admin.policy.field.restockingPercent", 0, 100,
                percent);
        RuleFields.number(bonus, "rule-bonus", "admin.policy.field.bonus", 0, null, notNegative);
        RuleFields.number(bonusPercent, "rule-bonus-percent", "admin.policy.field.bonusPercent", 0, 100, percent);
        freeShipping.setId("rule-free-shipping");
        freeShipping.setLabel(getTranslation("admin.policy.field.freeShipping"));
        bind(binder);
        add(new H3(getTranslation("admin.policy.dialog.outcome")), outcome, RuleFields.form(messageJa, messageEn),
                RuleFields.form(returnFee, restockingFee, restockingPercent, bonus, bonusPercent, freeShipping));
    }

    private void bind(Binder<PolicyRuleDto> binder) {
        binder.forField(outcome).asRequired(getTranslation("admin.policy.error.outcome"))
                .bind(r -> r.outcome, (r, v) -> r.outcome = v);
        // A rejection tells the customer why: in either language, the Japanese field is the one marked.
        RuleFields.recheckOn(binder.forField(messageJa).withValidator(v -> outcome.getValue() != PolicyOutcome.REJECT
                        || !v.isBlank() || !messageEn.getValue().isBlank(), getTranslation("admin.policy.error.rejectMessage"))
                .withConverter(stripped()).bind(r -> r.messageJa, (r, v) -> r.messageJa = v), outcome, messageEn);
        binder.forField(messageEn).withConverter(stripped()).bind(r -> r.messageEn, (r, v) -> r.messageEn = v);
        binder.forField(returnFee).withConverter(RuleFields.asLongOrZero())
                .bind(r -> r.returnFeeMinor, (r, v) -> r.returnFeeMinor = v);
        binder.forField(restockingFee).withConverter(RuleFields.asLongOrZero())
                .bind(r -> r.restockingFeeMinor, (r, v) -> r.restockingFeeMinor = v);
        binder.forField(restockingPercent).withConverter(RuleFields.orZero())
                .bind(r -> r.restockingFeePercent, (r, v) -> r.restockingFeePercent = v);
        binder.forField(bonus).withConverter(RuleFields.asLongOrZero())
                .bind(r -> r.exchangeBonusMinor, (r, v) -> r.exchangeBonusMinor = v);
        binder.forField(bonusPercent).withConverter(RuleFields.orZero())
                .bind(r -> r.exchangeBonusPercent, (r, v) -> r.exchangeBonusPercent = v);
        binder.forField(freeShipping)
                .bind(r -> r.freeReturnShippingForExchange, (r, v) -> r.freeReturnShippingForExchange = v);
    }

    /** Messages are kept stripped, and none at all when blank. */
    private static Converter<String, String> stripped() {
        return Converter.from(v -> Result.ok(v == null || v.isBlank() ? null : v.strip()), v -> v == null ? "" : v);
    }
}
