package com.kaeru.admin.returns;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.AccessRefused;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.KeyboardShortcuts;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.returns.Decision;
import com.kaeru.api.returns.GradeSubmission;
import com.kaeru.api.returns.InfoRequest;
import com.kaeru.api.returns.NoteSubmission;
import com.kaeru.api.returns.PhotoDto;
import com.kaeru.api.returns.RefundDto;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnLineDto;
import com.kaeru.api.returns.ReturnNoteDto;
import com.kaeru.api.returns.TimelineEntryDto;
import com.kaeru.api.vocabulary.Grade;
import com.kaeru.api.vocabulary.RefundStatus;
import com.kaeru.api.vocabulary.Resolution;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

/**
 * {@code /admin/shops/{shop}/returns/{rma}}: one return — customer and order, lines with reasons,
 * photos and the policy rule that decided, refunds, the audit trail and internal notes — with the
 * moves its state allows the person's role. Keys: {@code a} approve, {@code x} reject, {@code r}
 * mark received, {@code i} ask the customer, {@code n} write a note, {@code q} back to the queue.
 */
@Route(value = "shops/:shop/returns/:rma", layout = MainLayout.class)
public class ReturnDetailView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {
    static final Set<ReturnStatus> DECIDABLE = EnumSet.of(ReturnStatus.REQUESTED, ReturnStatus.NEEDS_REVIEW);
    static final Set<ReturnStatus> RECEIVABLE = EnumSet.of(ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT,
            ReturnStatus.IN_TRANSIT);
    static final Set<ReturnStatus> CANCELLABLE = EnumSet.of(ReturnStatus.REQUESTED, ReturnStatus.NEEDS_REVIEW,
            ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT);
    /** A closed return takes no more questions (the backend refuses them with 409 too). */
    static final Set<ReturnStatus> CLOSED = EnumSet.of(ReturnStatus.COMPLETED, ReturnStatus.REJECTED,
            ReturnStatus.CANCELLED);

    private final StaffBackend backend;
    private final CurrentStaff staff;
    private ShopContext context;
    private ReturnDto request;
    private List<ReturnNoteDto> notes = List.of();
    private List<ReturnReasonDto> reasons = List.of();
    private String refusal;
    private TextArea noteField;

    @Inject
    public ReturnDetailView(StaffBackend backend, CurrentStaff staff) {
        this.backend = backend;
        this.staff = staff;
        setId("return-detail");
        KeyboardShortcuts.install(this, Map.of(
                "a", () -> whenAllowed(canDecide(), this::approve),
                "x", () -> whenAllowed(canDecide(), this::askRejection),
                "r", () -> whenAllowed(canReceive(), this::receive),
                "i", () -> whenAllowed(canAsk(), this::askCustomer),
                "n", () -> {
                    if (noteField != null) {
                        noteField.focus();
                    }
                },
                "q", this::backToQueue));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("shop").orElse("");
        String rma = event.getRouteParameters().get("rma").orElse("");
        refusal = null;
        request = null;
        context = ShopContext.load(backend, staff, slug, getLocale(), problem -> refusal = problem.problem().detail())
                .orElse(null);
        if (context != null) {
            try {
                request = backend.returns().get(slug, rma);
                notes = backend.returns().notes(slug, rma);
                reasons = backend.returnReasons().list(slug);
            } catch (ApiProblemException e) {
                if (!e.isNotFound()) {
                    throw e;
                }
                refusal = e.problem().detail();
            }
        }
        render();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (context != null) {
            context = context.in(event.getLocale());
        }
        render();
    }

    private boolean canDecide() {
        return request != null && context.canProcess() && DECIDABLE.contains(request.status());
    }

    private boolean canReceive() {
        return request != null && context.canProcess() && RECEIVABLE.contains(request.status());
    }

    private boolean canCancel() {
        return request != null && context.canProcess() && CANCELLABLE.contains(request.status());
    }

