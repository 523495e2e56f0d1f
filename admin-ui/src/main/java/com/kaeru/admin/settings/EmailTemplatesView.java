package com.kaeru.admin.settings;

import java.util.List;

import com.kaeru.admin.api.FieldErrors;
import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.settings.NotificationTemplateDto;
import com.kaeru.api.settings.RenderedEmailDto;
import com.kaeru.api.settings.TemplateUpdate;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/settings/emails}: the customer e-mails per event and language. The
 * text in use is edited beside a rendered preview with sample data (the HTML in a sandboxed
 * frame); "send a test" mails it to the manager's own address through the real outbox.
 */
@Route(value = "shops/:shop/settings/emails", layout = MainLayout.class)
public class EmailTemplatesView extends SettingsPage {
    private final H1 title = new H1();
    private final Paragraph help = new Paragraph();
    private final Grid<NotificationTemplateDto> list = new Grid<>();
    final TextField subject = new TextField();
    final TextArea body = new TextArea();
    private final Button preview = new Button();
    private final Button save = new Button();
    private final Button reset = new Button();
    private final Button test = new Button();
    private final Span state = new Span();
    private final H2 previewTitle = new H2();
    final Span renderedSubject = new Span();
    final IFrame rendered = new IFrame();
    private NotificationTemplateDto current;

    @Inject
    public EmailTemplatesView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("email-templates-view");
        setSizeFull();
        list.setId("templates-grid");
        list.addThemeVariants(GridVariant.LUMO_COMPACT);
        list.addColumn(t -> getTranslation("admin.emails.event." + t.eventType())).setKey("event").setFlexGrow(2);
        list.addColumn(t -> "ja".equals(t.language()) ? "日本語" : "English").setKey("language").setAutoWidth(true);
        list.addColumn(t -> getTranslation(t.customized() ? "admin.emails.own" : "admin.emails.default"))
                .setKey("state").setAutoWidth(true);
        list.setWidth("26rem");
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::open));
        subject.setId("template-subject");
        subject.setWidthFull();
        subject.setMaxLength(300);
        body.setId("template-body");
        body.setWidthFull();
        body.setMinHeight("14rem");
        preview.setId("template-preview");
        preview.addClickListener(e -> preview());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        reset.setId("template-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        reset.addClickListener(e -> confirmReset());
        test.setId("template-test");
        test.addClickListener(e -> sendTest());
        state.setId("template-state");
        renderedSubject.setId("rendered-subject");
        rendered.setId("rendered-html");
        // The rendered HTML is shown without scripts or same-origin rights.
        rendered.getElement().setAttribute("sandbox", "");
        rendered.setWidthFull();
        rendered.setHeight("20rem");
    }

    @Override
    protected String titleKey() {
        return "admin.emails.title";
    }

    @Override
    protected void build() {
        List<NotificationTemplateDto> all = backend.settings().templates(context.slug());
        list.setItems(all);
        VerticalLayout editor = new VerticalLayout(state, subject, body, new HorizontalLayout(preview, save, test, reset),
                previewTitle, renderedSubject, rendered);
        editor.setPadding(false);
        HorizontalLayout split = new HorizontalLayout(list, editor);
        split.setSizeFull();
        split.setFlexGrow(1, editor);
        add(title, help, split);
        setFlexGrow(1, split);
        texts();
        all.stream().filter(t -> t.language().equals(getLocale().getLanguage())).findFirst()
                .or(() -> all.stream().findFirst()).ifPresent(list::select);
    }

    void open(NotificationTemplateDto template) {
        current = template;
        subject.setValue(template.subject());
        body.setValue(template.body());
        state.setText(getTranslation(template.customized() ? "admin.emails.state.own" : "admin.emails.state.default",
                getTranslation("admin.emails.event." + template.eventType())));
        reset.setEnabled(template.customized());
        preview();
    }

    private TemplateUpdate edited() {
        return new TemplateUpdate(subject.getValue(), body.getValue());
    }

    void preview() {
        if (current == null) {
            return;
        }
        attempt(() -> show(backend.settings().previewTemplate(context.slug(), current.eventType(), current.language(),
                edited()))).ifPresent(this::fieldErrors);
    }

    private void show(RenderedEmailDto email) {
        subject.setInvalid(false);
        body.setInvalid(false);
        renderedSubject.setText(email.subject());
        rendered.setSrcdoc(email.html());
    }

    void save() {
        attempt(() -> {
            NotificationTemplateDto saved = backend.settings().saveTemplate(context.slug(), current.eventType(),
                    current.language(), edited());
            replace(saved);
        }).ifPresentOrElse(this::fieldErrors, () -> saved("admin.emails.saved"));
    }

    void sendTest() {
        attempt(() -> {
            RenderedEmailDto sent = backend.settings().sendTestEmail(context.slug(), current.eventType(),
                    current.language(), edited());
            show(sent);
            saved("admin.emails.testSent", sent.to());
        }).ifPresent(this::fieldErrors);
    }

    private void confirmReset() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("template-reset-dialog");
        confirm.setHeader(getTranslation("admin.emails.reset.title"));
        confirm.setText(getTranslation("admin.emails.reset.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.cancel"));
        confirm.setConfirmText(getTranslation("admin.emails.reset"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            replace(backend.settings().resetTemplate(context.slug(), current.eventType(), current.language()));
            saved("admin.emails.resetDone");
        });
        confirm.open();
    }

    private void replace(NotificationTemplateDto updated) {
        List<NotificationTemplateDto> items = list.getListDataView().getItems()
                .map(t -> t.eventType().equals(updated.eventType()) && t.language().equals(updated.language()) ? updated : t)
                .toList();
        list.setItems(items);
        list.select(updated);
    }

    private void fieldErrors(ApiProblemException problem) {
        FieldErrors.place(problem, field -> java.util.Optional.ofNullable(
                "subject".equals(field) ? subject : "body".equals(field) ? body : null));
    }

    @Override
    protected void texts() {
        title.setText(getTranslation("admin.emails.title"));
        help.setText(getTranslation("admin.emails.help"));
        list.getColumnByKey("event").setHeader(getTranslation("admin.emails.col.event"));
        list.getColumnByKey("language").setHeader(getTranslation("admin.emails.col.language"));
        list.getColumnByKey("state").setHeader(getTranslation("admin.emails.col.state"));
        subject.setLabel(getTranslation("admin.emails.subject"));
        body.setLabel(getTranslation("admin.emails.body"));
        body.setHelperText(getTranslation("admin.emails.variables"));
        preview.setText(getTranslation("admin.emails.preview"));
        save.setText(getTranslation("admin.emails.save"));
        reset.setText(getTranslation("admin.emails.reset"));
        test.setText(getTranslation("admin.emails.test"));
        previewTitle.setText(getTranslation("admin.emails.previewTitle"));
    }
}
