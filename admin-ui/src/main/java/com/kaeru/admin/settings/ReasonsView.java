package com.kaeru.admin.settings;

import java.util.List;
import java.util.Optional;

import com.kaeru.admin.api.FieldErrors;
import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.settings.ReasonSettingDto;
import com.kaeru.api.settings.ReasonUpdate;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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

    /** Sends the change; with a form open, problems go beside its fields, else to a notification. */
    private boolean send(String code, ReasonUpdate update, ReasonForm form) {
        var problem = attempt(() -> show(backend.settings().saveReason(context.slug(), code, update)));
        if (problem.isEmpty()) {
            saved("admin.reasons.saved", code);
            return true;
        }
        if (form != null) {
            form.refused(problem.get());
        } else {
            FieldErrors.place(problem.get(), field -> Optional.empty());
        }
        return false;
    }

    /** Adds ({@code existing} null) or edits one reason in a dialog around a {@link ReasonForm}. */
    private void edit(ReasonSettingDto existing) {
        ReasonForm form = new ReasonForm(reasons, existing, this::label);
        Dialog dialog = new Dialog(form);
        dialog.setId("reason-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "admin.reasons.new" : "admin.reasons.editTitle"));
        form.save.addClickShortcut(Key.ENTER).listenOn(dialog);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), form.save);
        form.addSaveListener(e -> {
            if (send(e.bean().trimmedCode(), e.bean().update(), form)) {
                dialog.close();
            }
        });
        dialog.open();
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
