package com.kaeru.admin.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import com.kaeru.api.policy.PolicyRuleDto;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.vocabulary.PolicyOutcome;
import com.kaeru.api.vocabulary.SalesChannel;
import com.kaeru.api.vocabulary.WindowAnchor;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Edits one rule: every condition and outcome, checked field by field before it goes back to the
 * list (the backend checks the whole list again on save). Works on a copy; Cancel changes nothing.
 */
class RuleDialog extends Dialog {
    private final PolicyRuleDto rule;
    private final List<String> otherNames;
    private final Consumer<PolicyRuleDto> onApply;

    final TextField name = new TextField();
    final Checkbox enabled = new Checkbox();
    final IntegerField minDays = new IntegerField();
    final IntegerField maxDays = new IntegerField();
    final Select<String> daysFrom = new Select<>();
    final Select<String> finalSale = triState();
    final Select<String> onSale = triState();
    final Select<String> blocklisted = triState();
    final MultiSelectComboBox<String> categories = freeList();
    final MultiSelectComboBox<String> tags = freeList();
    final MultiSelectComboBox<String> reasons = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> channels = new MultiSelectComboBox<>();
    final IntegerField minValue = new IntegerField();
    final IntegerField maxValue = new IntegerField();
    final IntegerField customerReturns = new IntegerField();
    final IntegerField customerWindow = new IntegerField();
    final RadioButtonGroup<String> outcome = new RadioButtonGroup<>();
    final TextArea messageJa = new TextArea();
    final TextArea messageEn = new TextArea();
    final IntegerField returnFee = new IntegerField();
    final IntegerField restockingFee = new IntegerField();
    final IntegerField restockingPercent = new IntegerField();
    final IntegerField bonus = new IntegerField();
    final IntegerField bonusPercent = new IntegerField();
    final Checkbox freeShipping = new Checkbox();
    final Button apply = new Button();

