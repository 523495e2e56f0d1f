package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.time.Instant;

import com.kaeru.api.events.CustomerAnswered;
import com.kaeru.api.portal.QuestionAnswer;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The customer answers the shop's waiting question ({@link ReturnRequest#answerQuestion}): kept in
 * the timeline ({@code INFO_ANSWERED}, the text as its reason), seen by staff on the return and in
 * the queue, and by the customer on the portal. The caller holds the return's row lock, so two
 * answers sent at once cannot both find the question waiting.
 */
@ApplicationScoped
public class AnswerQuestion {
    /** Audit action of the customer's answer. */
    public static final String INFO_ANSWERED = "INFO_ANSWERED";

    @Inject
    ReturnRequestRepository returns;
    @Inject
    AuditTrail audit;
    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(Shop shop, ReturnRequest request, String actor, String answer) {
        Instant now = clock.instant();
        String text = request.answerQuestion(answer, QuestionAnswer.MAX_LENGTH, now);
        audit.record(shop.id(), AuditTrail.RETURN, request.rmaNumber(), INFO_ANSWERED, null, null, actor, text, now);
        // One answer per question (the caller holds the row lock), so the instant keys it.
        outbox.raise(shop.id(), actor, new CustomerAnswered(request.rmaNumber(), ReturnEvents.customer(request), text),
                request.rmaNumber() + ":" + INFO_ANSWERED + ":" + now.toEpochMilli(), now);
        returns.save(request);
    }
}
