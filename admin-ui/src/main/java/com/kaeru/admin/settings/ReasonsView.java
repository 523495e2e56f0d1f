package com.kaeru.admin.settings;

import java.util.List;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.problem.Problem;
import com.kaeru.api.settings.ReasonSettingDto;
import com.kaeru.api.settings.ReasonUpdate;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/settings/reasons}: the shop's return reasons as a two-level tree in
 * both languages. Codes are fixed once created (reports group by them); labels, place and order
 * change freely; a reason is deactivated, never deleted, after a confirmation.
 */
@Route(value = "shops/:shop/settings/reasons", layout = MainLayout.class)
public class ReasonsView extends SettingsPage {
    private final H1 title = new H1();
    private final Paragraph help = new Paragraph();
    private final Button add = new Button();
    private final TreeGrid<ReasonSettingDto> grid = new TreeGrid<>();
    private List<ReasonSettingDto> reasons = List.of();

    @Inject
    public ReasonsView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("reasons-view");
        setSizeFull();
        add.setId("reason-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> edit(null));
        grid.setId("reasons-grid");
        grid.addHierarchyColumn(ReasonSettingDto::labelJa).setKey("ja").setAutoWidth(true);
        grid.addColumn(ReasonSettingDto::labelEn).setKey("en").setAutoWidth(true);
        grid.addColumn(ReasonSettingDto::code).setKey("code").setAutoWidth(true);
        grid.addColumn(ReasonSettingDto::position).setKey("position").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span badge = new Span(getTranslation(r.active() ? "admin.reasons.active" : "admin.reasons.inactive"));
            badge.getElement().getThemeList().add(r.active() ? "badge success" : "badge contrast");
            return badge;
        }).setKey("active").setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button edit = new Button(getTranslation("admin.reasons.edit"), e -> edit(r));
            edit.setId("reason-edit-" + r.code());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Button toggle = new Button(getTranslation(r.active() ? "admin.reasons.deactivate" : "admin.reasons.reactivate"),
                    e -> toggle(r));
            toggle.setId("reason-toggle-" + r.code());
            toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            if (r.active()) {
                toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
            }
            return new Span(edit, toggle);
        }).setKey("actions").setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
    }

    @Override
    protected String titleKey() {
        return "admin.reasons.title";
    }

    @Override
    protected void build() {
        show(backend.settings().reasons(context.slug()));
        add(title, help, add, grid);
        setFlexGrow(1, grid);
        texts();
    }

    private void show(List<ReasonSettingDto> all) {
        reasons = all;
        grid.setItems(all.stream().filter(r -> r.parentCode() == null).toList(),
                parent -> all.stream().filter(r -> parent.code().equals(r.parentCode())).toList());
        grid.expand(all);
    }

    private void toggle(ReasonSettingDto r) {
        ReasonUpdate update = new ReasonUpdate(r.parentCode(), r.labelJa(), r.labelEn(), r.position(), !r.active());
        if (r.active()) {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("reason-deactivate-dialog");
            confirm.setHeader(getTranslation("admin.reasons.deactivate.title", label(r)));
            confirm.setText(getTranslation("admin.reasons.deactivate.text"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("admin.cancel"));
            confirm.setConfirmText(getTranslation("admin.reasons.deactivate"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(e -> send(r.code(), update, null));
            confirm.open();
        } else {
            send(r.code(), update, null);
        }
    }

    private String label(ReasonSettingDto r) {
        return "ja".equals(getLocale().getLanguage()) ? r.labelJa() : r.labelEn();
    }

    /** Sends the change; with a dialog open, problems go beside its fields, else to a notification. */
    private boolean send(String code, ReasonUpdate update, ReasonDialog dialog) {
        var problem = attempt(() -> show(backend.settings().saveReason(context.slug(), code, update)));
        if (problem.isEmpty()) {
            saved("admin.reasons.saved", code);
            return true;
        }
        if (dialog != null && dialog.place(problem.get().problem().errors())) {
            return false;
        }
        com.vaadin.flow.component.notification.Notification.show(problem.get().problem().errors().isEmpty()
                        ? problem.get().problem().detail() : problem.get().problem().errors().get(0).message(), 6000,
                        com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER)
                .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
        return false;
    }

    private void edit(ReasonSettingDto existing) {
        new ReasonDialog(existing).open();
    }

    /** Adds or edits one reason; the code is typed once and then fixed. */
    class ReasonDialog extends Dialog {
        final TextField code = new TextField(getTranslation("admin.reasons.code"));
        final Select<String> parent = new Select<>();
        final TextField labelJa = new TextField(getTranslation("admin.reasons.labelJa"));
        final TextField labelEn = new TextField(getTranslation("admin.reasons.labelEn"));
        final IntegerField position = new IntegerField(getTranslation("admin.reasons.position"));
        final Checkbox active = new Checkbox(getTranslation("admin.reasons.active"));

        ReasonDialog(ReasonSettingDto r) {
            setId("reason-dialog");
            setHeaderTitle(getTranslation(r == null ? "admin.reasons.new" : "admin.reasons.editTitle"));
            code.setId("reason-code");
            code.setPattern("[A-Z][A-Z0-9_]{1,39}");
            code.setHelperText(getTranslation("admin.reasons.codeHelp"));
            code.setRequired(true);
            parent.setId("reason-parent");
            parent.setLabel(getTranslation("admin.reasons.parent"));
            String self = r == null ? null : r.code();
            List<String> tops = new java.util.ArrayList<>(List.of(""));
            reasons.stream().filter(p -> p.parentCode() == null && !p.code().equals(self)).map(ReasonSettingDto::code)
                    .forEach(tops::add);
            parent.setItems(tops);
            parent.setItemLabelGenerator(c -> c.isEmpty() ? getTranslation("admin.reasons.topLevel")
                    : reasons.stream().filter(p -> p.code().equals(c)).findFirst().map(ReasonsView.this::label).orElse(c));
            labelJa.setId("reason-label-ja");
            labelEn.setId("reason-label-en");
            labelJa.setRequired(true);
            labelEn.setRequired(true);
            labelJa.setMaxLength(120);
            labelEn.setMaxLength(120);
            position.setId("reason-position");
            position.setMin(0);
            active.setId("reason-active");
            if (r != null) {
                code.setValue(r.code());
                code.setReadOnly(true);
                parent.setValue(r.parentCode() == null ? "" : r.parentCode());
                labelJa.setValue(r.labelJa());
                labelEn.setValue(r.labelEn());
                position.setValue(r.position());
                active.setValue(r.active());
            } else {
                parent.setValue("");
                position.setValue(reasons.size() * 10 + 10);
                active.setValue(true);
            }
            add(new FormLayout(code, parent, labelJa, labelEn, position, active));
            Button save = new Button(getTranslation("admin.reasons.save"), e -> save());
            save.setId("reason-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(this);
            getFooter().add(new Button(getTranslation("admin.cancel"), e -> close()), save);
        }

        void save() {
            for (HasValidation f : List.of(code, labelJa, labelEn, parent, position)) {
                f.setInvalid(false);
            }
            String c = code.getValue().strip();
            boolean ok = true;
            if (!c.matches("[A-Z][A-Z0-9_]{1,39}")) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("admin.reasons.codeHelp"));
                ok = false;
            }
            for (TextField f : List.of(labelJa, labelEn)) {
                if (f.getValue().isBlank()) {
                    f.setInvalid(true);
                    f.setErrorMessage(getTranslation("admin.reasons.labelRequired"));
                    ok = false;
                }
            }
            if (!ok) {
                return;
            }
            ReasonUpdate update = new ReasonUpdate(parent.getValue(), labelJa.getValue(), labelEn.getValue(),
                    position.getValue() == null ? 0 : Math.max(0, position.getValue()), active.getValue());
            if (send(c, update, this)) {
                close();
            }
        }

        /** Shows the backend's field errors on the fields; false when none fits a field. */
        boolean place(List<Problem.FieldError> errors) {
            boolean placed = false;
            for (Problem.FieldError e : errors) {
                HasValidation field = switch (e.field()) {
                    case "code" -> code;
                    case "parentCode" -> parent;
                    case "labelJa" -> labelJa;
                    case "labelEn" -> labelEn;
                    case "position" -> position;
                    default -> null;
                };
                if (field != null) {
                    field.setInvalid(true);
                    field.setErrorMessage(e.message());
                    placed = true;
                }
            }
            return placed;
        }
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.reasons.title"));
        help.setText(getTranslation("admin.reasons.help"));
        add.setText(getTranslation("admin.reasons.add"));
        grid.getColumnByKey("ja").setHeader(getTranslation("admin.reasons.labelJa"));
        grid.getColumnByKey("en").setHeader(getTranslation("admin.reasons.labelEn"));
        grid.getColumnByKey("code").setHeader(getTranslation("admin.reasons.code"));
        grid.getColumnByKey("position").setHeader(getTranslation("admin.reasons.position"));
        grid.getColumnByKey("active").setHeader(getTranslation("admin.reasons.status"));
    }
}
