package com.kaeru.admin.settings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.kaeru.api.policy.PolicyRuleDto;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;

/** What the rule dialog's sections share: their grid of fields, number fields and list conversions. */
final class RuleFields {
    private RuleFields() {
    }

    /** One to three columns, as the dialog's width allows. */
    static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("44em", 3));
        return form;
    }

    /**
     * A whole-number field with its bounds; the field's own checks (a bound crossed, something that is not a
     * number) speak {@code errorKey}'s message, since the Binder runs them before the dialog's own.
     */
    static void number(IntegerField field, String id, String labelKey, Integer min, Integer max, String errorKey) {
        field.setId(id);
        field.setLabel(field.getTranslation(labelKey));
        field.setStepButtonsVisible(false);
        if (min != null) {
            field.setMin(min);
        }
        if (max != null) {
            field.setMax(max);
        }
        String message = field.getTranslation(errorKey);
        field.setI18n(new IntegerField.IntegerFieldI18n().setBadInputErrorMessage(message).setMinErrorMessage(message)
                .setMaxErrorMessage(message));
    }

    /**
     * A check that reads another field is shown again when that field changes, but only while it is
     * showing an error: fixing the other field clears it, and nothing is flagged before the person got there.
     */
    static void recheckOn(Binder.Binding<PolicyRuleDto, ?> binding, HasValue<?, ?>... others) {
        for (HasValue<?, ?> other : others) {
            other.addValueChangeListener(e -> {
                if (binding.getField() instanceof HasValidation shown && shown.isInvalid()) {
                    binding.validate();
                }
            });
        }
    }

    /** A multi-select's chosen values as the DTO's list, in the order chosen; a missing list reads as none. */
    static <T> Converter<Set<T>, List<T>> asList() {
        return Converter.from(chosen -> Result.ok(new ArrayList<>(chosen)), list -> list == null
                ? new LinkedHashSet<>() : new LinkedHashSet<>(list));
    }

    /** Integer fields over the DTO's amounts in minor units. */
    static Converter<Integer, Long> asLong() {
        return Converter.from(v -> Result.ok(v == null ? null : v.longValue()),
                v -> v == null ? null : (int) Math.min(Integer.MAX_VALUE, v));
    }

    /** Integer fields over a primitive: empty means 0. */
    static Converter<Integer, Long> asLongOrZero() {
        return Converter.from(v -> Result.ok(v == null ? 0L : v.longValue()), v -> (int) Math.min(Integer.MAX_VALUE, v));
    }

    static Converter<Integer, Integer> orZero() {
        return Converter.from(v -> Result.ok(v == null ? 0 : v), v -> v);
    }
}