    private boolean canAsk() {
        return request != null && context.canProcess() && !CLOSED.contains(request.status());
    }

    private boolean canGrade() {
        return request != null && context.canProcess() && request.status() == ReturnStatus.RECEIVED;
    }

    private static void whenAllowed(boolean allowed, Runnable action) {
        if (allowed) {
            action.run();
        }
    }

    private void render() {
        removeAll();
        if (request == null) {
            add(AccessRefused.of(getTranslation(context == null ? "admin.shop.refused.title" : "admin.return.notFound"),
                    refusal));
            if (context != null) {
                add(backLink());
            }
            return;
        }
        H1 rma = new H1(request.rmaNumber());
        rma.setId("rma");
        HorizontalLayout header = new HorizontalLayout(rma, ReturnLabels.status(this, request.status()));
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(backLink(), header, facts(), actions());
        conversation().ifPresent(this::add);
        add(new H2(getTranslation("admin.return.lines")));
        request.lines().forEach(line -> add(line(line)));
        if (!request.refunds().isEmpty()) {
            add(new H2(getTranslation("admin.return.refunds")), refunds());
        }
        add(new H2(getTranslation("admin.return.notes")), notesSection());
        add(new H2(getTranslation("admin.return.timeline")), timeline());
        Paragraph keys = new Paragraph(getTranslation(context.canProcess() ? "admin.return.keys"
                : "admin.return.keysReadOnly"));
        keys.addClassName("keys-help");
        add(keys);
    }

    private RouterLink backLink() {
        RouterLink back = new RouterLink(getTranslation("admin.return.back"), ReturnsQueueView.class,
                new RouteParameters("shop", context.slug()));
        back.setQueryParameters(ReturnsQueueView.lastQuery(UI.getCurrent()));
        back.setId("back-to-queue");
        return back;
    }

    private void backToQueue() {
        if (context != null) {
            UI.getCurrent().navigate(ReturnsQueueView.class, new RouteParameters("shop", context.slug()),
                    ReturnsQueueView.lastQuery(UI.getCurrent()));
        }
    }

    private Div facts() {
        Div facts = new Div();
        facts.setId("return-facts");
        facts.addClassName("facts");
        facts.setWidthFull();
        fact(facts, "admin.return.customer", request.customerName(), "customer-name");
        fact(facts, "admin.return.email", request.customerEmail(), "customer-email");
        fact(facts, "admin.return.order", request.orderNumber(), "order-number");
        fact(facts, "admin.return.requested", context.formats().dateTime(request.createdAt()), "requested-at");
        fact(facts, "admin.return.method", getTranslation("admin.method." + request.returnMethod()), "return-method");
        if (request.refundDueAt() != null) {
            String due = context.formats().dateTime(request.refundDueAt());
            Span value = fact(facts, "admin.return.refundDue", due, "refund-due");
            if (request.refundOverdue()) {
                Span overdue = new Span(getTranslation("admin.returns.sla.overdue"));
                overdue.getElement().getThemeList().add("badge error primary");
                value.add(new Span(" "), overdue);
            }
        }
        if (request.needsBackorder()) {
            fact(facts, "admin.return.backorder", getTranslation("admin.return.backorder.yes"), "backorder");
        }
        return facts;
    }

    private static Span valueSpan(String value) {
        Span span = new Span(value == null ? "" : value);
        span.addClassName("fact-value");
        return span;
    }

