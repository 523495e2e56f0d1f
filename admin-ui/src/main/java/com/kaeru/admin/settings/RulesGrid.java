package com.kaeru.admin.settings;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;
import java.util.function.LongFunction;

import com.kaeru.api.policy.PolicyRuleDto;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.shared.Registration;

/**
 * The ordered rules of a policy being edited ({@code #rules-grid}): position, name, conditions in plain
 * words and the outcome; rows marked invalid (the backend refused them), disabled, or deciding (the
 * preview's order met them). Rows move by drag, by the arrow buttons or with Alt+↑/↓; Enter or a double
 * click edits; removing asks first. The grid owns none of this: it fires {@link MoveEvent},
 * {@link EditEvent} and {@link RemoveEvent}, and the editor changes its draft and shows it again.
 * Its own component so the editor keeps only the draft, saving and the preview.
 */
class RulesGrid extends Grid<PolicyRuleDto> {

    /** Move {@link #rule()} to {@link #position()} in the list (counted without the rule itself). */
    static class MoveEvent extends ComponentEvent<RulesGrid> {
        private final PolicyRuleDto rule;
        private final int position;

        MoveEvent(RulesGrid source, PolicyRuleDto rule, int position) {
            super(source, true);
            this.rule = rule;
            this.position = position;
        }

        PolicyRuleDto rule() {
            return rule;
        }

        int position() {
            return position;
        }
    }

    /** Open {@link #rule()} in the rule dialog. */
    static class EditEvent extends ComponentEvent<RulesGrid> {
        private final PolicyRuleDto rule;

        EditEvent(RulesGrid source, PolicyRuleDto rule) {
            super(source, true);
            this.rule = rule;
        }

        PolicyRuleDto rule() {
            return rule;
        }
    }

    /** Staff confirmed removing {@link #rule()}. */
    static class RemoveEvent extends ComponentEvent<RulesGrid> {
        private final PolicyRuleDto rule;

        RemoveEvent(RulesGrid source, PolicyRuleDto rule) {
            super(source, true);
            this.rule = rule;
        }

        PolicyRuleDto rule() {
            return rule;
        }
    }

    private List<PolicyRuleDto> rules = List.of();
    private Set<Integer> invalidRows = Set.of();
    private PolicyRuleDto dragged;

