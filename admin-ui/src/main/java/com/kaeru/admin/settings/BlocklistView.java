package com.kaeru.admin.settings;

import java.util.List;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.policy.BlocklistEntryDto;
import com.kaeru.api.policy.BlocklistEntryRequest;
import com.kaeru.api.problem.Problem;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/settings/blocklist}: the customers the policy's "blocklisted" condition
 * matches. Managers add an e-mail address or a phone number with a reason (the backend stores it as
 * the policy compares it and says beside the field what is wrong) and remove one after confirming.
 */
@Route(value = "shops/:shop/settings/blocklist", layout = MainLayout.class)
public class BlocklistView extends SettingsPage {
    static final String EMAIL = "EMAIL";
    static final String PHONE = "PHONE";

    private final H1 title = new H1();
    private final Paragraph help = new Paragraph();
    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    private final TextField contact = new TextField();
    private final TextField reason = new TextField();
    private final Button add = new Button();
    private final Grid<BlocklistEntryDto> grid = new Grid<>();

    @Inject
    public BlocklistView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("blocklist-view");
        setSizeFull();
        kind.setId("blocklist-kind");
        kind.setItems(EMAIL, PHONE);
        kind.setValue(EMAIL);
        kind.setItemLabelGenerator(k -> getTranslation("admin.blocklist.kind." + k));
        kind.addValueChangeListener(e -> contactTexts());
        contact.setId("blocklist-contact");
        contact.setMaxLength(254);
        contact.setWidth("20rem");
        reason.setId("blocklist-reason");
        reason.setMaxLength(500);
        reason.setWidth("24rem");
        add.setId("blocklist-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> add());
        grid.setId("blocklist-grid");
        grid.addColumn(e -> e.email() != null ? e.email() : e.phone()).setKey("contact").setAutoWidth(true);
        grid.addColumn(e -> getTranslation("admin.blocklist.kind." + (e.email() != null ? EMAIL : PHONE)))
                .setKey("kind").setAutoWidth(true);
        grid.addColumn(BlocklistEntryDto::reason).setKey("reason").setFlexGrow(1);
        grid.addColumn(BlocklistEntryDto::createdBy).setKey("createdBy").setAutoWidth(true);
        grid.addColumn(e -> context.formats().dateTime(e.createdAt())).setKey("createdAt").setAutoWidth(true);
        grid.addComponentColumn(e -> {
            Button remove = new Button(getTranslation("admin.blocklist.remove"), click -> confirmRemove(e));
            remove.setId("blocklist-remove-" + e.id());
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
            return remove;
        }).setKey("actions").setAutoWidth(true);
    }

    @Override
    protected String titleKey() {
        return "admin.blocklist.title";
    }

    @Override
    protected void build() {
        refresh();
        HorizontalLayout form = new HorizontalLayout(kind, contact, reason, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(title, help, form, grid);
        setFlexGrow(1, grid);
        texts();
    }

    private void refresh() {
        List<BlocklistEntryDto> entries = backend.blocklist().list(context.slug());
        grid.setItems(entries);
    }

    /** Sends the entry; the backend's field problems (and "already listed") go beside the fields. */
    void add() {
        contact.setInvalid(false);
        reason.setInvalid(false);
        boolean missing = false;
        if (contact.getValue().isBlank()) {
            invalid(contact, getTranslation("admin.blocklist.contactRequired"));
            missing = true;
        }
        if (reason.getValue().isBlank()) {
            invalid(reason, getTranslation("admin.blocklist.reasonRequired"));
            missing = true;
        }
        if (missing) {
            return;
        }
        String value = contact.getValue().strip();
        BlocklistEntryRequest request = EMAIL.equals(kind.getValue())
                ? new BlocklistEntryRequest(value, null, reason.getValue().strip())
                : new BlocklistEntryRequest(null, value, reason.getValue().strip());
        try {
            BlocklistEntryDto added = backend.blocklist().add(context.slug(), request);
            contact.clear();
            reason.clear();
            refresh();
            saved("admin.blocklist.added", added.email() != null ? added.email() : added.phone());
        } catch (ApiProblemException e) {
            int status = e.problem().status();
            if (status != 400 && status != 409 && status != 422) {
                throw e;
            }
            if (e.problem().errors().isEmpty()) {
                invalid(contact, e.problem().detail());
            }
            for (Problem.FieldError error : e.problem().errors()) {
                invalid("reason".equals(error.field()) ? reason : contact, error.message());
            }
        }
    }

    private static void invalid(TextField field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(message);
    }

    private void confirmRemove(BlocklistEntryDto entry) {
        String shown = entry.email() != null ? entry.email() : entry.phone();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("blocklist-remove-dialog");
        confirm.setHeader(getTranslation("admin.blocklist.remove.title", shown));
        confirm.setText(getTranslation("admin.blocklist.remove.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.blocklist.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            backend.blocklist().remove(context.slug(), entry.id());
            refresh();
            saved("admin.blocklist.removed", shown);
        });
        confirm.open();
    }

    private void contactTexts() {
        boolean email = EMAIL.equals(kind.getValue());
        contact.setLabel(getTranslation(email ? "admin.blocklist.email" : "admin.blocklist.phone"));
        contact.setPlaceholder(email ? "customer@example.jp" : "090-1234-5678");
        contact.setInvalid(false);
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.blocklist.title"));
        help.setText(getTranslation("admin.blocklist.help"));
        kind.setLabel(getTranslation("admin.blocklist.kind"));
        kind.setItemLabelGenerator(k -> getTranslation("admin.blocklist.kind." + k));
        contactTexts();
        reason.setLabel(getTranslation("admin.blocklist.reason"));
        reason.setPlaceholder(getTranslation("admin.blocklist.reasonPlaceholder"));
        add.setText(getTranslation("admin.blocklist.add"));
        grid.getColumnByKey("contact").setHeader(getTranslation("admin.blocklist.col.contact"));
        grid.getColumnByKey("kind").setHeader(getTranslation("admin.blocklist.kind"));
        grid.getColumnByKey("reason").setHeader(getTranslation("admin.blocklist.reason"));
        grid.getColumnByKey("createdBy").setHeader(getTranslation("admin.blocklist.col.createdBy"));
        grid.getColumnByKey("createdAt").setHeader(getTranslation("admin.blocklist.col.createdAt"));
        grid.getColumnByKey("actions").setHeader("");
        grid.getDataProvider().refreshAll();
    }
}
