package com.kaeru.portal.status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.kaeru.api.portal.QuestionAnswer;
import com.kaeru.api.returns.RefundDto;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnLineDto;
import com.kaeru.api.returns.TimelineEntryDto;
import com.kaeru.api.vocabulary.RefundStatus;
import com.kaeru.api.vocabulary.Resolution;
import com.kaeru.api.vocabulary.ReturnAction;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.kaeru.client.ApiProblemException;
import com.kaeru.portal.api.OrderSession;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.format.Formats;
import com.kaeru.portal.layout.ShopPage;
import com.kaeru.portal.shop.ShopLandingView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.inject.Inject;

/**
 * {@code /portal/{shop}/returns/{rma}}: where a return stands — a timeline from requested to
 * refunded or exchange shipped — with the next thing to do, and cancelling until the parcel
 * ships. Right after submission ({@code ?submitted=1}) it is the confirmation. Without an opened
 * order (a link from an e-mail) the visitor looks the order up first and comes back here.
 */
@Route(":shopSlug/returns/:rma")
public class ReturnStatusView extends ShopPage {
    /** Closed returns: an old question no longer needs an answer. */
    private static final Set<ReturnStatus> CLOSED = EnumSet.of(ReturnStatus.COMPLETED, ReturnStatus.REJECTED,
            ReturnStatus.CANCELLED);
    /** Timeline actions of the shop's question and the customer's answer. */
    private static final String QUESTION = "INFO_REQUESTED";
    private static final String ANSWER = "INFO_ANSWERED";
    private ReturnDto current;
    private boolean submitted;

