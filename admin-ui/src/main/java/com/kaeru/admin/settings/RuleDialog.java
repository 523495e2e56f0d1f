package com.kaeru.admin.settings;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.kaeru.api.policy.PolicyRuleDto;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.vocabulary.PolicyOutcome;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

/**
 * Edits one rule: its name, then {@link RuleConditionsSection} and {@link RuleOutcomeSection}, all bound
 * to one {@link Binder} that checks field by field what the backend would refuse before the rule goes
 * back to the list (the backend checks the whole list again on save). Works on a copy; Cancel changes
 * nothing.
 */
class RuleDialog extends Dialog {
    private final PolicyRuleDto rule;
    private final List<String> otherNames;
    private final Consumer<PolicyRuleDto> onApply;
    private final Binder<PolicyRuleDto> binder = new Binder<>();

    final TextField name = new TextField();
    final Checkbox enabled = new Checkbox();
    final RuleConditionsSection conditions;
    final RuleOutcomeSection outcome;
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
        name.setId("rule-name");
        name.setMaxLength(100);
        name.setLabel(getTranslation("admin.policy.field.name"));
        name.setI18n(new TextField.TextFieldI18n().setRequiredErrorMessage(getTranslation("admin.policy.error.nameRequired")));
        name.setRequired(true);
        enabled.setId("rule-enabled");
        enabled.setLabel(getTranslation("admin.policy.field.enabled"));
        binder.forField(name)
                .withValidator(n -> !n.isBlank(), getTranslation("admin.policy.error.nameRequired"))
                .withValidator(n -> !this.otherNames.contains(n.strip().toLowerCase(Locale.ROOT)),
                        getTranslation("admin.policy.error.nameTaken"))
                .bind(r -> r.name == null ? "" : r.name, (r, v) -> r.name = v.strip());
        binder.forField(enabled).bind(r -> r.enabled, (r, v) -> r.enabled = v);
        conditions = new RuleConditionsSection(reasonList, binder);
        outcome = new RuleOutcomeSection(binder);
        add(RuleFields.form(name, enabled), conditions, outcome);

        if (rule.outcome == null) {
            rule.outcome = PolicyOutcome.AUTO_APPROVE;
        }
        conditions.offer(rule);
        binder.readBean(rule);

        Button cancel = new Button(getTranslation("admin.cancel"), e -> close());
        apply.setText(getTranslation("admin.policy.dialog.apply"));
        apply.setId("rule-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> applyIfValid());
        apply.addClickShortcut(Key.ENTER).listenOn(this);
        getFooter().add(cancel, apply);
    }

    /** Marks every invalid field with its message; true when all are fine. */
    boolean validate() {
        return binder.validate().isOk();
    }

    private void applyIfValid() {
        if (binder.writeBeanIfValid(rule)) {
            close();
            onApply.accept(rule);
        }
    }
}
