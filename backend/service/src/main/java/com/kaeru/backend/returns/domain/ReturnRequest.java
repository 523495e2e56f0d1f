package com.kaeru.backend.returns.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

/**
 * A return request (RMA) for one order: the aggregate that owns every move of its lifecycle. Each
 * move is a method named as the business says it ({@link #applyPolicy}, {@link #approve},
 * {@link #reject}, {@link #cancel}, {@link #receive}, {@link #grade}, {@link #completeIfSettled} …)
 * and carries its rule; the status table itself is {@link ReturnStatus}. Every move records a
 * {@link StatusChange} for the audit trail and the typed events. Stock and money are not its
 * business: a move that needs them answers what to reserve, release or pay, and the use case
 * ({@code returns.application}) does it and reports back ({@link #recordReservation}).
 */
@Entity
@Table(name = "return_request")
@Cacheable(false)
public class ReturnRequest {
    @Id
    // Blocks of 500 ids from the identity sequence (V191, V244): batched inserts, no lastval() per row.
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "return_request_id")
    @jakarta.persistence.SequenceGenerator(name = "return_request_id", sequenceName = "return_request_id_seq", allocationSize = 500)
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(name = "rma_number", nullable = false, updatable = false)
    private String rmaNumber;
    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReturnStatus status;
    @Column(name = "customer_email", nullable = false)
    private String customerEmail;
    /** lower(customer_email), computed by the database (V60): an index condition under RLS, which lower() is not. */
    @Column(name = "customer_email_key", insertable = false, updatable = false)
    private String customerEmailKey;
    @Column(name = "customer_language", nullable = false)
    private String customerLanguage;
    @Embedded
    private ReturnLogistics logistics;
    @Column(name = "needs_backorder", nullable = false)
    private boolean needsBackorder;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "refund_due_at")
    private Instant refundDueAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "customer_question")
    private CustomerQuestion customerQuestion;
    @Column(name = "completed_at")
    private Instant completedAt;
    /** The return parcel's carrier code and slip number, set together when the carrier collected it. */
    @Column(name = "carrier")
    private String carrier;
    @Column(name = "tracking_number")
    private String trackingNumber;
    @Column(name = "carrier_delivered_at")
    private Instant carrierDeliveredAt;
    /** What the customer owes for upgrade exchanges (V225, docs/payments.md), and when it was collected. */
    @Column(name = "upgrade_due_minor", nullable = false, updatable = false)
    private long upgradeDueMinor;
    @Column(name = "upgrade_paid_at")
    private Instant upgradePaidAt;
    @Version
    private long version;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ReturnLine> lines = new ArrayList<>();

    @Transient
    private final List<StatusChange> changes = new ArrayList<>();

    protected ReturnRequest() {
    }

    public ReturnRequest(long shopId, String rmaNumber, long orderId, String customerEmail, String customerLanguage,
                         ReturnLogistics logistics, List<ReturnLine.Spec> lineSpecs, String actor, Instant now) {
        if (lineSpecs == null || lineSpecs.isEmpty()) {
            throw new ReturnRuleViolation("problem.return.no-lines");
        }
        this.shopId = shopId;
        this.rmaNumber = Objects.requireNonNull(rmaNumber);
        this.orderId = orderId;
        this.customerEmail = customerEmail;
        this.customerLanguage = "en".equals(customerLanguage) ? "en" : "ja";
        this.logistics = logistics == null ? ReturnLogistics.prepaidLabel() : logistics;
        this.status = ReturnStatus.REQUESTED;
        this.createdAt = now;
        this.updatedAt = now;
        lineSpecs.forEach(spec -> lines.add(new ReturnLine(this, spec)));
        this.upgradeDueMinor = lineSpecs.stream().mapToLong(spec -> spec.settlement().amountDueMinor()).sum();
        changes.add(new StatusChange(null, ReturnStatus.REQUESTED, actor, null, now));
    }

    /**
     * Moves to {@code target} or refuses with {@link IllegalTransitionException}. Private: every
     * move has a name below that carries its own rule.
     */
    private void transitionTo(ReturnStatus target, String actor, String reason, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new IllegalTransitionException(rmaNumber, status, target);
        }
        ReturnStatus from = status;
        status = target;
        updatedAt = now;
        changes.add(new StatusChange(from, target, actor, reason, now));
    }

    /**
     * The policy's decision at submission, from what it decided per line: approved when every line
     * was approved outright or is an exchange the policy allows, else held for a person.
     *
     * @return approved (then reserve {@link #exchangesToReserve()} and {@link #issueLabel})
     */
    public boolean applyPolicy(String actor, Instant now) {
        boolean allApproved = lines.stream().allMatch(l -> l.policy().approvesAtOnce());
        if (allApproved) {
            transitionTo(ReturnStatus.APPROVED, actor, "policy", now);
        } else {
            holdForReview(actor, "policy: review required", now);
        }
        return allApproved;
    }

    /** A person must look at the request before anything is shipped. */
    public void holdForReview(String actor, String reason, Instant now) {
        transitionTo(ReturnStatus.NEEDS_REVIEW, actor, reason, now);
    }

    /**
     * Staff approve a requested or held return.
     *
     * @return the exchange units to reserve now (report each with {@link #recordReservation})
     */
    public List<ExchangeUnits> approve(String actor, String message, Instant now) {
        transitionTo(ReturnStatus.APPROVED, actor, message, now);
        return exchangesToReserve();
    }

    /** The exchange units an approved return reserves: every exchange line not yet reserved. */
    public List<ExchangeUnits> exchangesToReserve() {
        if (status != ReturnStatus.APPROVED) {
            return List.of();
        }
        return lines.stream().filter(l -> l.resolution() == Resolution.EXCHANGE && !l.reserved())
                .map(ExchangeUnits::of).toList();
    }

    /** After approval the prepaid label (or the pickup) is issued: the return waits for the parcel. */
    public void issueLabel(String actor, Instant now) {
        transitionTo(ReturnStatus.AWAITING_SHIPMENT, actor, "label issued", now);
    }

    /** A return is refused with a message the customer reads; a refusal without one is refused. */
    public void reject(String actor, String message, Instant now) {
        if (message == null || message.isBlank()) {
            throw new ReturnRuleViolation("problem.return.reject-needs-message");
        }
        transitionTo(ReturnStatus.REJECTED, actor, message, now);
    }

    /**
     * The customer or staff cancel before the parcel ships. Reserved exchange stock is no longer
     * this return's.
     *
     * @return the reserved exchange units to give back to stock
     */
    public List<ExchangeUnits> cancel(String actor, String reason, Instant now) {
        transitionTo(ReturnStatus.CANCELLED, actor, reason, now);
        List<ExchangeUnits> released = lines.stream().filter(ReturnLine::reserved).map(ExchangeUnits::of).toList();
        lines.stream().filter(ReturnLine::reserved).forEach(ReturnLine::releaseReservation);
        return released;
    }

    /** The carrier has the parcel. */
    public void markInTransit(String actor, Instant now) {
        transitionTo(ReturnStatus.IN_TRANSIT, actor, null, now);
    }

    /**
     * A carrier collected the parcel under this slip: the return is in transit. The same carrier
     * and number again changes nothing ({@code false}); another number, or a parcel that already
     * arrived or was never awaited, is refused (422) and changes nothing either.
     *
     * @return whether anything changed
     */
    public boolean collectedByCarrier(String carrierCode, String slip, String actor, Instant now) {
        if (trackingNumber != null) {
            if (trackingNumber.equals(slip) && carrier.equals(carrierCode)) {
                return false;
            }
            throw new ReturnRuleViolation("problem.carrier.other-tracking", rmaNumber, trackingNumber);
        }
        if (status != ReturnStatus.AWAITING_SHIPMENT) {
            throw new ReturnRuleViolation("problem.carrier.not-awaiting", rmaNumber, status.name());
        }
        markInTransit(actor, now);
        carrier = carrierCode;
        trackingNumber = slip;
        return true;
    }

    /**
     * The carrier reports the parcel delivered to the shop's warehouse. Receiving (counting the
     * units, starting the refund clock) stays the warehouse's own move.
     *
     * @return whether anything changed (a repeat does not)
     */
    public boolean deliveredByCarrier(String slip, Instant now) {
        if (trackingNumber == null || !trackingNumber.equals(slip)) {
            throw new ReturnRuleViolation("problem.carrier.unknown-tracking", rmaNumber, slip);
        }
        if (carrierDeliveredAt != null) {
            return false;
        }
        carrierDeliveredAt = now;
        updatedAt = now;
        return true;
    }

    /** The return parcel's carrier code, or {@code null} before it was collected. */
    public String carrier() {
        return carrier;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public Instant carrierDeliveredAt() {
        return carrierDeliveredAt;
    }

    /** The parcel arrived: the refund clock starts. */
    public void receive(String actor, Duration refundDeadline, Instant now) {
        transitionTo(ReturnStatus.RECEIVED, actor, null, now);
        receivedAt = now;
        refundDueAt = now.plus(refundDeadline);
    }

    /** Grades units of one line; when every unit of every line is graded, the request is inspected. */
    public ReturnLine grade(long lineId, List<Grade> grades, String actor, Instant now) {
        if (status != ReturnStatus.RECEIVED) {
            throw new IllegalTransitionException(rmaNumber, status, ReturnStatus.INSPECTED);
        }
        ReturnLine line = line(lineId);
        line.grade(grades);
        updatedAt = now;
        if (lines.stream().allMatch(ReturnLine::fullyGraded)) {
            transitionTo(ReturnStatus.INSPECTED, actor, null, now);
        }
        return line;
    }

    /**
     * What an inspected return pays back ({@link ReturnSettlement#atInspection}).
     *
     * @param shopFault whether a reason code is the shop's fault
     */
    public ReturnSettlement.Settled settlement(java.util.function.Predicate<String> shopFault) {
        if (status != ReturnStatus.INSPECTED) {
            throw new IllegalTransitionException(rmaNumber, status, ReturnStatus.COMPLETED);
        }
        return ReturnSettlement.atInspection(lines, shopFault);
    }

    /**
     * Completes an inspected return once its money is settled: every refund paid or declined. An
     * exchange's replacement does not keep the return open — it goes on in its own fulfilment
     * ({@link ExchangeFulfilment}), backorders included.
     *
     * @return completed now
     */
    public boolean completeIfSettled(boolean refundsSettled, String actor, Instant now) {
        if (refundsSettled && status == ReturnStatus.INSPECTED) {
            complete(actor, now);
            return true;
        }
        return false;
    }

    /** Closes an inspected return. */
    public void complete(String actor, Instant now) {
        transitionTo(ReturnStatus.COMPLETED, actor, null, now);
        completedAt = now;
    }

    /** The stock answer for one exchange line: reserved, or a backorder. */
    public void recordReservation(long lineId, boolean reserved) {
        line(lineId).markReserved(reserved);
        needsBackorder = lines.stream().anyMatch(ReturnLine::backorder);
    }

    /**
     * The customer (or staff for them) switched a backordered exchange line to another variant in
     * stock: the line now exchanges for it and is reserved.
     */
    public void exchangeSwitched(long lineId, long variantId) {
        line(lineId).switchExchangeTo(variantId);
        needsBackorder = lines.stream().anyMatch(ReturnLine::backorder);
    }

    /**
     * A backordered exchange line was cancelled for a refund of what was paid for its units. Before
     * inspection it simply becomes a refund line, paid with the others by their grades; after
     * inspection (the return is settled already) the answer is what must still be paid now.
     *
     * @return the refund due at once: 0 before inspection, else {@code paidMinor} less what the
     *         exchange already paid back at inspection
     */
    public long exchangeCancelledForRefund(long lineId, com.kaeru.backend.refunds.domain.RefundMethod method, long paidMinor) {
        if (status == ReturnStatus.REQUESTED || status == ReturnStatus.NEEDS_REVIEW || status == ReturnStatus.REJECTED
                || status == ReturnStatus.CANCELLED) {
            throw new ReturnRuleViolation("problem.backorder.return-closed", rmaNumber, status.name());
        }
        ReturnLine line = line(lineId);
        boolean inspected = status == ReturnStatus.INSPECTED || status == ReturnStatus.COMPLETED;
        long hadBack = line.becomeRefund(method, paidMinor);
        needsBackorder = lines.stream().anyMatch(ReturnLine::backorder);
        return inspected ? Math.max(0, paidMinor - hadBack) : 0;
    }

    /**
     * Split shipment (分納), first step: {@code units} of a backordered exchange line are in stock and
     * ship now; the line keeps the rest. Flush before {@link #addSplitLine}: the database counts an
     * order line's units in returns and must see the line shrink before the new one appears.
     */
    public ReturnLine.SplitPart splitExchange(long lineId, int units) {
        return line(lineId).shrinkForSplit(units);
    }

    /** Split shipment, second step: the line of the units that ship now. */
    public ReturnLine addSplitLine(ReturnLine.SplitPart part) {
        ReturnLine added = new ReturnLine(this, line(part.fromLineId()), part);
        lines.add(added);
        return added;
    }

    /** Whether every unit was graded (the refunds of the return were asked for). */
    public boolean inspected() {
        return status == ReturnStatus.INSPECTED || status == ReturnStatus.COMPLETED;
    }

    public ReturnLine line(long lineId) {
        return lines.stream().filter(l -> l.id() != null && l.id() == lineId).findFirst()
                .orElseThrow(() -> new ReturnRuleViolation("problem.return.no-such-line", lineId, rmaNumber));
    }

    /**
     * Refuses a prepaid label for a return that comes back another way (422) or is not, or no
     * longer, waiting for a parcel (409).
     */
    public void requireLabel() {
        // Drop-offs use the label too (its QR is scanned at the store counter); a pickup driver brings the slip.
        if (logistics.method() == ReturnMethod.PICKUP) {
            throw new ReturnRuleViolation("problem.label.not-prepaid", rmaNumber);
        }
        if (!status.labelAvailable()) {
            throw new LabelUnavailableException("problem.label.unavailable", rmaNumber, status.name());
        }
    }

    /**
     * Staff ask the customer a question. It is conversation, not a decision: the status stays as it
     * is (the next move is still approve, reject, receive…), so nothing about the lifecycle changes.
     * A closed return (completed, rejected, cancelled) takes no more questions.
     *
     * @return the question as it will be sent (trimmed)
     */
    public String askCustomer(String question, int maxLength, Instant now) {
        if (status.isFinal()) {
            throw new ReturnClosedException("problem.return.closed-for-questions", rmaNumber, status.name());
        }
        String text = question == null ? "" : question.strip();
        if (text.isEmpty() || text.length() > maxLength) {
            throw new ReturnRuleViolation("problem.return.question-required", maxLength);
        }
        customerQuestion = CustomerQuestion.WAITING;
        updatedAt = now;
        return text;
    }

    /**
     * The customer answers the shop's question: only while the return is open and a question waits
     * ({@link CustomerQuestion#WAITING}), 1 to {@code maxLength} characters. The answer, like the
     * question, is kept in the audit trail by the use case ({@code AnswerQuestion}).
     */
    public String answerQuestion(String answer, int maxLength, Instant now) {
        if (status.isFinal()) {
            throw new ReturnClosedException("problem.return.closed-for-answers", rmaNumber, status.name());
        }
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty() || text.length() > maxLength) {
            throw new ReturnRuleViolation("problem.return.answer-required", maxLength);
        }
        if (customerQuestion != CustomerQuestion.WAITING) {
            throw new NoOpenQuestionException(rmaNumber);
        }
        customerQuestion = CustomerQuestion.ANSWERED;
        updatedAt = now;
        return text;
    }

    /**
     * What the return's state allows, whoever asks; the rules are those the moves themselves
     * enforce (a move not listed here would be refused). Refund approvals depend on the refunds
     * (another aggregate), so the caller says whether one waits for a manager.
     */
    public java.util.Set<ReturnAction> possibleActions(boolean refundWaitsForManager) {
        java.util.Set<ReturnAction> actions = java.util.EnumSet.of(ReturnAction.ADD_NOTE);
        if (status.canMoveTo(ReturnStatus.APPROVED)) {
            actions.add(ReturnAction.APPROVE);
        }
        if (status.canMoveTo(ReturnStatus.REJECTED)) {
            actions.add(ReturnAction.REJECT);
        }
        if (status.canMoveTo(ReturnStatus.CANCELLED)) {
            actions.add(ReturnAction.CANCEL);
        }
        if (status.canMoveTo(ReturnStatus.RECEIVED)) {
            actions.add(ReturnAction.RECEIVE);
        }
        if (status == ReturnStatus.RECEIVED) {
            actions.add(ReturnAction.GRADE);
        }
        if (logistics.method() != ReturnMethod.PICKUP && status.labelAvailable()) {
            actions.add(ReturnAction.DOWNLOAD_LABEL);
        }
        if (!status.isFinal()) {
            actions.add(ReturnAction.ASK_QUESTION);
            if (customerQuestion == CustomerQuestion.WAITING) {
                actions.add(ReturnAction.ANSWER_QUESTION);
            }
        }
        // A customer rates what is done: every refund issued, every replacement shipped (docs/insights.md).
        if (status == ReturnStatus.COMPLETED) {
            actions.add(ReturnAction.RATE);
        }
        if (refundWaitsForManager) {
            actions.add(ReturnAction.APPROVE_REFUND);
            actions.add(ReturnAction.DECLINE_REFUND);
        }
        return actions;
    }

    /** Where the conversation with the customer stands, or {@code null} if staff never asked. */
    public CustomerQuestion customerQuestion() {
        return customerQuestion;
    }

    /** The changes since this object was loaded or created, oldest first; cleared by the caller. */
    public List<StatusChange> drainChanges() {
        List<StatusChange> drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    /** The refund is due and not completed. */
    public boolean refundOverdue(Instant now) {
        return refundDueAt != null && completedAt == null && now.isAfter(refundDueAt);
    }

    public Long id() {
        return id;
    }

    public long shopId() {
        return shopId;
    }

    public String rmaNumber() {
        return rmaNumber;
    }

    public long orderId() {
        return orderId;
    }

    public ReturnStatus status() {
        return status;
    }

    public String customerEmail() {
        return customerEmail;
    }

    public String customerLanguage() {
        return customerLanguage;
    }

    public ReturnMethod returnMethod() {
        return logistics.method();
    }

    public ReturnLogistics logistics() {
        return logistics;
    }

    public boolean needsBackorder() {
        return needsBackorder;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant refundDueAt() {
        return refundDueAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public List<ReturnLine> lines() {
        return List.copyOf(lines);
    }

    /** Units of an exchange line's new variant: what to reserve, release or ship. */
    public record ExchangeUnits(long lineId, long variantId, int quantity) {
        static ExchangeUnits of(ReturnLine line) {
            return new ExchangeUnits(line.id(), line.exchangeVariantId(), line.quantity());
        }
    }

    /** One move of the lifecycle: who, when, from, to, why. */
    public record StatusChange(ReturnStatus from, ReturnStatus to, String actor, String reason, Instant at) {
    }

    /** What the customer accepted to pay for the return's upgrade exchanges (0 when none). */
    public long upgradeDueMinor() {
        return upgradeDueMinor;
    }

    /** When the upgrades' difference was collected, or {@code null}. */
    public Instant upgradePaidAt() {
        return upgradePaidAt;
    }

    /** A difference is due and not collected yet: the replacements must not ship. */
    public boolean awaitsUpgradePayment() {
        return upgradeDueMinor > 0 && upgradePaidAt == null;
    }

    /** The upgrades' difference was collected. Idempotent. */
    public void upgradePaid(Instant now) {
        if (upgradePaidAt == null) {
            upgradePaidAt = now;
            updatedAt = now;
        }
    }
}