    private Span fact(Div facts, String labelKey, String value, String id) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span valueSpan = valueSpan(value);
        valueSpan.setId(id);
        facts.add(new Div(label, valueSpan));
        return valueSpan;
    }

    // ---- actions per state and role

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("return-actions");
        if (canDecide()) {
            actions.add(button("approve", "admin.return.approve", ButtonVariant.LUMO_PRIMARY, this::approve));
            actions.add(button("reject", "admin.return.reject", ButtonVariant.LUMO_ERROR, this::askRejection));
        }
        if (canReceive()) {
            actions.add(button("receive", "admin.return.receive", ButtonVariant.LUMO_PRIMARY, this::receive));
        }
        if (canAsk()) {
            actions.add(button("ask-customer", "admin.return.ask", ButtonVariant.LUMO_CONTRAST, this::askCustomer));
        }
        if (canCancel()) {
            actions.add(button("cancel-return", "admin.return.cancel", ButtonVariant.LUMO_TERTIARY, this::askCancel));
        }
        return actions;
    }

    private Button button(String id, String textKey, ButtonVariant variant, Runnable action) {
        Button button = new Button(getTranslation(textKey), e -> action.run());
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    /** Applies a move and shows the new state; the backend's refusal is shown by the error handler. */
    private void update(Supplier<ReturnDto> move, String doneKey) {
        request = move.get();
        render();
        Notification done = Notification.show(getTranslation(doneKey, request.rmaNumber()), 3000,
                Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void approve() {
        update(() -> backend.returns().approve(context.slug(), request.rmaNumber(), new Decision(null)),
                "admin.return.approved");
    }

    private void receive() {
        update(() -> backend.returns().receive(context.slug(), request.rmaNumber()), "admin.return.received");
    }

    private void askRejection() {
        Dialog dialog = new Dialog();
        dialog.setId("reject-dialog");
        dialog.setHeaderTitle(getTranslation("admin.return.reject.title", request.rmaNumber()));
        TextArea message = new TextArea(getTranslation("admin.return.reject.message"));
        message.setId("reject-message");
        message.setRequired(true);
        message.setMaxLength(1000);
        message.setWidthFull();
        Button confirm = new Button(getTranslation("admin.return.reject.confirm"), e -> {
            if (message.getValue().isBlank()) {
                message.setInvalid(true);
                message.setErrorMessage(getTranslation("admin.return.reject.required"));
                return;
            }
            dialog.close();
            update(() -> backend.returns().reject(context.slug(), request.rmaNumber(),
                    new Decision(message.getValue().strip())), "admin.return.rejected");
        });
        confirm.setId("reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(message);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        message.focus();
    }

    /**
     * The question goes to the customer as typed (e-mail and the portal's status page) and into the
     * timeline; the status does not change.
     */
    private void askCustomer() {
        Dialog dialog = new Dialog();
        dialog.setId("ask-dialog");
        dialog.setHeaderTitle(getTranslation("admin.return.ask.title", request.rmaNumber()));
        TextArea message = new TextArea(getTranslation("admin.return.ask.message"));
        message.setId("ask-message");
        message.setRequired(true);
        message.setMaxLength(InfoRequest.MAX_LENGTH);
        message.setHelperText(getTranslation("admin.return.ask.help"));
        message.setWidthFull();
        Button confirm = new Button(getTranslation("admin.return.ask.confirm"), e -> {
            if (message.getValue().isBlank()) {
                message.setInvalid(true);
                message.setErrorMessage(getTranslation("admin.return.ask.required"));
                return;
            }
            dialog.close();
            update(() -> backend.returns().requestInfo(context.slug(), request.rmaNumber(),
                    new InfoRequest(message.getValue().strip())), "admin.return.asked");
        });
        confirm.setId("ask-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(message);
        dialog.getFooter().add(new Button(getTranslation("admin.cancel"), e -> dialog.close()), confirm);
        dialog.open();
        message.focus();
    }

    private void askCancel() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("cancel-dialog");
        confirm.setHeader(getTranslation("admin.return.cancel.title", request.rmaNumber()));
        confirm.setText(getTranslation("admin.return.cancel.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("admin.return.cancel.keep"));
        confirm.setConfirmText(getTranslation("admin.return.cancel.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> update(() -> backend.returns().cancel(context.slug(), request.rmaNumber(),
                new Decision(null)), "admin.return.cancelled"));
        confirm.open();
    }

    // ---- lines

    private Div line(ReturnLineDto line) {
        Div card = new Div();
        card.addClassName("return-line");
        card.setId("line-" + line.id());
        card.add(new H3(line.productName() + " (" + line.sku() + ") × " + line.quantity()));
        Div facts = new Div();
        facts.addClassName("facts");
        fact(facts, "admin.return.line.reason", reasonLabel(line.reasonCode()), "line-" + line.id() + "-reason");
        if (line.comment() != null && !line.comment().isBlank()) {
            fact(facts, "admin.return.line.comment", line.comment(), "line-" + line.id() + "-comment");
        }
        String resolution = getTranslation("admin.resolution." + line.resolution()) + ": "
                + (line.resolution() == Resolution.REFUND ? getTranslation("admin.refundMethod." + line.refundMethod())
                + " " + money(line.refundAmountMinor()) : line.exchangeSku());
        fact(facts, "admin.return.line.resolution", resolution, "line-" + line.id() + "-resolution");
        if (line.feeMinor() > 0) {
            fact(facts, "admin.return.line.fee", money(line.feeMinor()), "line-" + line.id() + "-fee");
        }
        if (line.bonusMinor() > 0) {
            fact(facts, "admin.return.line.bonus", money(line.bonusMinor()), "line-" + line.id() + "-bonus");
        }
        if (line.resolution() == Resolution.EXCHANGE && line.priceDifferenceMinor() != 0) {
            fact(facts, "admin.return.line.difference", money(line.priceDifferenceMinor()),
                    "line-" + line.id() + "-difference");
        }
        // Which rule decided and why: staff never have to guess where an approval came from.
        String outcome = getTranslation("admin.policyOutcome." + line.policyOutcome());
        String policy = line.policyMessage() == null
                ? getTranslation("admin.return.line.policyRule", outcome, line.policyRule())
                : getTranslation("admin.return.line.policyRuleWhy", outcome, line.policyRule(), line.policyMessage());
        fact(facts, "admin.return.line.policy", policy, "line-" + line.id() + "-policy");
        fact(facts, "admin.return.line.grades", getTranslation("admin.return.line.gradeCounts", line.gradeA(),
                line.gradeB(), line.gradeC(), line.quantity())
                + (line.gradeMissing() == 0 ? "" : getTranslation("admin.return.line.gradeMissing", line.gradeMissing())),
                "line-" + line.id() + "-grades");
        card.add(facts);
        int ungraded = line.ungradedUnits();
        if (canGrade() && ungraded > 0) {
            HorizontalLayout grading = new HorizontalLayout(new Span(getTranslation("admin.return.line.gradeNext")));
            grading.setAlignItems(FlexComponent.Alignment.BASELINE);
            // MISSING: the unit was not in the parcel (an empty parcel pays nothing).
            for (Grade grade : Grade.values()) {
                Button button = new Button(getTranslation("admin.grade." + grade), e -> update(
                        () -> backend.returns().grade(context.slug(), request.rmaNumber(), line.id(),
                                new GradeSubmission(List.of(grade))), "admin.return.graded"));
                button.setId("grade-" + line.id() + "-" + grade);
                grading.add(button);
            }
            card.add(grading);
        }
        List<PhotoDto> photos = request.photos().stream().filter(p -> p.lineId() == line.id()).toList();
        if (!photos.isEmpty()) {
            Div gallery = new Div();
            gallery.addClassName("photos");
            photos.forEach(p -> gallery.add(photo(p)));
            card.add(gallery);
        }
        return card;
    }

    private String reasonLabel(String code) {
        return reasons.stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> "ja".equals(getLocale().getLanguage()) ? r.labelJa() : r.labelEn()).orElse(code);
    }

    private String money(long minor) {
        return context.formats().money(minor, request.currency());
    }

    /** The image comes through the console: the browser has no token for the API. */
    private Component photo(PhotoDto photo) {
        String slug = context.slug();
        String rma = request.rmaNumber();
        Image image = new Image(DownloadHandler.fromInputStream(event -> {
            Response response = backend.returns().photo(slug, rma, photo.id());
            return new DownloadResponse(response.readEntity(InputStream.class), "photo-" + photo.id(),
                    photo.contentType(), photo.sizeBytes());
        }), getTranslation("admin.return.photo", photo.id()));
        image.setId("photo-" + photo.id());
        image.addClassName("return-photo");
        return image;
    }

    // ---- refunds, notes, timeline

    private Grid<RefundDto> refunds() {
        Grid<RefundDto> grid = new Grid<>();
        grid.setId("refunds");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> getTranslation("admin.refundMethod." + r.method()))
                .setHeader(getTranslation("admin.return.refund.method")).setAutoWidth(true);
        grid.addColumn(r -> context.formats().money(r.amountMinor(), r.currency()))
                .setHeader(getTranslation("admin.return.refund.amount")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("admin.refundStatus." + r.status())
                        + (r.holdReason() == null ? "" : " · " + getTranslation("admin.refundHold." + r.holdReason())))
                .setHeader(getTranslation("admin.return.refund.status")).setAutoWidth(true);
        grid.addColumn(RefundDto::requestedBy).setHeader(getTranslation("admin.return.refund.requestedBy"));
        grid.addColumn(r -> r.approvedBy() == null ? "" : r.approvedBy())
                .setHeader(getTranslation("admin.return.refund.approvedBy"));
        grid.addColumn(r -> context.formats().dateTime(r.issuedAt()))
                .setHeader(getTranslation("admin.return.refund.issuedAt")).setAutoWidth(true);
        grid.addComponentColumn(this::refundAction).setKey("action").setAutoWidth(true);
        grid.setItems(request.refunds());
        return grid;
    }

    /**
     * A held refund (above the limit, or grade C not the shop's fault): a manager approves it —
     * never the person whose grading triggered it — or declines it (nothing is paid).
     */
    private Component refundAction(RefundDto refund) {
        if (refund.status() != RefundStatus.PENDING_APPROVAL || !context.canApproveRefunds()) {
            return new Span();
        }
        Button decline = new Button(getTranslation("admin.return.refund.decline"), e -> update(
                () -> backend.returns().declineRefund(context.slug(), request.rmaNumber(), refund.id()),
                "admin.return.refundDeclined"));
        decline.setId("decline-refund-" + refund.id());
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        if (context.username().equals(refund.requestedBy())) {
            Span hint = new Span(getTranslation("admin.return.refund.otherManager"));
            hint.setId("refund-" + refund.id() + "-needs-other");
            hint.addClassName("hint");
            return new HorizontalLayout(hint, decline);
        }
        Button approve = new Button(getTranslation("admin.return.refund.approve"), e -> update(
                () -> backend.returns().approveRefund(context.slug(), request.rmaNumber(), refund.id()),
                "admin.return.refundApproved"));
        approve.setId("approve-refund-" + refund.id());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, decline);
    }

    private VerticalLayout notesSection() {
        VerticalLayout section = new VerticalLayout();
        section.setId("notes");
        section.setPadding(false);
        if (notes.isEmpty()) {
            section.add(new Paragraph(getTranslation("admin.return.notes.none")));
        }
        for (ReturnNoteDto note : notes) {
            Div entry = new Div(new Span(context.formats().dateTime(note.createdAt()) + " · " + note.author()),
                    new Paragraph(note.text()));
            entry.addClassName("note");
            section.add(entry);
        }
        noteField = null;
        if (context.canProcess()) {
            noteField = new TextArea(getTranslation("admin.return.notes.new"));
            noteField.setId("note-text");
            noteField.setMaxLength(NoteSubmission.MAX_LENGTH);
            noteField.setWidthFull();
            Button add = new Button(getTranslation("admin.return.notes.add"), e -> addNote());
            add.setId("add-note");
            section.add(noteField, add);
        }
        return section;
    }

    private void addNote() {
        String text = noteField.getValue();
        if (text.isBlank()) {
            noteField.setInvalid(true);
            noteField.setErrorMessage(getTranslation("admin.return.notes.required"));
            return;
        }
        backend.returns().addNote(context.slug(), request.rmaNumber(), new NoteSubmission(text.strip()));
        notes = backend.returns().notes(context.slug(), request.rmaNumber());
        request = backend.returns().get(context.slug(), request.rmaNumber());
        render();
    }

    /**
     * Questions to the customer and the customer's answers, oldest first, as a conversation near
     * the top: the latest answer is what the next decision rests on. Nothing if staff never asked.
     */
    private java.util.Optional<Div> conversation() {
        List<TimelineEntryDto> messages = request.timeline().stream()
                .filter(t -> ("INFO_REQUESTED".equals(t.action()) || "INFO_ANSWERED".equals(t.action())) && t.reason() != null)
                .toList();
        if (messages.isEmpty()) {
            return java.util.Optional.empty();
        }
        Div box = new Div(new H2(getTranslation("admin.return.conversation")));
        box.setId("conversation");
        box.addClassName("conversation");
        for (TimelineEntryDto message : messages) {
            boolean answer = "INFO_ANSWERED".equals(message.action());
            Span who = new Span((answer ? getTranslation("admin.return.conversation.customer")
                    : getTranslation("admin.return.conversation.staff", message.actor()))
                    + " · " + context.formats().dateTime(message.at()));
            who.addClassName("fact-label");
            // As typed: text, never HTML, line breaks kept.
            Paragraph text = new Paragraph(message.reason());
            text.getStyle().set("white-space", "pre-line").set("margin", "var(--lumo-space-xs) 0 var(--lumo-space-m)");
            Div entry = new Div(who, text);
            entry.addClassName(answer ? "conversation-answer" : "conversation-question");
            if (answer) {
                entry.getStyle().set("border-inline-start", "3px solid var(--lumo-success-color)")
                        .set("padding-inline-start", "var(--lumo-space-s)");
            }
            box.add(entry);
        }
        boolean awaitingAnswer = "INFO_REQUESTED".equals(messages.get(messages.size() - 1).action());
        if (awaitingAnswer && ReturnQuery.OPEN.contains(request.status())) {
            Span waiting = new Span(getTranslation("admin.returns.question.WAITING"));
            waiting.getElement().getThemeList().add("badge contrast");
            box.add(waiting);
        }
        return java.util.Optional.of(box);
    }

    private Grid<TimelineEntryDto> timeline() {
        Grid<TimelineEntryDto> grid = new Grid<>();
        grid.setId("timeline");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> context.formats().dateTime(t.at())).setHeader(getTranslation("admin.return.timeline.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::timelineAction).setHeader(getTranslation("admin.return.timeline.what")).setAutoWidth(true);
        grid.addColumn(TimelineEntryDto::actor).setHeader(getTranslation("admin.return.timeline.who")).setAutoWidth(true);
        grid.addColumn(t -> t.reason() == null ? "" : t.reason()).setHeader(getTranslation("admin.return.timeline.why"));
        grid.setItems(request.timeline());
        return grid;
    }

    private String timelineAction(TimelineEntryDto entry) {
        if ("STATUS".equals(entry.action())) {
            String to = getTranslation("admin.status." + entry.to());
            return entry.from() == null ? to : getTranslation("admin.status." + entry.from()) + " → " + to;
        }
        String key = "admin.timeline." + entry.action();
        String label = getTranslation(key);
        return label.startsWith("!") ? entry.action() : label;
    }

    @Override
    public String getPageTitle() {
        return (request == null ? "" : request.rmaNumber() + " | ") + (context == null ? "Kaeru" : context.shop().name());
    }
}
