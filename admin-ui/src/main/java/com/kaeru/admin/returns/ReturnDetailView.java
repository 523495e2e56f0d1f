package com.kaeru.admin.returns;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.KeyboardShortcuts;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopPage;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.returns.GradeSubmission;
import com.kaeru.api.returns.NoteSubmission;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnNoteDto;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/returns/{rma}}: one return — customer and order, the conversation with
 * the customer, lines with reasons, photos and the policy rule that decided, refunds, internal notes
 * and the audit trail — with the moves its state allows the person's role. Keys: {@code a} approve,
 * {@code x} reject, {@code r} mark received, {@code i} ask the customer, {@code n} write a note,
 * {@code q} back to the queue.
 *
 * <p>The view composes panels that never reach into each other: it loads the return, hands each panel
 * what it shows and what {@link ReturnMoves#allowed} allows, and applies the typed events they fire
 * (a move, a grade, a refund decision, a note) through the backend, then shows the return again.
 */
@Route(value = "shops/:shop/returns/:rma", layout = MainLayout.class)
public class ReturnDetailView extends ShopPage {
    private final H1 rmaTitle = new H1();
    private final HorizontalLayout header = new HorizontalLayout();
    private final ReturnFactsPanel facts = new ReturnFactsPanel();
    private final ReturnActionsBar actions = new ReturnActionsBar();
    private final ConversationPanel conversation = new ConversationPanel();
    private final ReturnLinesPanel lines;
    private final ReturnRefundsPanel refunds = new ReturnRefundsPanel();
    private final ReturnUpgradePaymentPanel upgradePayment = new ReturnUpgradePaymentPanel();
    private final ReturnRatingPanel rating = new ReturnRatingPanel();
    private final BackorderChoicesPanel backorders = new BackorderChoicesPanel();
    private final InternalNotesPanel notesPanel = new InternalNotesPanel();
    private final ReturnTimelinePanel timeline = new ReturnTimelinePanel();
    private final Paragraph keysHelp = new Paragraph();

    private ReturnDto request;
    private List<ReturnNoteDto> notes = List.of();
    private List<ReturnReasonDto> reasons = List.of();

    @Inject
    public ReturnDetailView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
        setId("return-detail");
        rmaTitle.setId("rma");
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        keysHelp.addClassName("keys-help");
        lines = new ReturnLinesPanel((shop, rma, photoId) ->
                backend.returns().photo(shop, rma, photoId).readEntity(InputStream.class));
        actions.addMoveListener(e -> update(() -> ReturnMoves.apply(backend.returns(), context.slug(),
                request.rmaNumber(), e.move(), e.message()), e.move().doneKey()));
        lines.addGradeListener(e -> update(() -> backend.returns().grade(context.slug(), request.rmaNumber(),
                e.lineId(), new GradeSubmission(List.of(e.grade()))), ReturnMove.GRADE.doneKey()));
        refunds.addRefundDecisionListener(e -> update(() -> e.approved()
                ? backend.returns().approveRefund(context.slug(), request.rmaNumber(), e.refundId())
                : backend.returns().declineRefund(context.slug(), request.rmaNumber(), e.refundId()),
                e.approved() ? "admin.return.refundApproved" : "admin.return.refundDeclined"));
        refunds.addRefundRetryListener(e -> update(() -> backend.returns().retryRefund(context.slug(),
                request.rmaNumber(), e.refundId()), "admin.return.refundRetried"));
        upgradePayment.addRetryListener(e -> {
            try {
                update(() -> backend.returns().retryUpgradePayment(context.slug(), request.rmaNumber()),
                        "admin.return.upgradePaymentRetried");
            } catch (ApiProblemException refused) {
                // Refused (no longer FAILED, not a manager any more): say why and stay on the return.
                com.kaeru.admin.api.ApiErrorHandling.show(refused);
            }
        });
        notesPanel.addNoteListener(e -> addNote(e.text()));
        backorders.addChoiceListener(e -> update(() -> {
            backend.returns().chooseBackorder(context.slug(), request.rmaNumber(), e.lineId(),
                    new com.kaeru.api.returns.BackorderChoiceRequest(e.choice(), e.sku()));
            return backend.returns().get(context.slug(), request.rmaNumber());
        }, "admin.backorder.done." + e.choice().name()));
        KeyboardShortcuts.install(this, Map.of(
                "a", () -> whenShown(() -> actions.trigger(ReturnMove.APPROVE)),
                "x", () -> whenShown(() -> actions.trigger(ReturnMove.REJECT)),
                "r", () -> whenShown(() -> actions.trigger(ReturnMove.RECEIVE)),
                "i", () -> whenShown(() -> actions.trigger(ReturnMove.ASK_CUSTOMER)),
                "n", () -> whenShown(notesPanel::focusNote),
                "q", this::backToQueue));
    }

    @Override
    protected void enterShop(BeforeEnterEvent event) {
        String rma = event.getRouteParameters().get("rma").orElse("");
        request = null;
        try {
            request = backend.returns().get(context.slug(), rma);
        } catch (ApiProblemException e) {
            if (!e.isNotFound()) {
                throw e;
            }
            refuse("admin.return.notFound", e.problem().detail());
            return;
        }
        notes = backend.returns().notes(context.slug(), rma);
        reasons = backend.returnReasons().list(context.slug());
        layOut();
    }

    /** A return this shop does not have: the refusal, and the way back to the queue. */
    @Override
    protected void showRefusal() {
        super.showRefusal();
        if (context != null) {
            add(backLink());
        }
    }

    @Override
    protected void relocalize() {
        if (request != null) {
            layOut();
        }
    }

    private void layOut() {
        removeAll();
        add(backLink(), header, facts, actions, conversation, rating, lines, backorders, upgradePayment, refunds,
                notesPanel, timeline, keysHelp);
        render();
    }

    private void render() {
        Set<ReturnMove> allowed = ReturnMoves.allowed(request, context);
        rmaTitle.setText(request.rmaNumber());
        header.removeAll();
        header.add(rmaTitle, ReturnLabels.status(this, request.status()));
        facts.show(request, context);
        actions.show(request, allowed);
        conversation.show(request, context);
        lines.show(request, context, reasons, allowed.contains(ReturnMove.GRADE));
        backorders.show(request, context, line -> {
            try {
                return backend.returns().backorderOptions(context.slug(), request.rmaNumber(), line);
            } catch (ApiProblemException e) {
                if (e.isNotFound()) {
                    return null; // not (or no longer) an exchange line: nothing to choose
                }
                throw e;
            }
        });
        upgradePayment.show(request.upgradePayment(), context);
        rating.show(request.rating(), context);
        refunds.show(request.refunds(), request.allowedActions(), context);
        notesPanel.show(notes, context, allowed.contains(ReturnMove.ADD_NOTE));
        timeline.show(request, context);
        keysHelp.setText(getTranslation(context.canProcess() ? "admin.return.keys" : "admin.return.keysReadOnly"));
    }

    private void whenShown(Runnable action) {
        if (request != null && !isRefused()) {
            action.run();
        }
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

    /** Applies a move and shows the new state; the backend's refusal is shown by the error handler. */
    private void update(Supplier<ReturnDto> move, String doneKey) {
        request = move.get();
        render();
        if (doneKey != null) {
            Notification done = Notification.show(getTranslation(doneKey, request.rmaNumber()), 3000,
                    Notification.Position.BOTTOM_START);
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
    }

    private void addNote(String text) {
        backend.returns().addNote(context.slug(), request.rmaNumber(), new NoteSubmission(text));
        notes = backend.returns().notes(context.slug(), request.rmaNumber());
        update(() -> backend.returns().get(context.slug(), request.rmaNumber()), null);
    }

    @Override
    protected String pageTitle() {
        return request == null ? null : request.rmaNumber();
    }
}
