package com.kaeru.portal.status;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.vocabulary.ReturnAction;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.client.ApiProblemException;
import com.kaeru.portal.api.OrderSession;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.layout.ShopPage;
import com.kaeru.portal.shop.ShopLandingView;
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
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.inject.Inject;

/**
 * {@code /portal/{shop}/returns/{rma}}: where a return stands — a timeline from requested to
 * refunded or exchange shipped — with the next thing to do, and cancelling until the parcel
 * ships. Right after submission ({@code ?submitted=1}) it is the confirmation. Without an opened
 * order (a link from an e-mail) the visitor looks the order up first and comes back here.
 * The page loads the return and carries out what its panels ask ({@link QuestionBox}'s answer,
 * {@link StatusActions}' cancel); {@link StatusTimeline} and {@link StatusLines} only show.
 */
@Route(":shopSlug/returns/:rma")
public class ReturnStatusView extends ShopPage {
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
                event.rerouteToError(NotFoundException.class, rma);
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
        badge.addClassNames("status-badge", "status-" + current.status().name().toLowerCase(Locale.ROOT));
        page.add(title, badge, new Paragraph(getTranslation("portal.status.next." + current.status())));
        QuestionBox.latest(current, zone, locale()).ifPresent(box -> {
            box.addAnswerListener(this::sendAnswer);
            page.add(box);
        });
        backorderPanels(zone).forEach(page::add);
        creditPanel().ifPresent(page::add);
        labelDownload().ifPresent(page::add);
        Optional.ofNullable(current.logistics()).flatMap(l -> TrackingLink.of("return-tracking", l.trackingUrl(),
                l.carrier(), l.trackingNumber(), getTranslation("portal.status.tracking", l.trackingNumber())))
                .ifPresent(page::add);
        RatingBox.of(current, locale()).ifPresent(box -> {
            box.addRateListener(this::rate);
            page.add(box);
        });
        StatusActions actions = new StatusActions(current, locale());
        actions.addCancelListener(e -> cancel());
        page.add(new StatusTimeline(current, zone, locale()), new StatusLines(current, locale()), actions);
        show(shop(), page);
    }

    /**
     * A panel per exchange line waiting for stock (or cancelled for a refund, to show the refund and
     * the coupon), asked of the backend only for lines whose replacement is or was backordered.
     */
    private java.util.List<BackorderPanel> backorderPanels(ZoneId zone) {
        Optional<String> token = OrderSession.token(slug());
        if (token.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<BackorderPanel> panels = new java.util.ArrayList<>();
        for (var line : current.lines()) {
            var f = line.fulfilment();
            if (f == null || f.backorderedAt() == null || (f.state() != com.kaeru.api.vocabulary.FulfilmentState.BACKORDERED
                    && f.state() != com.kaeru.api.vocabulary.FulfilmentState.CANCELLED)) {
                continue;
            }
            var options = backend.backorderOptions(slug(), token.get(), current.rmaNumber(), line.id(), locale());
            if (BackorderPanel.worthShowing(options)) {
                BackorderPanel panel = new BackorderPanel(options, current.currency(), zone, locale());
                panel.addChoiceListener(this::choose);
                panels.add(panel);
            }
        }
        return panels;
    }

    /** Store credit and gift codes once a refund paid in them; a page without them shows nothing extra. */
    private Optional<CreditPanel> creditPanel() {
        if (current.refunds() == null || current.refunds().isEmpty()) {
            return Optional.empty();
        }
        return OrderSession.token(slug()).flatMap(token -> CreditPanel.of(backend.credit(slug(), token, locale()),
                locale()));
    }

    /** Sends the customer's backorder choice, then shows the return as it is now; a refusal stays in the panel. */
    private void choose(BackorderPanel.ChoiceEvent event) {
        send(token -> {
            backend.chooseBackorder(slug(), token, current.rmaNumber(), event.lineId(), event.choice(), event.sku(),
                    locale());
            return backend.status(slug(), token, current.rmaNumber(), locale());
        }, event.getSource()::refused, "portal.backorder.done." + event.choice().name());
    }

    /** The label for prepaid and drop-off returns while the server offers it, fetched with the order token. */
    private Optional<Anchor> labelDownload() {
        ReturnMethod method = current.logistics() == null ? current.returnMethod() : current.logistics().returnMethod();
        if (!current.allowedActions().contains(ReturnAction.DOWNLOAD_LABEL)) {
            return Optional.empty();
        }
        String slug = slug();
        String rma = current.rmaNumber();
        Locale locale = locale();
        String token = OrderSession.token(slug).orElse(null);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = backend.label(slug, token, rma, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), rma + "-label.pdf", "application/pdf",
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

    /** Passes the customer's answer to the shop; a refusal goes back into the box with the text kept. */
    private void sendAnswer(QuestionBox.AnswerEvent event) {
        send(token -> backend.answer(slug(), token, current.rmaNumber(), event.text(), locale()),
                event.getSource()::refused, "portal.status.question.sent");
    }

    /** Sends the customer's rating; a second one answers the stored rating. A refusal stays in the box. */
    private void rate(RatingBox.RateEvent event) {
        send(token -> backend.rate(slug(), token, current.rmaNumber(), event.stars(),
                event.comment().isBlank() ? null : event.comment(), locale()), event.getSource()::refused,
                "portal.rating.sent");
    }

    /**
     * Carries out what a panel asked with the order token and shows the return as the backend answers it, with
     * {@code sentKey}'s notice. Without a token, or when it expired, the customer looks the order up again and comes
     * back here; the shop's refusal (or no answer at all) goes back to the panel, which keeps what was entered.
     */
    private void send(java.util.function.Function<String, ReturnDto> call, java.util.function.Consumer<String> refused,
                      String sentKey) {
        Optional<String> token = OrderSession.token(slug());
        if (token.isEmpty()) {
            getUI().ifPresent(ui -> ui.navigate(slug(), ShopLandingView.thenOpen(current.rmaNumber())));
            return;
        }
        try {
            current = call.apply(token.get());
            submitted = false;
            render();
            Notification.show(getTranslation(sentKey), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ApiProblemException e) {
            if (e.isUnauthorized()) {
                OrderSession.forget(slug());
                getUI().ifPresent(ui -> ui.navigate(slug(), ShopLandingView.thenOpen(current.rmaNumber())));
                return;
            }
            refused.accept(e.problem().detail() == null ? getTranslation("portal.error.generic") : e.problem().detail());
        } catch (RuntimeException unreachable) {
            // The backend did not answer: keep what was entered and let the customer try again.
            refused.accept(getTranslation("portal.error.generic"));
        }
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
            Notification.show(e.problem().detail() == null ? getTranslation("portal.error.generic")
                    : e.problem().detail(), 6000, Notification.Position.TOP_CENTER);
        }
    }

    @Override
    public String getPageTitle() {
        return current == null ? super.getPageTitle()
                : getTranslation("portal.status.pageTitle", current.rmaNumber(), shop().name());
    }
}