    /**
     * @param rule       a copy to edit
     * @param otherNames names of the other rules (names are unique within a policy)
     * @param reasonList the shop's reasons, offered as choices
     */
    RuleDialog(PolicyRuleDto rule, List<String> otherNames, List<ReturnReasonDto> reasonList,
               Consumer<PolicyRuleDto> onApply) {
        this.rule = rule;
        this.otherNames = otherNames.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        this.onApply = onApply;
        setId("rule-dialog");
        setWidth("min(56rem, 100vw)");
        setHeaderTitle(getTranslation(rule.name == null ? "admin.policy.dialog.new" : "admin.policy.dialog.edit"));
        configure(reasonList);
        read();
        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        apply.setText(getTranslation("admin.policy.dialog.apply"));
        apply.setId("rule-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> applyIfValid());
        apply.addClickShortcut(Key.ENTER).listenOn(this);
        getFooter().add(cancel, apply);
    }

    private void configure(List<ReturnReasonDto> reasonList) {
        name.setId("rule-name");
        name.setRequired(true);
        name.setMaxLength(100);
        name.setLabel(getTranslation("admin.policy.field.name"));
        enabled.setId("rule-enabled");
        enabled.setLabel(getTranslation("admin.policy.field.enabled"));
        label(minDays, "rule-min-days", "admin.policy.field.minDays");
        label(maxDays, "rule-max-days", "admin.policy.field.maxDays");
        minDays.setMin(0);
        maxDays.setMin(0);
        daysFrom.setId("rule-days-from");
        daysFrom.setLabel(getTranslation("admin.policy.field.daysFrom"));
        List<String> anchors = new ArrayList<>(List.of(""));
        anchors.addAll(Rules.ANCHORS);
        daysFrom.setItems(anchors);
        daysFrom.setItemLabelGenerator(a -> getTranslation("admin.policy.anchor." + (a.isEmpty() ? "SHOP" : a)));
        tri(finalSale, "rule-final-sale", "admin.policy.field.finalSale");
        tri(onSale, "rule-on-sale", "admin.policy.field.onSale");
        tri(blocklisted, "rule-blocklisted", "admin.policy.field.blocklisted");
        categories.setId("rule-categories");
        categories.setLabel(getTranslation("admin.policy.field.categories"));
        categories.setHelperText(getTranslation("admin.policy.field.freeListHelp"));
        tags.setId("rule-tags");
        tags.setLabel(getTranslation("admin.policy.field.tags"));
        tags.setHelperText(getTranslation("admin.policy.field.freeListHelp"));
        reasons.setId("rule-reasons");
        reasons.setLabel(getTranslation("admin.policy.field.reasons"));
        reasons.setItems(reasonList.stream().map(ReturnReasonDto::code).toList());
        boolean ja = "ja".equals(getLocale().getLanguage());
        reasons.setItemLabelGenerator(code -> reasonList.stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> (ja ? r.labelJa() : r.labelEn()) + " (" + code + ")").orElse(code));
        channels.setId("rule-channels");
        channels.setLabel(getTranslation("admin.policy.field.channels"));
        channels.setItems(Rules.CHANNELS);
        channels.setItemLabelGenerator(c -> getTranslation("admin.channel." + c));
        label(minValue, "rule-min-value", "admin.policy.field.minValue");
        label(maxValue, "rule-max-value", "admin.policy.field.maxValue");
        minValue.setMin(0);
        maxValue.setMin(0);
        label(customerReturns, "rule-customer-returns", "admin.policy.field.customerReturns");
        label(customerWindow, "rule-customer-window", "admin.policy.field.customerWindow");
        customerReturns.setMin(1);
        customerWindow.setMin(1);
        customerWindow.setMax(3650);
        outcome.setId("rule-outcome");
        outcome.setLabel(getTranslation("admin.policy.field.outcome"));
        outcome.setItems(Rules.OUTCOMES);
        outcome.setItemLabelGenerator(o -> getTranslation("admin.policyOutcome." + o));
        outcome.setRequired(true);
        messageJa.setId("rule-message-ja");
        messageJa.setLabel(getTranslation("admin.policy.field.messageJa"));
        messageJa.setMaxLength(500);
        messageEn.setId("rule-message-en");
        messageEn.setLabel(getTranslation("admin.policy.field.messageEn"));
        messageEn.setMaxLength(500);
        label(returnFee, "rule-return-fee", "admin.policy.field.returnFee");
        label(restockingFee, "rule-restocking-fee", "admin.policy.field.restockingFee");
        label(restockingPercent, "rule-restocking-percent", "admin.policy.field.restockingPercent");
        label(bonus, "rule-bonus", "admin.policy.field.bonus");
        label(bonusPercent, "rule-bonus-percent", "admin.policy.field.bonusPercent");
        for (IntegerField f : List.of(returnFee, restockingFee, bonus)) {
            f.setMin(0);
        }
        for (IntegerField f : List.of(restockingPercent, bonusPercent)) {
            f.setMin(0);
            f.setMax(100);
        }
        freeShipping.setId("rule-free-shipping");
        freeShipping.setLabel(getTranslation("admin.policy.field.freeShipping"));

        FormLayout conditions = form(minDays, maxDays, daysFrom, finalSale, onSale, blocklisted, categories, tags,
                reasons, channels, minValue, maxValue, customerReturns, customerWindow);
        FormLayout outcomes = form(returnFee, restockingFee, restockingPercent, bonus, bonusPercent, freeShipping);
        FormLayout messages = form(messageJa, messageEn);
        add(form(name, enabled), new H3(getTranslation("admin.policy.dialog.conditions")), conditions,
                new H3(getTranslation("admin.policy.dialog.outcome")), outcome, messages, outcomes);
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("44em", 3));
        return form;
    }

    private void label(IntegerField field, String id, String key) {
        field.setId(id);
        field.setLabel(getTranslation(key));
        field.setStepButtonsVisible(false);
    }

    private static Select<String> triState() {
        Select<String> select = new Select<>();
        select.setItems("", "true", "false");
        return select;
    }

    private void tri(Select<String> select, String id, String key) {
        select.setId(id);
        select.setLabel(getTranslation(key));
        select.setItemLabelGenerator(v -> getTranslation("admin.policy.tri." + (v.isEmpty() ? "any" : v)));
    }

    /** Category and tag values are the shop's own words: typed in, kept as typed. */
    private static MultiSelectComboBox<String> freeList() {
        MultiSelectComboBox<String> box = new MultiSelectComboBox<>();
        box.setAllowCustomValue(true);
        box.addCustomValueSetListener(e -> {
            String value = e.getDetail().strip();
            if (value.isEmpty()) {
                return;
            }
            Set<String> items = new LinkedHashSet<>(box.getListDataView().getItems().toList());
            items.add(value);
            Set<String> selected = new LinkedHashSet<>(box.getValue());
            selected.add(value);
            box.setItems(items);
            box.setValue(selected);
        });
        return box;
    }

    private static void values(MultiSelectComboBox<String> box, List<String> values, boolean addItems) {
        Set<String> chosen = new LinkedHashSet<>(values == null ? List.of() : values);
        if (addItems) {
            box.setItems(chosen);
        }
        box.setValue(chosen);
    }

    private void read() {
        name.setValue(rule.name == null ? "" : rule.name);
        enabled.setValue(rule.enabled);
        minDays.setValue(rule.minDays);
        maxDays.setValue(rule.maxDays);
        daysFrom.setValue(rule.daysFrom == null ? "" : rule.daysFrom.name());
        finalSale.setValue(rule.finalSale == null ? "" : rule.finalSale.toString());
        onSale.setValue(rule.onSale == null ? "" : rule.onSale.toString());
        blocklisted.setValue(rule.blocklisted == null ? "" : rule.blocklisted.toString());
        values(categories, rule.categories, true);
        values(tags, rule.tags, true);
        values(reasons, rule.reasonCodes, false);
        values(channels, Rules.names(rule.channels), false);
        minValue.setValue(toInt(rule.minLineValueMinor));
        maxValue.setValue(toInt(rule.maxLineValueMinor));
        customerReturns.setValue(rule.customerReturnsAtLeast);
        customerWindow.setValue(rule.customerReturnsWindowDays);
        outcome.setValue((rule.outcome == null ? PolicyOutcome.AUTO_APPROVE : rule.outcome).name());
        messageJa.setValue(rule.messageJa == null ? "" : rule.messageJa);
        messageEn.setValue(rule.messageEn == null ? "" : rule.messageEn);
        returnFee.setValue((int) rule.returnFeeMinor);
        restockingFee.setValue((int) rule.restockingFeeMinor);
        restockingPercent.setValue(rule.restockingFeePercent);
        bonus.setValue((int) rule.exchangeBonusMinor);
        bonusPercent.setValue(rule.exchangeBonusPercent);
        freeShipping.setValue(rule.freeReturnShippingForExchange);
    }

    private static Integer toInt(Long value) {
        return value == null ? null : (int) Math.min(Integer.MAX_VALUE, value);
    }

    /** Marks every invalid field with its message; true when all are fine. */
    boolean validate() {
        clearErrors();
        List<Runnable> errors = new ArrayList<>();
        String n = name.getValue().strip();
        if (n.isEmpty()) {
            errors.add(() -> error(name, "admin.policy.error.nameRequired"));
        } else if (otherNames.contains(n.toLowerCase(Locale.ROOT))) {
            errors.add(() -> error(name, "admin.policy.error.nameTaken"));
        }
        for (IntegerField f : List.of(minDays, maxDays, minValue, maxValue, returnFee, restockingFee, bonus)) {
            if (f.isInvalid() && f.getValue() == null || f.getValue() != null && f.getValue() < 0) {
                errors.add(() -> error(f, "admin.policy.error.notNegative"));
            }
        }
        if (minDays.getValue() != null && maxDays.getValue() != null && minDays.getValue() > maxDays.getValue()) {
            errors.add(() -> error(maxDays, "admin.policy.error.range"));
        }
        if (minValue.getValue() != null && maxValue.getValue() != null && minValue.getValue() > maxValue.getValue()) {
            errors.add(() -> error(maxValue, "admin.policy.error.range"));
        }
        for (IntegerField f : List.of(restockingPercent, bonusPercent)) {
            if (f.getValue() != null && (f.getValue() < 0 || f.getValue() > 100)) {
                errors.add(() -> error(f, "admin.policy.error.percent"));
            }
        }
        if ((customerReturns.getValue() == null) != (customerWindow.getValue() == null)) {
            IntegerField missing = customerReturns.getValue() == null ? customerReturns : customerWindow;
            errors.add(() -> error(missing, "admin.policy.error.pair"));
        } else if (customerReturns.getValue() != null && (customerReturns.getValue() < 1 || customerWindow.getValue() < 1)) {
            errors.add(() -> error(customerReturns.getValue() < 1 ? customerReturns : customerWindow,
                    "admin.policy.error.positive"));
        }
        if ("REJECT".equals(outcome.getValue()) && messageJa.getValue().isBlank() && messageEn.getValue().isBlank()) {
            errors.add(() -> error(messageJa, "admin.policy.error.rejectMessage"));
        }
        if (outcome.getValue() == null) {
            errors.add(() -> {
                outcome.setInvalid(true);
                outcome.setErrorMessage(getTranslation("admin.policy.error.outcome"));
            });
        }
        errors.forEach(Runnable::run);
        return errors.isEmpty();
    }

    private void clearErrors() {
        for (var f : List.of(name, messageJa)) {
            f.setInvalid(false);
        }
        for (IntegerField f : List.of(minDays, maxDays, minValue, maxValue, customerReturns, customerWindow, returnFee,
                restockingFee, restockingPercent, bonus, bonusPercent)) {
            f.setInvalid(false);
        }
        outcome.setInvalid(false);
    }

    private void error(com.vaadin.flow.component.HasValidation field, String key) {
        field.setInvalid(true);
        field.setErrorMessage(getTranslation(key));
    }

    private void applyIfValid() {
        if (!validate()) {
            return;
        }
        rule.name = name.getValue().strip();
        rule.enabled = enabled.getValue();
        rule.minDays = minDays.getValue();
        rule.maxDays = maxDays.getValue();
        rule.daysFrom = daysFrom.getValue() == null || daysFrom.getValue().isEmpty() ? null
                : WindowAnchor.valueOf(daysFrom.getValue());
        rule.finalSale = tri(finalSale.getValue());
        rule.onSale = tri(onSale.getValue());
        rule.blocklisted = tri(blocklisted.getValue());
        rule.categories = new ArrayList<>(categories.getValue());
        rule.tags = new ArrayList<>(tags.getValue());
        rule.reasonCodes = new ArrayList<>(reasons.getValue());
        rule.channels = Arrays.stream(SalesChannel.values()).filter(c -> channels.getValue().contains(c.name())).toList();
        rule.minLineValueMinor = minValue.getValue() == null ? null : minValue.getValue().longValue();
        rule.maxLineValueMinor = maxValue.getValue() == null ? null : maxValue.getValue().longValue();
        rule.customerReturnsAtLeast = customerReturns.getValue();
        rule.customerReturnsWindowDays = customerWindow.getValue();
        rule.outcome = outcome.getValue() == null ? null : PolicyOutcome.valueOf(outcome.getValue());
        rule.messageJa = blankToNull(messageJa.getValue());
        rule.messageEn = blankToNull(messageEn.getValue());
        rule.returnFeeMinor = orZero(returnFee.getValue());
        rule.restockingFeeMinor = orZero(restockingFee.getValue());
        rule.restockingFeePercent = orZero(restockingPercent.getValue());
        rule.exchangeBonusMinor = orZero(bonus.getValue());
        rule.exchangeBonusPercent = orZero(bonusPercent.getValue());
        rule.freeReturnShippingForExchange = freeShipping.getValue();
        close();
        onApply.accept(rule);
    }

    private static Boolean tri(String value) {
        return value == null || value.isEmpty() ? null : Boolean.valueOf(value);
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