    /**
     * @param money    formats minor units in the shop's currency (for value conditions)
     * @param deciding whether the preview's last run was decided by the rule at this index
     */
    RulesGrid(LongFunction<String> money, IntPredicate deciding) {
        setId("rules-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(r -> rules.indexOf(r) + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0).setKey("position");
        addColumn(r -> r.name).setKey("name").setAutoWidth(true);
        addColumn(r -> Rules.conditions(r, (k, a) -> getTranslation(k, a), money)).setKey("conditions").setFlexGrow(2);
        addComponentColumn(this::outcomeBadge).setKey("outcome").setAutoWidth(true);
        addComponentColumn(this::rowActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        setPartNameGenerator(r -> {
            int index = rules.indexOf(r);
            if (invalidRows.contains(index)) {
                return "invalid";
            }
            if (!r.enabled) {
                return "disabled";
            }
            return deciding.test(index) ? "deciding" : null;
        });
        addItemDoubleClickListener(e -> fireEvent(new EditEvent(this, e.getItem())));
        setRowsDraggable(true);
        setDropMode(GridDropMode.BETWEEN);
        addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().get(0));
        addDragEndListener(e -> dragged = null);
        addDropListener(e -> {
            PolicyRuleDto target = e.getDropTargetItem().orElse(null);
            if (dragged == null || target == null || dragged == target) {
                return;
            }
            List<PolicyRuleDto> without = rules.stream().filter(r -> r != dragged).toList();
            int at = without.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            fireEvent(new MoveEvent(this, dragged, at));
        });
        // Keyboard: Alt+↑/↓ moves the selected rule, Enter edits it.
        Shortcuts.addShortcutListener(this, () -> selected(r -> move(r, -1)), Key.ARROW_UP, KeyModifier.ALT)
                .listenOn(this);
        Shortcuts.addShortcutListener(this, () -> selected(r -> move(r, 1)), Key.ARROW_DOWN, KeyModifier.ALT)
                .listenOn(this);
        Shortcuts.addShortcutListener(this, () -> selected(r -> fireEvent(new EditEvent(this, r))), Key.ENTER)
                .listenOn(this);
    }

    /** Shows {@code draft}, the editor's own list (positions and arrows follow it on every refresh). */
    void show(List<PolicyRuleDto> draft) {
        rules = draft;
        setItems(draft);
    }

    /** Marks the rows the backend refused (none: {@code Set.of()}). */
    void markInvalid(Set<Integer> rows) {
        invalidRows = Set.copyOf(rows);
        getDataProvider().refreshAll();
    }

    Registration addMoveListener(ComponentEventListener<MoveEvent> listener) {
        return addListener(MoveEvent.class, listener);
    }

    Registration addEditListener(ComponentEventListener<EditEvent> listener) {
        return addListener(EditEvent.class, listener);
    }

    Registration addRemoveListener(ComponentEventListener<RemoveEvent> listener) {
        return addListener(RemoveEvent.class, listener);
    }

    void texts() {
        getColumnByKey("name").setHeader(getTranslation("admin.policy.col.name"));
        getColumnByKey("conditions").setHeader(getTranslation("admin.policy.col.conditions"));
        getColumnByKey("outcome").setHeader(getTranslation("admin.policy.col.outcome"));
    }

    private void selected(Consumer<PolicyRuleDto> action) {
        getSelectedItems().stream().findFirst().ifPresent(action);
    }

    /** One step up or down; the moved rule stays selected so the keyboard can keep moving it. */
    private void move(PolicyRuleDto r, int delta) {
        int to = rules.indexOf(r) + delta;
        if (rules.indexOf(r) < 0 || to < 0 || to >= rules.size()) {
            return;
        }
        fireEvent(new MoveEvent(this, r, to));
        select(r);
    }

    private Span outcomeBadge(PolicyRuleDto r) {
        Span badge = new Span(getTranslation("admin.policyOutcome." + r.outcome)
                + (r.enabled ? "" : " (" + getTranslation("admin.policy.disabled") + ")"));
        badge.getElement().getThemeList().add("badge " + switch (r.outcome) {
            case AUTO_APPROVE -> "success";
            case REJECT -> "error";
            case EXCHANGE_ONLY -> "contrast";
            case NEEDS_REVIEW -> "";
        });
        return badge;
    }

    private HorizontalLayout rowActions(PolicyRuleDto r) {
        int index = rules.indexOf(r);
        Button up = icon(VaadinIcon.ARROW_UP, "admin.policy.up", () -> move(r, -1));
        up.setEnabled(index > 0);
        up.setId("rule-up-" + index);
        Button down = icon(VaadinIcon.ARROW_DOWN, "admin.policy.down", () -> move(r, 1));
        down.setEnabled(index < rules.size() - 1);
        down.setId("rule-down-" + index);
        Button edit = icon(VaadinIcon.EDIT, "admin.policy.edit", () -> fireEvent(new EditEvent(this, r)));
        edit.setId("rule-edit-" + index);
        Button remove = icon(VaadinIcon.TRASH, "admin.policy.remove", () -> confirmRemove(r));
        remove.setId("rule-remove-" + index);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(up, down, edit, remove);
        actions.setSpacing(false);
        return actions;
    }

    private Button icon(VaadinIcon icon, String labelKey, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(getTranslation(labelKey));
        b.setTooltipText(getTranslation(labelKey));
        return b;
    }

    private void confirmRemove(PolicyRuleDto r) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("rule-remove-dialog");
        confirm.setHeader(getTranslation("admin.policy.remove.title", r.name));
        confirm.setText(getTranslation("admin.policy.remove.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.policy.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> fireEvent(new RemoveEvent(this, r)));
        confirm.open();
    }
}