    @Inject
    public ReturnStatusView(PortalBackend backend) {
        super(backend);
        setId("return-status");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        String rma = event.getRouteParameters().get("rma").orElse("");
        submitted = event.getLocation().getQueryParameters().getParameters().containsKey("submitted");
        Optional<String> token = OrderSession.token(slug());
        if (token.isEmpty()) {
            event.forwardTo(slug(), ShopLandingView.thenOpen(rma));
            return;
        }
        try {
            current = backend.status(slug(), token.get(), rma, locale());
        } catch (ApiProblemException e) {
            if (e.isUnauthorized()) {
                OrderSession.forget(slug());
                event.forwardTo(slug(), ShopLandingView.thenOpen(rma));
                return;
            }
            if (e.isNotFound()) {
                event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, rma);
                return;
            }
            throw e;
        }
        render();
    }

    @Override
    protected void render() {
        if (current == null) {
            return;
        }
        ZoneId zone = ZoneId.of(shop().timeZone());
        Div page = new Div();
        if (submitted) {
            page.add(confirmation());
        }
        H1 title = new H1(getTranslation("portal.status.title", current.rmaNumber()));
        Span badge = new Span(getTranslation("portal.status." + current.status()));
        badge.setId("status-badge");
        badge.addClassNames("status-badge", "status-" + current.status().name().toLowerCase(java.util.Locale.ROOT));
        page.add(title, badge, new Paragraph(getTranslation("portal.status.next." + current.status())));
        latestQuestion(zone).ifPresent(page::add);
        labelDownload().ifPresent(page::add);
        page.add(timeline(zone));
        page.add(lines());
        if (current.allowedActions().contains(ReturnAction.CANCEL)) {
            Button cancel = new Button(getTranslation("portal.status.cancel"), e -> confirmCancel());
            cancel.setId("cancel-return");
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            page.add(cancel);
        }
        show(shop(), page);
    }

    /** The label for prepaid and drop-off returns while the server offers it, fetched with the order token. */
    private Optional<Anchor> labelDownload() {
        ReturnMethod method = current.logistics() == null ? current.returnMethod() : current.logistics().returnMethod();
        if (!current.allowedActions().contains(ReturnAction.DOWNLOAD_LABEL)) {
            return Optional.empty();
        }
        String slug = slug();
        String rma = current.rmaNumber();
        java.util.Locale locale = locale();
        String token = OrderSession.token(slug).orElse(null);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = backend.label(slug, token, rma, locale);
            return new DownloadResponse(new java.io.ByteArrayInputStream(pdf), rma + "-label.pdf", "application/pdf",
                    pdf.length);
        }), AttachmentType.DOWNLOAD, getTranslation(method == ReturnMethod.DROP_OFF ? "portal.status.label.dropOff"
                : "portal.status.label"));
        download.setId("label-download");
        download.addClassName("label-download");
        return Optional.of(download);
    }

    private Div confirmation() {
        Div box = new Div();
        box.setId("confirmation");
        box.addClassNames("callout", "confirmation");
        box.getElement().setAttribute("role", "status");
        H2 thanks = new H2(getTranslation("portal.confirm.title"));
        Span rma = new Span(current.rmaNumber());
        rma.setId("confirmation-rma");
        rma.addClassName("rma-number");
        box.add(thanks, new Paragraph(getTranslation("portal.confirm.rma")), rma,
                new Paragraph(getTranslation("portal.confirm.email")));
        H3 what = new H3(getTranslation("portal.confirm.next"));
        OrderedList steps = new OrderedList();
        ReturnMethod method = current.logistics() == null ? current.returnMethod() : current.logistics().returnMethod();
        steps.add(new ListItem(getTranslation("portal.confirm.next.pack")));
        steps.add(new ListItem(getTranslation("portal.confirm.next." + method)));
        steps.add(new ListItem(getTranslation("portal.confirm.next.after")));
        box.add(what, steps);
        return box;
    }

    /**
     * The shop's latest question, while the return is open: staff wrote it for the customer (the API
     * sends customers no other non-status entry), and the same text went out by e-mail. Below it the
     * customer's answer, or a box to write one.
     */
    private Optional<Div> latestQuestion(ZoneId zone) {
        if (CLOSED.contains(current.status())) {
            return Optional.empty();
        }
        List<TimelineEntryDto> entries = current.timeline();
        int asked = -1;
        for (int i = 0; i < entries.size(); i++) {
            if (QUESTION.equals(entries.get(i).action()) && entries.get(i).reason() != null) {
                asked = i;
            }
        }
        if (asked < 0) {
            return Optional.empty();
        }
        TimelineEntryDto entry = entries.get(asked);
        Optional<TimelineEntryDto> answer = entries.subList(asked + 1, entries.size()).stream()
                .filter(e -> ANSWER.equals(e.action())).findFirst();
        Div box = new Div();
        box.setId("info-request");
        box.addClassNames("callout", "info-request");
        box.getElement().setAttribute("role", "note");
        H2 heading = new H2(getTranslation("portal.status.question.title"));
        Span when = new Span(Formats.dateTime(entry.at(), zone, locale()));
        when.addClassName("meta");
        // Text, not HTML: what staff typed is shown as typed, line breaks kept by the style.
        Paragraph question = new Paragraph(entry.reason());
        question.setId("info-request-text");
        question.getStyle().set("white-space", "pre-line");
        box.add(heading, when, question);
        if (answer.isPresent()) {
            H3 answered = new H3(getTranslation("portal.status.question.answered"));
            Span answeredAt = new Span(Formats.dateTime(answer.get().at(), zone, locale()));
            answeredAt.addClassName("meta");
            Paragraph text = new Paragraph(answer.get().reason());
            text.setId("info-answer-text");
            text.getStyle().set("white-space", "pre-line");
            box.add(answered, answeredAt, text);
        } else {
            box.add(answerForm());
        }
        return Optional.of(box);
    }

    /** The customer's answer: typed text stays in the box until the shop has it. */
    private Div answerForm() {
        TextArea answer = new TextArea(getTranslation("portal.status.question.yourAnswer"));
        answer.setId("info-answer");
        answer.setWidthFull();
        answer.setMinRows(3);
        answer.setMaxLength(QuestionAnswer.MAX_LENGTH);
        answer.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        answer.addValueChangeListener(e -> answer.setInvalid(false));
        Button send = new Button(getTranslation("portal.status.question.send"));
        send.addClickListener(e -> sendAnswer(answer, send));
        send.setId("send-answer");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        Paragraph byMail = new Paragraph(getTranslation("portal.status.question.answer"));
        byMail.addClassName("meta");
        return new Div(answer, send, byMail);
    }

    private void sendAnswer(TextArea answer, Button send) {
        Optional<String> token = OrderSession.token(slug());
        if (token.isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate(slug(), ShopLandingView.thenOpen(current.rmaNumber())));
            return;
        }
        if (answer.getValue().isBlank()) {
            answer.setErrorMessage(getTranslation("portal.status.question.required"));
            answer.setInvalid(true);
            send.setEnabled(true);
            return;
        }
        try {
            current = backend.answer(slug(), token.get(), current.rmaNumber(), answer.getValue(), locale());
            render();
            com.vaadin.flow.component.notification.Notification.show(getTranslation("portal.status.question.sent"), 5000,
                    com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER)
                    .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
        } catch (ApiProblemException e) {
            if (e.isUnauthorized()) {
                // The order token expired: look the order up again, then come back here.
                OrderSession.forget(slug());
                getUI().ifPresent(ui -> ui.navigate(slug(), ShopLandingView.thenOpen(current.rmaNumber())));
                return;
            }
            // The text stays where the customer typed it; the shop's answer says what went wrong.
            answer.setErrorMessage(e.problem().detail() == null ? getTranslation("portal.error.generic")
                    : e.problem().detail());
            answer.setInvalid(true);
            send.setEnabled(true);
        } catch (RuntimeException unreachable) {
            // The backend did not answer: keep the text and let the customer try again.
            answer.setErrorMessage(getTranslation("portal.error.generic"));
            answer.setInvalid(true);
            send.setEnabled(true);
        }
    }

    /** A timeline entry's new state; entries that change no state have none. */
    private static Optional<ReturnStatus> statusOf(String state) {
        if (state == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReturnStatus.valueOf(state));
        } catch (IllegalArgumentException notAState) {
            return Optional.empty();
        }
    }

    /** The customer's view of the lifecycle: every milestone, done ones with their time. */
    private OrderedList timeline(ZoneId zone) {
        Map<ReturnStatus, Instant> reached = new EnumMap<>(ReturnStatus.class);
        for (TimelineEntryDto entry : current.timeline()) {
            statusOf(entry.to()).ifPresent(to -> reached.putIfAbsent(to, entry.at()));
        }
        List<ReturnStatus> milestones = new java.util.ArrayList<>(List.of(ReturnStatus.REQUESTED));
        if (reached.containsKey(ReturnStatus.NEEDS_REVIEW)) {
            milestones.add(ReturnStatus.NEEDS_REVIEW);
        }
        if (reached.containsKey(ReturnStatus.REJECTED) || reached.containsKey(ReturnStatus.CANCELLED)) {
            milestones.add(reached.containsKey(ReturnStatus.REJECTED) ? ReturnStatus.REJECTED : ReturnStatus.CANCELLED);
        } else {
            milestones.addAll(List.of(ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT, ReturnStatus.IN_TRANSIT,
                    ReturnStatus.RECEIVED, ReturnStatus.INSPECTED, ReturnStatus.COMPLETED));
        }
        OrderedList list = new OrderedList();
        list.setId("timeline");
        list.addClassName("timeline");
        boolean afterCurrent = false;
        for (ReturnStatus milestone : milestones) {
            ListItem item = new ListItem();
            Span label = new Span(getTranslation("portal.timeline." + milestone));
            item.add(label);
            Instant at = reached.get(milestone);
            if (at != null) {
                item.addClassName("done");
                Span when = new Span(Formats.dateTime(at, zone, locale()));
                when.addClassName("meta");
                item.add(when);
            } else if (milestone == ReturnStatus.IN_TRANSIT && reached.containsKey(ReturnStatus.RECEIVED)) {
                item.addClassName("done");
            } else {
                item.addClassName(afterCurrent ? "pending" : "next");
                afterCurrent = true;
            }
            if (milestone == current.status()) {
                item.getElement().setAttribute("aria-current", "step");
            }
            list.add(item);
        }
        return list;
    }

    private Div lines() {
        Div box = new Div();
        box.addClassName("status-lines");
        String currency = current.currency();
        for (ReturnLineDto line : current.lines()) {
            Div card = new Div();
            card.addClassNames("card", "status-line");
            card.add(new H3(line.productName()));
            String resolution = line.resolution() == Resolution.EXCHANGE
                    ? getTranslation("portal.status.line.exchange", line.exchangeSku(), line.quantity())
                    : getTranslation("portal.status.line.refund", Formats.money(line.refundAmountMinor(), currency,
                    locale()), getTranslation("portal.refundMethod." + line.refundMethod()));
            card.add(new Paragraph(resolution));
            if (line.backorder()) {
                card.add(new Paragraph(getTranslation("portal.status.line.backorder")));
            }
            box.add(card);
        }
        for (RefundDto refund : current.refunds()) {
            if (refund.status() == RefundStatus.ISSUED) {
                Paragraph issued = new Paragraph(getTranslation("portal.status.refunded",
                        Formats.money(refund.amountMinor(), refund.currency(), locale()),
                        getTranslation("portal.refundMethod." + refund.method())));
                issued.addClassName("refund-issued");
                box.add(issued);
            }
        }
        return box;
    }

    private void confirmCancel() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("cancel-dialog");
        dialog.setHeader(getTranslation("portal.status.cancel.title", current.rmaNumber()));
        dialog.setText(getTranslation("portal.status.cancel.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("portal.status.cancel.keep"));
        dialog.setConfirmText(getTranslation("portal.status.cancel.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> cancel());
        dialog.open();
    }

    private void cancel() {
        Optional<String> token = OrderSession.token(slug());
        if (token.isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate(slug(), ShopLandingView.thenOpen(current.rmaNumber())));
            return;
        }
        try {
            current = backend.cancel(slug(), token.get(), current.rmaNumber(), locale());
            submitted = false;
            render();
        } catch (ApiProblemException e) {
            com.vaadin.flow.component.notification.Notification.show(e.problem().detail() == null
                    ? getTranslation("portal.error.generic") : e.problem().detail(), 6000,
                    com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
        }
    }

    @Override
    public String getPageTitle() {
        return current == null ? super.getPageTitle()
                : getTranslation("portal.status.pageTitle", current.rmaNumber(), shop().name());
    }
}
