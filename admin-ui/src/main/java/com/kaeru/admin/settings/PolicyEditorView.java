package com.kaeru.admin.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.policy.PolicyDto;
import com.kaeru.api.policy.PolicyRuleDto;
import com.kaeru.api.problem.Problem;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.vocabulary.PolicyOutcome;
import com.kaeru.client.ApiProblemException;
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
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/settings/policy}: the ordered pre-approval rules. Rows move by drag,
 * by the arrow buttons or with Alt+↑/↓; a dialog edits every condition and outcome; Save sends the
 * whole list in one PUT (all or nothing). The side panel tries the list being edited — saved or
 * not — on a real order and shows what each line would get and which rule decided, exactly as the
 * portal computes it; it refreshes after every change.
 */
@Route(value = "shops/:shop/settings/policy", layout = MainLayout.class)
public class PolicyEditorView extends SettingsPage {
    private final H1 title = new H1();
    private final Paragraph defaultNote = new Paragraph();
    private final Grid<PolicyRuleDto> grid = new Grid<>();
    private final Button add = new Button();
    private final Button save = new Button();
    private final Button discard = new Button();
    private final Span dirtyNote = new Span();
    private final UnorderedList problems = new UnorderedList();
    private final PolicyPreviewPanel preview = new PolicyPreviewPanel(this::runPreview, this::money);
    private List<PolicyRuleDto> draft = new ArrayList<>();
    private List<ReturnReasonDto> reasons = List.of();
    private boolean dirty;
    private boolean usingDefault;
    private PolicyRuleDto dragged;
    private final Map<Integer, String> rowProblems = new TreeMap<>();

