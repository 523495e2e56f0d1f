package com.kaeru.backend.returns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kaeru.backend.policy.domain.PolicyOutcome;
import com.kaeru.backend.refunds.domain.RefundMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReturnLifecycleTest {
    private static final Instant NOW = Instant.parse("2026-11-21T03:00:00Z");

    /** The full table of legal moves; everything else must be refused. */
    private static final Map<ReturnStatus, Set<ReturnStatus>> LEGAL = Map.of(
            ReturnStatus.REQUESTED, EnumSet.of(ReturnStatus.APPROVED, ReturnStatus.NEEDS_REVIEW, ReturnStatus.REJECTED,
                    ReturnStatus.CANCELLED),
            ReturnStatus.NEEDS_REVIEW, EnumSet.of(ReturnStatus.APPROVED, ReturnStatus.REJECTED, ReturnStatus.CANCELLED),
            ReturnStatus.APPROVED, EnumSet.of(ReturnStatus.AWAITING_SHIPMENT, ReturnStatus.RECEIVED, ReturnStatus.CANCELLED),
            ReturnStatus.AWAITING_SHIPMENT, EnumSet.of(ReturnStatus.IN_TRANSIT, ReturnStatus.RECEIVED, ReturnStatus.CANCELLED),
            ReturnStatus.IN_TRANSIT, EnumSet.of(ReturnStatus.RECEIVED),
            ReturnStatus.RECEIVED, EnumSet.of(ReturnStatus.INSPECTED),
            ReturnStatus.INSPECTED, EnumSet.of(ReturnStatus.COMPLETED),
            ReturnStatus.REJECTED, EnumSet.noneOf(ReturnStatus.class),
            ReturnStatus.COMPLETED, EnumSet.noneOf(ReturnStatus.class),
            ReturnStatus.CANCELLED, EnumSet.noneOf(ReturnStatus.class));

    private static final PolicySnapshot APPROVED_BY_POLICY = new PolicySnapshot(PolicyOutcome.AUTO_APPROVE,
            "Within 30 days", null, null);

    private static ReturnLine.Spec refundSpec(int quantity) {
        return ReturnLine.Spec.refund(new ReturnLine.ReturnedUnits(11, quantity, "SIZE", null),
                RefundMethod.STORE_CREDIT, APPROVED_BY_POLICY, new LineSettlement(5000, 0, 0, 0));
    }

    private static ReturnLine.Spec exchangeSpec(long orderLineId, long variantId, PolicySnapshot policy) {
        return ReturnLine.Spec.exchange(new ReturnLine.ReturnedUnits(orderLineId, 1, "SIZE", null), variantId, policy,
                new LineSettlement(0, 0, 0, 0));
    }

    private static ReturnRequest request() {
        return withLineIds(new ReturnRequest(1, "R-000001", 7, "a@example.jp", "ja", ReturnLogistics.prepaidLabel(),
                List.of(refundSpec(2)), "customer", NOW));
    }

    /** Lines get their ids from the database; here they are numbered 1, 2, … as if stored. */
    static ReturnRequest withLineIds(ReturnRequest r) {
        long id = 1;
        for (ReturnLine line : r.lines()) {
            try {
                java.lang.reflect.Field field = ReturnLine.class.getDeclaredField("id");
                field.setAccessible(true);
                field.set(line, id++);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return r;
    }

    /** The named move that reaches {@code to}; REQUESTED is reached by filing only. */
    private static void move(ReturnRequest r, ReturnStatus to, String actor, String why) {
        switch (to) {
            case REQUESTED -> throw new IllegalTransitionException(r.rmaNumber(), r.status(), to);
            case NEEDS_REVIEW -> r.holdForReview(actor, why, NOW);
            case APPROVED -> r.approve(actor, why, NOW);
            case REJECTED -> r.reject(actor, why == null ? "why" : why, NOW);
            case AWAITING_SHIPMENT -> r.issueLabel(actor, NOW);
            case IN_TRANSIT -> r.markInTransit(actor, NOW);
            case RECEIVED -> r.receive(actor, Duration.ofHours(24), NOW);
            case INSPECTED -> r.lines().forEach(l -> r.grade(l.id(), java.util.Collections.nCopies(
                    l.quantity() - l.gradedUnits(), Grade.A), actor, NOW));
            case COMPLETED -> r.complete(actor, NOW);
            case CANCELLED -> r.cancel(actor, why, NOW);
        }
    }

    /** A request driven along legal moves into {@code target}. */
    private static ReturnRequest in(ReturnStatus target) {
        ReturnRequest r = request();
        List<ReturnStatus> path = switch (target) {
            case REQUESTED -> List.of();
            case NEEDS_REVIEW, REJECTED, APPROVED, CANCELLED -> List.of(target);
            case AWAITING_SHIPMENT -> List.of(ReturnStatus.APPROVED, target);
            case IN_TRANSIT -> List.of(ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT, target);
            case RECEIVED -> List.of(ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT, target);
            case INSPECTED -> List.of(ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT, ReturnStatus.RECEIVED, target);
            case COMPLETED -> List.of(ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT, ReturnStatus.RECEIVED,
                    ReturnStatus.INSPECTED, target);
        };
        path.forEach(s -> move(r, s, "test", null));
        return r;
    }

    @ParameterizedTest
    @EnumSource(ReturnStatus.class)
    void everyMoveIsAllowedExactlyWhenTheTableSaysSo(ReturnStatus from) {
        for (ReturnStatus to : ReturnStatus.values()) {
            ReturnRequest r = in(from);
            if (LEGAL.get(from).contains(to)) {
                move(r, to, "staff", "why");
                assertThat(r.status()).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> move(r, to, "staff", "why"))
                        .isInstanceOf(IllegalTransitionException.class);
                assertThat(r.status()).isEqualTo(from);
            }
        }
    }

    @Test
    void everyMoveIsRecordedWithWhoWhenFromToAndWhy() {
        ReturnRequest r = request();
        r.holdForReview("policy", "review required", NOW);
        r.reject("sakura-manager", "worn", NOW.plusSeconds(60));
        assertThat(r.drainChanges()).extracting(ReturnRequest.StatusChange::from, ReturnRequest.StatusChange::to,
                        ReturnRequest.StatusChange::actor, ReturnRequest.StatusChange::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, ReturnStatus.REQUESTED, "customer", null),
                        org.assertj.core.groups.Tuple.tuple(ReturnStatus.REQUESTED, ReturnStatus.NEEDS_REVIEW, "policy", "review required"),
                        org.assertj.core.groups.Tuple.tuple(ReturnStatus.NEEDS_REVIEW, ReturnStatus.REJECTED, "sakura-manager", "worn"));
        assertThat(r.drainChanges()).isEmpty();
    }

    @Test
    void customerMayCancelOnlyUntilTheParcelShips() {
        assertThat(EnumSet.allOf(ReturnStatus.class).stream().filter(ReturnStatus::customerMayCancel))
                .containsExactlyInAnyOrder(ReturnStatus.REQUESTED, ReturnStatus.NEEDS_REVIEW, ReturnStatus.APPROVED,
                        ReturnStatus.AWAITING_SHIPMENT);
    }

    @Test
    void receiptStartsTheRefundClockAndOverdueFollowsIt() {
        ReturnRequest r = in(ReturnStatus.AWAITING_SHIPMENT);
        r.receive("operator", Duration.ofHours(24), NOW);
        assertThat(r.refundDueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(r.refundOverdue(NOW.plus(Duration.ofHours(23)))).isFalse();
        assertThat(r.refundOverdue(NOW.plus(Duration.ofHours(25)))).isTrue();
    }

    @Test
    void aRequestNeedsAtLeastOneLine() {
        assertThatThrownBy(() -> new ReturnRequest(1, "R-000002", 7, "a@example.jp", "ja", null, List.of(), "customer", NOW))
                .isInstanceOf(ReturnRuleViolation.class);
    }

    @Test
    void specsRefuseIncompleteResolutions() {
        ReturnLine.ReturnedUnits one = new ReturnLine.ReturnedUnits(1, 1, "SIZE", null);
        LineSettlement nothing = new LineSettlement(0, 0, 0, 0);
        assertThatThrownBy(() -> new ReturnLine.Spec(one, Resolution.REFUND, null, null, APPROVED_BY_POLICY, nothing))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReturnLine.Spec(one, Resolution.EXCHANGE, null, null, APPROVED_BY_POLICY, nothing))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReturnLine.Spec(one, Resolution.EXCHANGE, RefundMethod.GIFT_CODE, 5L,
                APPROVED_BY_POLICY, nothing)).as("an exchange is not also a refund")
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> refundSpec(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRejectionNeedsAMessageTheCustomerReads() {
        ReturnRequest r = in(ReturnStatus.NEEDS_REVIEW);
        assertThatThrownBy(() -> r.reject("manager", " ", NOW)).isInstanceOf(ReturnRuleViolation.class);
        assertThatThrownBy(() -> r.reject("manager", null, NOW)).isInstanceOf(ReturnRuleViolation.class);
        assertThat(r.status()).isEqualTo(ReturnStatus.NEEDS_REVIEW);
    }

    @Test
    void thePolicyApprovesOnlyWhenEveryLineWasApprovedOutrightOrIsAnAllowedExchange() {
        PolicySnapshot review = new PolicySnapshot(PolicyOutcome.NEEDS_REVIEW, "Over 20000", null, null);
        PolicySnapshot exchangeOnly = new PolicySnapshot(PolicyOutcome.EXCHANGE_ONLY, "Sale items", null, null);
        ReturnRequest approved = new ReturnRequest(1, "R-000010", 7, "a@example.jp", "ja", null,
                List.of(refundSpec(1), exchangeSpec(12, 99, exchangeOnly)), "customer", NOW);
        assertThat(approved.applyPolicy("policy", NOW)).isTrue();
        assertThat(approved.status()).isEqualTo(ReturnStatus.APPROVED);

        ReturnRequest held = new ReturnRequest(1, "R-000011", 7, "a@example.jp", "ja", null,
                List.of(refundSpec(1), exchangeSpec(12, 99, review)), "customer", NOW);
        assertThat(held.applyPolicy("policy", NOW)).isFalse();
        assertThat(held.status()).isEqualTo(ReturnStatus.NEEDS_REVIEW);
        assertThat(held.exchangesToReserve()).as("nothing is reserved before approval").isEmpty();
    }

    @Test
    void approvalReservesExchangesAndCancellationGivesBackOnlyWhatWasReserved() {
        ReturnRequest r = withLineIds(new ReturnRequest(1, "R-000012", 7, "a@example.jp", "ja", null,
                List.of(refundSpec(1), exchangeSpec(12, 99, APPROVED_BY_POLICY), exchangeSpec(13, 98, APPROVED_BY_POLICY)),
                "customer", NOW));
        List<ReturnRequest.ExchangeUnits> toReserve = r.approve("manager", null, NOW);
        assertThat(toReserve).containsExactly(new ReturnRequest.ExchangeUnits(2, 99, 1),
                new ReturnRequest.ExchangeUnits(3, 98, 1));
        r.recordReservation(2, true);
        r.recordReservation(3, false);
        assertThat(r.needsBackorder()).isTrue();
        r.issueLabel("policy", NOW);

        assertThat(r.cancel("customer", "changed my mind", NOW)).as("the backorder held no stock")
                .containsExactly(new ReturnRequest.ExchangeUnits(2, 99, 1));
        assertThat(r.lines()).noneMatch(ReturnLine::reserved);
        assertThat(r.status()).isEqualTo(ReturnStatus.CANCELLED);
    }

    @Test
    void aReturnCompletesWhenInspectedWithEveryRefundSettledEvenIfItsExchangeWaitsForStock() {
        ReturnRequest r = withLineIds(new ReturnRequest(1, "R-000013", 7, "a@example.jp", "ja", null,
                List.of(refundSpec(1), exchangeSpec(12, 99, APPROVED_BY_POLICY)), "customer", NOW));
        r.approve("manager", null, NOW);
        r.recordReservation(2, false);
        r.issueLabel("manager", NOW);
        r.receive("operator", Duration.ofHours(24), NOW);
        assertThat(r.completeIfSettled(true, "operator", NOW)).as("not inspected yet").isFalse();
        r.grade(1, List.of(Grade.A), "operator", NOW);
        r.grade(2, List.of(Grade.B), "operator", NOW);
        assertThat(r.status()).isEqualTo(ReturnStatus.INSPECTED);
        assertThat(r.completeIfSettled(false, "operator", NOW)).as("a refund is not settled yet").isFalse();
        assertThat(r.status()).isEqualTo(ReturnStatus.INSPECTED);
        // Issue 10: the backordered replacement goes on in its own fulfilment; the return closes on its money.
        assertThat(r.completeIfSettled(true, "operator", NOW)).as("the exchange no longer keeps it open").isTrue();
        assertThat(r.status()).isEqualTo(ReturnStatus.COMPLETED);
    }

    @Test
    void aLabelExistsFromApprovalUntilTheReturnIsClosed() {
        for (ReturnStatus status : ReturnStatus.values()) {
            ReturnRequest r = in(status);
            boolean expected = EnumSet.of(ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT, ReturnStatus.IN_TRANSIT,
                    ReturnStatus.RECEIVED, ReturnStatus.INSPECTED).contains(status);
            if (expected) {
                r.requireLabel();
            } else {
                assertThatThrownBy(r::requireLabel).as(status.name()).isInstanceOf(LabelUnavailableException.class)
                        .satisfies(e -> assertThat(((LabelUnavailableException) e).status()).isEqualTo(409));
            }
        }
    }

    @Test
    void pickupsHaveNoLabelButDropOffsDo() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 21);
        PostalAddress home = new PostalAddress("山田 花子", "1500001", "東京都", "渋谷区", "神宮前1-2-3", null, null);
        List<String> all = List.of("PREPAID_LABEL", "DROP_OFF", "PICKUP");
        ReturnRequest pickup = new ReturnRequest(1, "R-000003", 7, "a@example.jp", "ja", ReturnLogistics.arrange(
                ReturnMethod.PICKUP, all, today.plusDays(1), PickupSlot.MORNING, null, home, false, today),
                List.of(refundSpec(1)), "customer", NOW);
        pickup.applyPolicy("policy", NOW);
        assertThatThrownBy(pickup::requireLabel).isInstanceOf(ReturnRuleViolation.class)
                .satisfies(e -> assertThat(((ReturnRuleViolation) e).messageKey()).isEqualTo("problem.label.not-prepaid"));

        ReturnRequest dropOff = new ReturnRequest(1, "R-000004", 7, "a@example.jp", "ja", ReturnLogistics.arrange(
                ReturnMethod.DROP_OFF, all, null, null, DropOffPoint.LAWSON, null, false, today),
                List.of(refundSpec(1)), "customer", NOW);
        dropOff.applyPolicy("policy", NOW);
        dropOff.requireLabel();
    }

    @ParameterizedTest
    @EnumSource(ReturnStatus.class)
    void staffMayAskTheCustomerUntilTheReturnIsClosedAndTheStatusStays(ReturnStatus state) {
        ReturnRequest r = in(state);
        r.drainChanges();
        if (EnumSet.of(ReturnStatus.COMPLETED, ReturnStatus.REJECTED, ReturnStatus.CANCELLED).contains(state)) {
            assertThatThrownBy(() -> r.askCustomer("サイズを教えてください", 1000, NOW))
                    .isInstanceOf(ReturnClosedException.class);
        } else {
            assertThat(r.askCustomer("  サイズを教えてください \n", 1000, NOW)).isEqualTo("サイズを教えてください");
        }
        assertThat(r.status()).isEqualTo(state);
        assertThat(r.drainChanges()).isEmpty();
    }

    @Test
    void aQuestionIsNeitherBlankNorLongerThanTheLimit() {
        ReturnRequest r = in(ReturnStatus.NEEDS_REVIEW);
        assertThatThrownBy(() -> r.askCustomer(" \n ", 1000, NOW)).isInstanceOf(ReturnRuleViolation.class);
        assertThatThrownBy(() -> r.askCustomer(null, 1000, NOW)).isInstanceOf(ReturnRuleViolation.class);
        assertThatThrownBy(() -> r.askCustomer("あ".repeat(1001), 1000, NOW)).isInstanceOf(ReturnRuleViolation.class);
        assertThat(r.askCustomer("あ".repeat(1000), 1000, NOW)).hasSize(1000);
    }

    @Test
    void theCustomerAnswersAWaitingQuestionOnceAndANewQuestionWaitsAgain() {
        ReturnRequest r = in(ReturnStatus.AWAITING_SHIPMENT);
        assertThat(r.customerQuestion()).isNull();
        assertThatThrownBy(() -> r.answerQuestion("M です", 1000, NOW)).as("never asked")
                .isInstanceOf(NoOpenQuestionException.class);

        r.askCustomer("サイズは？", 1000, NOW);
        r.askCustomer("色は？", 1000, NOW);
        assertThat(r.customerQuestion()).isEqualTo(CustomerQuestion.WAITING);
        assertThatThrownBy(() -> r.answerQuestion("  ", 1000, NOW)).isInstanceOf(ReturnRuleViolation.class);
        assertThatThrownBy(() -> r.answerQuestion("あ".repeat(1001), 1000, NOW)).isInstanceOf(ReturnRuleViolation.class);
        assertThat(r.customerQuestion()).as("a refused answer changes nothing").isEqualTo(CustomerQuestion.WAITING);

        // One answer covers every question asked before it.
        assertThat(r.answerQuestion(" M で紺です \n", 1000, NOW)).isEqualTo("M で紺です");
        assertThat(r.customerQuestion()).isEqualTo(CustomerQuestion.ANSWERED);
        assertThatThrownBy(() -> r.answerQuestion("もう一度", 1000, NOW)).isInstanceOf(NoOpenQuestionException.class);

        r.askCustomer("箱はありますか？", 1000, NOW);
        assertThat(r.customerQuestion()).isEqualTo(CustomerQuestion.WAITING);
        assertThat(r.status()).isEqualTo(ReturnStatus.AWAITING_SHIPMENT);
    }

    @Test
    void aClosedReturnTakesNoAnswer() {
        ReturnRequest r = in(ReturnStatus.APPROVED);
        r.askCustomer("サイズは？", 1000, NOW);
        r.cancel("test", null, NOW);
        assertThatThrownBy(() -> r.answerQuestion("M です", 1000, NOW)).isInstanceOf(ReturnClosedException.class);
        assertThat(r.customerQuestion()).isEqualTo(CustomerQuestion.WAITING);
    }
}
