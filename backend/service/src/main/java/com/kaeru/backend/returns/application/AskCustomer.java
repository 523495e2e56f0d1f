package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.time.Instant;

import com.kaeru.api.events.CustomerQuestionAsked;
import com.kaeru.api.returns.InfoRequest;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Staff ask the customer a question ({@link ReturnRequest#askCustomer}: open returns only, the
 * status stays): kept in the timeline ({@code INFO_REQUESTED}, the text as its reason — the one
 * non-status entry customers see) and e-mailed through the outbox. The n-th question of a return
 * has the dedupe key {@code RMA:INFO_REQUESTED:n}; the caller holds the return's row lock, so n is
 * counted without a race.
 */
@ApplicationScoped
public class AskCustomer {
    /** Audit action and outbox event of a question to the customer. */
    public static final String INFO_REQUESTED = "INFO_REQUESTED";

    @Inject
    ReturnRequestRepository returns;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void ask(Shop shop, ReturnRequest request, String actor, String question) {
        Instant now = clock.instant();
        String text = request.askCustomer(question, InfoRequest.MAX_LENGTH, now);
        long asked = audit.of(shop.id(), AuditTrail.RETURN, request.rmaNumber()).stream()
                .filter(e -> INFO_REQUESTED.equals(e.action())).count();
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), INFO_REQUESTED, null, null, actor, text, now);
        outbox.raise(shop.id(), actor, new CustomerQuestionAsked(request.rmaNumber(), ReturnEvents.customer(request),
                        (int) asked + 1, text),
                request.rmaNumber() + ":" + INFO_REQUESTED + ":" + (asked + 1), now);
        returns.save(request);
    }
}