    @Inject
    public PolicyEditorView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("policy-editor");
        setSizeFull();
        configureGrid();
        add.setId("rule-add");
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> edit(null));
        save.setId("policy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        discard.setId("policy-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        discard.addClickListener(e -> confirmDiscard());
        dirtyNote.setId("policy-dirty");
        problems.setId("policy-problems");
        problems.addClassName("form-problems");
    }

    @Override
    protected String titleKey() {
        return "admin.policy.title";
    }

    @Override
    protected void build() {
        load(backend.policy().get(context.slug()));
        reasons = backend.returnReasons().list(context.slug());
        preview.reasons(reasons);
        HorizontalLayout toolbar = new HorizontalLayout(add, save, discard, dirtyNote);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout rules = new VerticalLayout(title, defaultNote, toolbar, problems, grid);
        rules.setPadding(false);
        rules.setSizeFull();
        rules.setFlexGrow(1, grid);
        HorizontalLayout split = new HorizontalLayout(rules, preview);
        split.setSizeFull();
        split.setFlexGrow(1, rules);
        add(split);
        texts();
    }

    private void load(PolicyDto policy) {
        usingDefault = policy.usingDefault;
        draft = Rules.copies(policy.rules);
        dirty = false;
        rowProblems.clear();
        problems.removeAll();
        refresh();
    }

    // ---- rules grid

    private void configureGrid() {
        grid.setId("rules-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> draft.indexOf(r) + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0).setKey("position");
        grid.addColumn(r -> r.name).setKey("name").setAutoWidth(true);
        grid.addColumn(r -> Rules.conditions(r, (k, a) -> getTranslation(k, a), this::money)).setKey("conditions")
                .setFlexGrow(2);
        grid.addComponentColumn(this::outcomeBadge).setKey("outcome").setAutoWidth(true);
        grid.addComponentColumn(this::rowActions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(r -> {
            int index = draft.indexOf(r);
            if (rowProblems.containsKey(index)) {
                return "invalid";
            }
            if (!r.enabled) {
                return "disabled";
            }
            return preview.last() != null && preview.last().lines().stream()
                    .anyMatch(l -> l.ruleIndex() != null && l.ruleIndex() == index) ? "deciding" : null;
        });
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragged = e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().get(0));
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> {
            PolicyRuleDto target = e.getDropTargetItem().orElse(null);
            if (dragged == null || target == null || dragged == target) {
                return;
            }
            draft.remove(dragged);
            int at = draft.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            draft.add(at, dragged);
            changed();
        });
        // Keyboard: Alt+↑/↓ moves the selected rule, Enter edits it.
        Shortcuts.addShortcutListener(grid, () -> selected(r -> move(r, -1)), Key.ARROW_UP, KeyModifier.ALT)
                .listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> selected(r -> move(r, 1)), Key.ARROW_DOWN, KeyModifier.ALT)
                .listenOn(grid);
        Shortcuts.addShortcutListener(grid, () -> selected(this::edit), Key.ENTER).listenOn(grid);
    }

    private void selected(java.util.function.Consumer<PolicyRuleDto> action) {
        grid.getSelectedItems().stream().findFirst().ifPresent(action);
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
        int index = draft.indexOf(r);
        Button up = icon(VaadinIcon.ARROW_UP, "admin.policy.up", () -> move(r, -1));
        up.setEnabled(index > 0);
        up.setId("rule-up-" + index);
        Button down = icon(VaadinIcon.ARROW_DOWN, "admin.policy.down", () -> move(r, 1));
        down.setEnabled(index < draft.size() - 1);
        down.setId("rule-down-" + index);
        Button edit = icon(VaadinIcon.EDIT, "admin.policy.edit", () -> edit(r));
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

    void move(PolicyRuleDto r, int delta) {
        int from = draft.indexOf(r);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= draft.size()) {
            return;
        }
        draft.remove(from);
        draft.add(to, r);
        changed();
        grid.select(r);
    }

    private void edit(PolicyRuleDto existing) {
        PolicyRuleDto copy = existing == null ? new PolicyRuleDto() : Rules.copy(existing);
        if (existing == null) {
            copy.name = null;
            copy.outcome = PolicyOutcome.AUTO_APPROVE;
        }
        List<String> others = draft.stream().filter(r -> r != existing).map(r -> r.name).toList();
        new RuleDialog(copy, others, reasons, edited -> {
            if (existing == null) {
                draft.add(edited);
            } else {
                draft.set(draft.indexOf(existing), edited);
            }
            changed();
        }).open();
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
        confirm.addConfirmListener(e -> {
            draft.remove(r);
            changed();
        });
        confirm.open();
    }

    private void confirmDiscard() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("policy-discard-dialog");
        confirm.setHeader(getTranslation("admin.policy.discard.title"));
        confirm.setText(getTranslation("admin.policy.discard.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.policy.discard"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            load(backend.policy().get(context.slug()));
            runPreview();
        });
        confirm.open();
    }

    private void changed() {
        dirty = true;
        rowProblems.clear();
        problems.removeAll();
        refresh();
        runPreview();
    }

    private void refresh() {
        grid.setItems(draft);
        save.setEnabled(dirty);
        discard.setEnabled(dirty);
        dirtyNote.setText(dirty ? getTranslation("admin.policy.unsaved") : "");
        defaultNote.setVisible(usingDefault && !dirty);
    }

    /** One PUT with the whole list: the backend saves all or nothing and says per rule what is wrong. */
    void save() {
        PolicyDto policy = new PolicyDto(false, draft);
        attempt(() -> load(backend.policy().replace(context.slug(), policy))).ifPresentOrElse(this::showProblems,
                () -> {
                    saved("admin.policy.saved", draft.size());
                    runPreview();
                });
    }

    private void showProblems(ApiProblemException e) {
        problems.removeAll();
        rowProblems.clear();
        problems.add(new ListItem(e.problem().detail()));
        for (Problem.FieldError error : e.problem().errors()) {
            Integer row = rowOf(error.field());
            String where = row == null || row >= draft.size() ? error.field()
                    : getTranslation("admin.policy.problem.row", row + 1, draft.get(row).name,
                            fieldLabel(error.field()));
            problems.add(new ListItem(where + ": " + error.message()));
            if (row != null) {
                rowProblems.put(row, error.message());
            }
        }
        grid.getDataProvider().refreshAll();
    }

    private static Integer rowOf(String field) {
        if (field == null || !field.startsWith("rules[")) {
            return null;
        }
        try {
            return Integer.parseInt(field.substring(6, field.indexOf(']')));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String fieldLabel(String field) {
        String property = field.contains("].") ? field.substring(field.indexOf("].") + 2) : field;
        String key = "admin.policy.field." + switch (property) {
            case "minLineValueMinor" -> "minValue";
            case "maxLineValueMinor" -> "maxValue";
            case "customerReturnsAtLeast" -> "customerReturns";
            case "customerReturnsWindowDays" -> "customerWindow";
            case "reasonCodes" -> "reasons";
            case "returnFeeMinor" -> "returnFee";
            case "restockingFeeMinor" -> "restockingFee";
            case "restockingFeePercent" -> "restockingPercent";
            case "exchangeBonusMinor" -> "bonus";
            case "exchangeBonusPercent" -> "bonusPercent";
            case "freeReturnShippingForExchange" -> "freeShipping";
            default -> property;
        };
        String label = getTranslation(key);
        return label.startsWith("!{") ? property : label;
    }

    // ---- preview

    /** Tries the list as it is in the editor (saved or not) on the order in the panel. */
    void runPreview() {
        if (context == null) {
            return;
        }
        preview.request(draft).ifPresent(request -> {
            attempt(() -> preview.show(backend.policy().preview(context.slug(), request), dirty)).ifPresent(problem -> {
                preview.refused(problem);
                if (!problem.problem().errors().isEmpty()) {
                    showProblems(problem);
                }
            });
            grid.getDataProvider().refreshAll();
        });
    }

    private String money(long minor) {
        return context.formats().money(minor, context.shop().currency());
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.policy.title"));
        defaultNote.setText(getTranslation("admin.policy.usingDefault"));
        add.setText(getTranslation("admin.policy.add"));
        save.setText(getTranslation("admin.policy.save"));
        discard.setText(getTranslation("admin.policy.discard"));
        grid.getColumnByKey("name").setHeader(getTranslation("admin.policy.col.name"));
        grid.getColumnByKey("conditions").setHeader(getTranslation("admin.policy.col.conditions"));
        grid.getColumnByKey("outcome").setHeader(getTranslation("admin.policy.col.outcome"));
        preview.texts();
        refresh();
    }
}
