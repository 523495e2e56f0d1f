package com.kaeru.admin.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.policy.PolicyDto;
import com.kaeru.api.policy.PolicyRuleDto;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.vocabulary.PolicyOutcome;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/settings/policy}: the ordered pre-approval rules ({@link RulesGrid}:
 * rows move by drag, by the arrow buttons or with Alt+↑/↓); a dialog edits every condition and
 * outcome; Save sends the whole list in one PUT (all or nothing) and {@link PolicyProblems} says
 * per rule what the backend refused. The side panel tries the list being edited — saved or
 * not — on a real order and shows what each line would get and which rule decided, exactly as the
 * portal computes it; it refreshes after every change.
 */
@Route(value = "shops/:shop/settings/policy", layout = MainLayout.class)
public class PolicyEditorView extends SettingsPage {
    private final H1 title = new H1();
    private final Paragraph defaultNote = new Paragraph();
    private final RulesGrid grid;
    private final Button add = new Button();
    private final Button save = new Button();
    private final Button discard = new Button();
    private final Span dirtyNote = new Span();
    private final PolicyProblems problems = new PolicyProblems();
    private final PolicyPreviewPanel preview = new PolicyPreviewPanel(this::runPreview, this::money);
    private List<PolicyRuleDto> draft = new ArrayList<>();
    private List<ReturnReasonDto> reasons = List.of();
    private boolean dirty;
    private boolean usingDefault;

    @Inject
    public PolicyEditorView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("policy-editor");
        setSizeFull();
        grid = new RulesGrid(this::money, this::decided);
        grid.addMoveListener(e -> {
            draft.remove(e.rule());
            draft.add(e.position(), e.rule());
            changed();
        });
        grid.addEditListener(e -> edit(e.rule()));
        grid.addRemoveListener(e -> {
            draft.remove(e.rule());
            changed();
        });
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
        problems.clear();
        grid.markInvalid(Set.of());
        refresh();
    }

    /** Whether the preview's last run was decided by the rule at {@code index}. */
    private boolean decided(int index) {
        return preview.last() != null && preview.last().lines().stream()
                .anyMatch(l -> l.ruleIndex() != null && l.ruleIndex() == index);
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
        problems.clear();
        grid.markInvalid(Set.of());
        refresh();
        runPreview();
    }

    private void refresh() {
        grid.show(draft);
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
        grid.markInvalid(problems.show(e.problem(), draft));
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
        grid.texts();
        preview.texts();
        refresh();
    }
}
