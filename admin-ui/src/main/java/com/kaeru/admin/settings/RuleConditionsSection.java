package com.kaeru.admin.settings;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.kaeru.api.policy.PolicyRuleDto;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.vocabulary.SalesChannel;
import com.kaeru.api.vocabulary.WindowAnchor;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;

/**
 * When a rule applies: the days since an anchor, final sale, on sale, blocklisted, categories, tags,
 * reasons, channels, the line's value and the customer's recent returns; everything left empty
 * matches anything. Binds its fields to the dialog's {@link Binder}, with the checks the backend would
 * make (ranges not upside down, returns and days given together). A section of its own so the dialog
 * reads as name, conditions, outcome.
 */
class RuleConditionsSection extends Div {
    final IntegerField minDays = new IntegerField();
    final IntegerField maxDays = new IntegerField();
    final Select<WindowAnchor> daysFrom = new Select<>();
    final Select<Boolean> finalSale = new Select<>();
    final Select<Boolean> onSale = new Select<>();
    final Select<Boolean> blocklisted = new Select<>();
    final MultiSelectComboBox<String> categories = freeList();
    final MultiSelectComboBox<String> tags = freeList();
    final MultiSelectComboBox<String> reasons = new MultiSelectComboBox<>();
    final MultiSelectComboBox<SalesChannel> channels = new MultiSelectComboBox<>();
    final IntegerField minValue = new IntegerField();
    final IntegerField maxValue = new IntegerField();
    final IntegerField customerReturns = new IntegerField();
    final IntegerField customerWindow = new IntegerField();

    RuleConditionsSection(List<ReturnReasonDto> reasonList, Binder<PolicyRuleDto> binder) {
        String notNegative = "admin.policy.error.notNegative";
        RuleFields.number(minDays, "rule-min-days", "admin.policy.field.minDays", 0, null, notNegative);
        RuleFields.number(maxDays, "rule-max-days", "admin.policy.field.maxDays", 0, null, notNegative);
        daysFrom.setId("rule-days-from");
        daysFrom.setLabel(getTranslation("admin.policy.field.daysFrom"));
        daysFrom.setItems(WindowAnchor.values());
        // No anchor: the shop's own return-window anchor.
        daysFrom.setEmptySelectionAllowed(true);
        daysFrom.setEmptySelectionCaption(getTranslation("admin.policy.anchor.SHOP"));
        daysFrom.setItemLabelGenerator(a -> getTranslation("admin.policy.anchor." + (a == null ? "SHOP" : a.name())));
        triState(finalSale, "rule-final-sale", "admin.policy.field.finalSale");
        triState(onSale, "rule-on-sale", "admin.policy.field.onSale");
        triState(blocklisted, "rule-blocklisted", "admin.policy.field.blocklisted");
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
        channels.setItems(SalesChannel.values());
        channels.setItemLabelGenerator(c -> getTranslation("admin.channel." + c.name()));
        RuleFields.number(minValue, "rule-min-value", "admin.policy.field.minValue", 0, null, notNegative);
        RuleFields.number(maxValue, "rule-max-value", "admin.policy.field.maxValue", 0, null, notNegative);
        String positive = "admin.policy.error.positive";
        RuleFields.number(customerReturns, "rule-customer-returns", "admin.policy.field.customerReturns", 1, null,
                positive);
        RuleFields.number(customerWindow, "rule-customer-window", "admin.policy.field.customerWindow", 1, 3650,
                positive);
        bind(binder);
        add(new H3(getTranslation("admin.policy.dialog.conditions")), RuleFields.form(minDays, maxDays, daysFrom,
                finalSale, onSale, blocklisted, categories, tags, reasons, channels, minValue, maxValue,
                customerReturns, customerWindow));
    }

    private void bind(Binder<PolicyRuleDto> binder) {
        String range = getTranslation("admin.policy.error.range");
        String pair = getTranslation("admin.policy.error.pair");
        binder.forField(minDays).bind(r -> r.minDays, (r, v) -> r.minDays = v);
        RuleFields.recheckOn(binder.forField(maxDays)
                .withValidator(v -> v == null || minDays.getValue() == null || minDays.getValue() <= v, range)
                .bind(r -> r.maxDays, (r, v) -> r.maxDays = v), minDays);
        binder.forField(daysFrom).bind(r -> r.daysFrom, (r, v) -> r.daysFrom = v);
        binder.forField(finalSale).bind(r -> r.finalSale, (r, v) -> r.finalSale = v);
        binder.forField(onSale).bind(r -> r.onSale, (r, v) -> r.onSale = v);
        binder.forField(blocklisted).bind(r -> r.blocklisted, (r, v) -> r.blocklisted = v);
        binder.forField(categories).withConverter(RuleFields.<String>asList())
                .bind(r -> r.categories, (r, v) -> r.categories = v);
        binder.forField(tags).withConverter(RuleFields.<String>asList()).bind(r -> r.tags, (r, v) -> r.tags = v);
        binder.forField(reasons).withConverter(RuleFields.<String>asList())
                .bind(r -> r.reasonCodes, (r, v) -> r.reasonCodes = v);
        // Channels are kept in the vocabulary's order, whatever order they were picked in.
        binder.forField(channels).bind(r -> r.channels == null ? Set.of() : new LinkedHashSet<>(r.channels),
                (r, v) -> r.channels = Arrays.stream(SalesChannel.values()).filter(v::contains).toList());
        binder.forField(minValue).withConverter(RuleFields.asLong())
                .bind(r -> r.minLineValueMinor, (r, v) -> r.minLineValueMinor = v);
        RuleFields.recheckOn(binder.forField(maxValue)
                .withValidator(v -> v == null || minValue.getValue() == null || minValue.getValue() <= v, range)
                .withConverter(RuleFields.asLong())
                .bind(r -> r.maxLineValueMinor, (r, v) -> r.maxLineValueMinor = v), minValue);
        // "At least N returns in D days": both or neither; the empty one of the pair is marked.
        RuleFields.recheckOn(binder.forField(customerReturns)
                .withValidator(v -> v != null || customerWindow.getValue() == null, pair)
                .bind(r -> r.customerReturnsAtLeast, (r, v) -> r.customerReturnsAtLeast = v), customerWindow);
        RuleFields.recheckOn(binder.forField(customerWindow)
                .withValidator(v -> v != null || customerReturns.getValue() == null, pair)
                .bind(r -> r.customerReturnsWindowDays, (r, v) -> r.customerReturnsWindowDays = v), customerReturns);
    }

    /** The values a rule's free lists already hold are their choices, so reading the rule shows them. */
    void offer(PolicyRuleDto rule) {
        categories.setItems(new LinkedHashSet<>(rule.categories == null ? List.of() : rule.categories));
        tags.setItems(new LinkedHashSet<>(rule.tags == null ? List.of() : rule.tags));
    }

    /** Yes, no, or (empty) either. */
    private void triState(Select<Boolean> select, String id, String key) {
        select.setId(id);
        select.setLabel(getTranslation(key));
        select.setItems(true, false);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("admin.policy.tri.any"));
        select.setItemLabelGenerator(v -> getTranslation("admin.policy.tri." + (v == null ? "any" : v)));
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
}
