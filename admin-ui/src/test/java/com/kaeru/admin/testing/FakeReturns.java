package com.kaeru.admin.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kaeru.api.problem.Problem;
import com.kaeru.api.returns.Decision;
import com.kaeru.api.returns.GradeSubmission;
import com.kaeru.api.returns.InfoRequest;
import com.kaeru.api.returns.NoteSubmission;
import com.kaeru.api.returns.RefundDto;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.UpgradePaymentDto;
import com.kaeru.api.returns.ReturnLineDto;
import com.kaeru.api.returns.ReturnNoteDto;
import com.kaeru.api.returns.ReturnPageDto;
import com.kaeru.api.returns.ReturnSummaryDto;
import com.kaeru.api.returns.ReturnsApi;
import com.kaeru.api.returns.TimelineEntryDto;
import com.kaeru.api.vocabulary.Grade;
import com.kaeru.api.vocabulary.PolicyOutcome;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.RefundStatus;
import com.kaeru.api.vocabulary.Resolution;
import com.kaeru.api.vocabulary.ReturnAction;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.kaeru.client.ApiProblemException;
import jakarta.ws.rs.core.Response;

/**
 * An in-memory returns backend with the workflow's main rules (moves allowed per state, grading
 * fires a refund that waits for a manager above ¥30,000), recording every call the views make.
 */
public class FakeReturns implements ReturnsApi {
    public static final long APPROVAL_LIMIT = 30_000;
    private static final Set<ReturnStatus> DECIDABLE = EnumSet.of(ReturnStatus.REQUESTED, ReturnStatus.NEEDS_REVIEW);
    private static final Set<ReturnStatus> RECEIVABLE = EnumSet.of(ReturnStatus.APPROVED,
            ReturnStatus.AWAITING_SHIPMENT, ReturnStatus.IN_TRANSIT);
    private static final Set<ReturnStatus> CANCELLABLE = EnumSet.of(ReturnStatus.REQUESTED, ReturnStatus.NEEDS_REVIEW,
            ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT);

    /** A search as the view sent it. */
    public record Search(String status, String query, boolean overdue, String reason, String resolution,
                         String method, String from, String to, String dateField, String question, String refund,
                         String upgradePayment, int page, int size) {
    }

    public final Map<String, ReturnDto> returns = new LinkedHashMap<>();
    /** Where each return's conversation with the customer stands (WAITING, ANSWERED); absent: never asked. */
    public final Map<String, String> questions = new LinkedHashMap<>();
    public final Map<String, List<ReturnNoteDto>> notes = new LinkedHashMap<>();

    /** Adds entries to a return's timeline, as the backend does when staff ask and the customer answers. */
    public void addToTimeline(String rma, TimelineEntryDto... entries) {
        ReturnDto r = returns.get(rma);
        List<TimelineEntryDto> timeline = new ArrayList<>(r.timeline());
        timeline.addAll(List.of(entries));
        returns.put(rma, new ReturnDto(r.rmaNumber(), r.status(), r.orderNumber(), r.customerName(), r.customerEmail(),
                r.createdAt(), r.refundDueAt(), r.refundOverdue(), r.returnMethod(), r.needsBackorder(), r.currency(),
                r.lines(), timeline, r.refunds(), r.photos(), r.logistics(), r.allowedActions()));
    }

    /** The customer's rating of a return, as the portal stores it. */
    public void rate(String rma, com.kaeru.api.returns.ReturnRatingDto rating) {
        ReturnDto r = returns.get(rma);
        returns.put(rma, new ReturnDto(r.rmaNumber(), r.status(), r.orderNumber(), r.customerName(), r.customerEmail(),
                r.createdAt(), r.refundDueAt(), r.refundOverdue(), r.returnMethod(), r.needsBackorder(), r.currency(),
                r.lines(), r.timeline(), r.refunds(), r.photos(), r.logistics(), r.allowedActions(), r.upgradePayment(),
                rating));
    }

    /** What the backend allows an operator in this state (the views still decide from the status). */
    static Set<ReturnAction> actions(ReturnStatus status, List<RefundDto> refunds) {
        Set<ReturnAction> actions = EnumSet.of(ReturnAction.ADD_NOTE);
        if (DECIDABLE.contains(status)) {
            actions.addAll(List.of(ReturnAction.APPROVE, ReturnAction.REJECT));
        }
        if (RECEIVABLE.contains(status)) {
            actions.add(ReturnAction.RECEIVE);
        }
        if (CANCELLABLE.contains(status)) {
            actions.add(ReturnAction.CANCEL);
        }
        if (status == ReturnStatus.RECEIVED) {
            actions.add(ReturnAction.GRADE);
        }
        if (status != ReturnStatus.COMPLETED && status != ReturnStatus.REJECTED && status != ReturnStatus.CANCELLED) {
            actions.add(ReturnAction.ASK_QUESTION);
        }
        if (refunds.stream().anyMatch(r -> r.status() == RefundStatus.PENDING_APPROVAL)) {
            actions.addAll(List.of(ReturnAction.APPROVE_REFUND, ReturnAction.DECLINE_REFUND));
        }
        return actions;
    }
    public final List<Search> searches = new ArrayList<>();
    public final List<String> calls = new ArrayList<>();
    private final String actor;

    public FakeReturns(String actor) {
        this.actor = actor;
    }

    public static ReturnLineDto line(long id, String sku, int quantity, String resolution, long refundMinor) {
        return new ReturnLineDto(id, id + 100, sku, "リネンシャツ " + sku, quantity, "SIZE_TOO_SMALL", "きつかったです",
                Resolution.valueOf(resolution), "REFUND".equals(resolution) ? RefundMethod.STORE_CREDIT : null,
                "EXCHANGE".equals(resolution) ? sku + "-L" : null, PolicyOutcome.AUTO_APPROVE, "Within 30 days",
                "30日以内のため自動承認", refundMinor, 0, 0, 0, "EXCHANGE".equals(resolution), false, 0, 0, 0);
    }

    public ReturnDto add(String rma, String status, List<ReturnLineDto> lines, List<RefundDto> refunds) {
        ReturnStatus state = ReturnStatus.valueOf(status);
        ReturnDto dto = new ReturnDto(rma, state, "SA-" + rma.substring(2), "佐藤 美咲", "misaki@example.jp",
                Instant.parse("2026-11-20T15:30:00Z"), null, false, ReturnMethod.PREPAID_LABEL, false, "JPY", lines,
                List.of(new TimelineEntryDto(Instant.parse("2026-11-20T15:30:00Z"), "STATUS", null, "REQUESTED",
                        "customer", null)), refunds, List.of(),
                new com.kaeru.api.returns.ReturnLogisticsDto(ReturnMethod.PREPAID_LABEL, null, null, null, null, null, null,
                        null),
                actions(state, refunds));
        returns.put(rma, dto);
        return dto;
    }

    public static ApiProblemException problem(int status, String detail) {
        return new ApiProblemException(new Problem("https://kaeru.app/problems/x", "Refused", status, detail, null,
                List.of()));
    }

    @Override
    public ReturnPageDto search(String slug, String status, String query, boolean overdueOnly, String reason,
                                String resolution, String returnMethod, String from, String to, String dateField,
                                String question, String refund, String upgradePayment, int page, int size) {
        searches.add(new Search(status, query, overdueOnly, reason, resolution, returnMethod, from, to, dateField,
                question, refund, upgradePayment, page, size));
        // The one filter the console's tests count by: the upgrade payment's status (the dashboard's tile).
        List<ReturnSummaryDto> all = returns.values().stream().filter(r -> upgradePayment == null
                || r.upgradePayment() != null && upgradePayment.equals(r.upgradePayment().status())).map(r -> new ReturnSummaryDto(r.rmaNumber(),
                r.status(), r.orderNumber(), r.customerName(), r.customerEmail(),
                r.lines().stream().mapToInt(ReturnLineDto::quantity).sum(), r.createdAt(), r.refundDueAt(),
                r.refundOverdue(), r.needsBackorder(), questions.get(r.rmaNumber()))).toList();
        int fromIndex = Math.min(all.size(), page * size);
        return new ReturnPageDto(all.subList(fromIndex, Math.min(all.size(), fromIndex + size)), all.size(), false, page,
                size);
    }

    public Search lastSearch() {
        return searches.get(searches.size() - 1);
    }

    @Override
    public Response export(String slug, String status, String query, boolean overdueOnly, String reason,
                           String resolution, String returnMethod, String from, String to, String dateField,
                           String question, String refund, String upgradePayment, String charset, boolean bom) {
        throw new UnsupportedOperationException("covered by the backend IT");
    }

    @Override
    public ReturnDto get(String slug, String rma) {
        ReturnDto found = returns.get(rma);
        if (found == null) {
            throw problem(404, "There is no return \"" + rma + "\" here.");
        }
        return found;
    }

    @Override
    public Response photo(String slug, String rma, long photoId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Response label(String slug, String rma) {
        throw new UnsupportedOperationException();
    }

    private ReturnDto move(String rma, Set<ReturnStatus> from, String to, String call) {
        calls.add(call + " " + rma);
        ReturnDto r = get("", rma);
        if (!from.contains(r.status())) {
            throw problem(409, "Return " + rma + " is " + r.status() + "; it cannot become " + to + ".");
        }
        return with(r, to, r.lines(), r.refunds());
    }

    private ReturnDto with(ReturnDto r, String status, List<ReturnLineDto> lines, List<RefundDto> refunds) {
        ReturnStatus state = ReturnStatus.valueOf(status);
        ReturnDto changed = new ReturnDto(r.rmaNumber(), state, r.orderNumber(), r.customerName(), r.customerEmail(),
                r.createdAt(), state == ReturnStatus.RECEIVED ? Instant.parse("2026-11-22T01:00:00Z") : r.refundDueAt(),
                r.refundOverdue(), r.returnMethod(), r.needsBackorder(), r.currency(), lines, r.timeline(), refunds,
                r.photos(), r.logistics(), actions(state, refunds));
        returns.put(r.rmaNumber(), changed);
        return changed;
    }

    @Override
    public ReturnDto approve(String slug, String rma, Decision decision) {
        return move(rma, DECIDABLE, "AWAITING_SHIPMENT", "approve");
    }

    @Override
    public ReturnDto reject(String slug, String rma, Decision decision) {
        calls.add("reject-message " + decision.message);
        return move(rma, DECIDABLE, "REJECTED", "reject");
    }

    @Override
    public ReturnDto receive(String slug, String rma) {
        return move(rma, RECEIVABLE, "RECEIVED", "receive");
    }

    @Override
    public ReturnDto grade(String slug, String rma, long lineId, GradeSubmission grades) {
        calls.add("grade " + rma + " " + lineId + " " + grades.grades);
        ReturnDto r = get(slug, rma);
        if (r.status() != ReturnStatus.RECEIVED) {
            throw problem(409, "Return " + rma + " is " + r.status() + "; it cannot become INSPECTED.");
        }
        List<ReturnLineDto> lines = r.lines().stream().map(l -> l.id() != lineId ? l : new ReturnLineDto(l.id(),
                l.orderLineId(), l.sku(), l.productName(), l.quantity(), l.reasonCode(), l.comment(), l.resolution(),
                l.refundMethod(), l.exchangeSku(), l.policyOutcome(), l.policyRule(), l.policyMessage(),
                l.refundAmountMinor(), l.feeMinor(), l.bonusMinor(), l.priceDifferenceMinor(), l.reserved(),
                l.backorder(), l.gradeA() + count(grades, Grade.A), l.gradeB() + count(grades, Grade.B),
                l.gradeC() + count(grades, Grade.C))).toList();
        boolean allGraded = lines.stream().allMatch(l -> l.gradeA() + l.gradeB() + l.gradeC() == l.quantity());
        if (!allGraded) {
            return with(r, "RECEIVED", lines, r.refunds());
        }
        long refund = lines.stream().mapToLong(ReturnLineDto::refundAmountMinor).sum();
        if (refund == 0) {
            return with(r, "COMPLETED", lines, List.of());
        }
        boolean pending = refund > APPROVAL_LIMIT;
        RefundDto dto = new RefundDto(7, RefundMethod.STORE_CREDIT, refund, "JPY",
                pending ? RefundStatus.PENDING_APPROVAL : RefundStatus.ISSUED,
                "SC-1", actor, null, pending ? null : Instant.parse("2026-11-21T02:00:00Z"));
        return with(r, pending ? "INSPECTED" : "COMPLETED", lines, List.of(dto));
    }

    private static int count(GradeSubmission grades, Grade grade) {
        return (int) grades.grades.stream().filter(grade::equals).count();
    }

    @Override
    public ReturnDto cancel(String slug, String rma, Decision decision) {
        return move(rma, CANCELLABLE, "CANCELLED", "cancel");
    }

    @Override
    public List<ReturnNoteDto> notes(String slug, String rma) {
        return notes.getOrDefault(rma, List.of());
    }

    @Override
    public ReturnNoteDto addNote(String slug, String rma, NoteSubmission note) {
        calls.add("note " + rma + " " + note.text);
        ReturnNoteDto dto = new ReturnNoteDto(notes.size() + 1, actor, Instant.parse("2026-11-21T03:00:00Z"), note.text);
        notes.computeIfAbsent(rma, k -> new ArrayList<>()).add(dto);
        return dto;
    }

    /** Records the question as the backend does: an INFO_REQUESTED timeline entry, the status unchanged. */
    @Override
    public ReturnDto requestInfo(String slug, String rma, InfoRequest request) {
        calls.add("ask " + rma + " " + request.message);
        ReturnDto r = get(slug, rma);
        List<TimelineEntryDto> timeline = new ArrayList<>(r.timeline());
        timeline.add(new TimelineEntryDto(Instant.parse("2026-11-21T04:00:00Z"), "INFO_REQUESTED", null, null, actor,
                request.message));
        ReturnDto asked = new ReturnDto(r.rmaNumber(), r.status(), r.orderNumber(), r.customerName(),
                r.customerEmail(), r.createdAt(), r.refundDueAt(), r.refundOverdue(), r.returnMethod(),
                r.needsBackorder(), r.currency(), r.lines(), timeline, r.refunds(), r.photos(), r.logistics(),
                r.allowedActions());
        returns.put(rma, asked);
        return asked;
    }

    @Override
    public ReturnDto approveRefund(String slug, String rma, long refundId) {
        calls.add("approve-refund " + rma + " " + refundId);
        ReturnDto r = get(slug, rma);
        List<RefundDto> refunds = r.refunds().stream().map(f -> f.id() != refundId ? f : new RefundDto(f.id(),
                f.method(), f.amountMinor(), f.currency(), RefundStatus.ISSUED, f.reference(), f.requestedBy(), actor,
                Instant.parse("2026-11-21T04:00:00Z"))).toList();
        return with(r, "COMPLETED", r.lines(), refunds);
    }

    @Override
    public ReturnDto retryUpgradePayment(String slug, String rma) {
        calls.add("retry-upgrade-payment " + rma);
        if (refuseUpgradeRetry != null) {
            throw refuseUpgradeRetry;
        }
        ReturnDto r = get(slug, rma);
        UpgradePaymentDto p = r.upgradePayment();
        if (p == null) {
            throw problem(404, "返品 " + rma + " には、お支払いいただく交換の差額がありません。");
        }
        if ("FAILED".equals(p.status())) {
            p = new UpgradePaymentDto(p.amountMinor(), p.currency(), "REQUESTED", 0, p.lastError(), p.errorCode(), null,
                    null, null);
        }
        return withUpgradePayment(rma, p);
    }

    /** What the next upgrade payment retry is refused with, or {@code null}. */
    public ApiProblemException refuseUpgradeRetry;

    /** Gives the return an upgrade payment as the backend shows it. */
    public ReturnDto withUpgradePayment(String rma, UpgradePaymentDto payment) {
        ReturnDto r = returns.get(rma);
        ReturnDto changed = new ReturnDto(r.rmaNumber(), r.status(), r.orderNumber(), r.customerName(),
                r.customerEmail(), r.createdAt(), r.refundDueAt(), r.refundOverdue(), r.returnMethod(),
                r.needsBackorder(), r.currency(), r.lines(), r.timeline(), r.refunds(), r.photos(), r.logistics(),
                r.allowedActions(), payment);
        returns.put(rma, changed);
        return changed;
    }

    @Override
    public ReturnDto retryRefund(String slug, String rma, long refundId) {
        calls.add("retry-refund " + rma + " " + refundId);
        ReturnDto r = get(slug, rma);
        List<RefundDto> refunds = r.refunds().stream().map(f -> f.id() != refundId || f.status() != RefundStatus.FAILED ? f
                : new RefundDto(f.id(), f.method(), f.amountMinor(), f.currency(), RefundStatus.REQUESTED, f.reference(),
                        f.requestedBy(), f.approvedBy(), null, f.holdReason(), 0, f.lastError(),
                        Instant.parse("2026-11-21T04:00:00Z"))).toList();
        return with(r, r.status().name(), r.lines(), refunds);
    }

    @Override
    public ReturnDto declineRefund(String slug, String rma, long refundId) {
        calls.add("decline-refund " + rma + " " + refundId);
        ReturnDto r = get(slug, rma);
        List<RefundDto> refunds = r.refunds().stream().map(f -> f.id() != refundId ? f : new RefundDto(f.id(),
                f.method(), f.amountMinor(), f.currency(), RefundStatus.DECLINED, f.reference(), f.requestedBy(), null, null,
                f.holdReason())).toList();
        return with(r, "COMPLETED", r.lines(), refunds);
    }

    /** Backorder options per exchange line id; absent: the line is no exchange waiting for stock. */
    public final Map<Long, com.kaeru.api.returns.BackorderOptionsDto> backorders = new LinkedHashMap<>();

    /** A backordered exchange line (its replacement waits for stock since 20 Nov). */
    public static ReturnLineDto backorderedLine(long id, String sku) {
        ReturnLineDto l = line(id, sku, 1, "EXCHANGE", 0);
        com.kaeru.api.returns.FulfilmentDto f = new com.kaeru.api.returns.FulfilmentDto("R-1", id, sku + "-L",
                "リネンシャツ", "L", null, 1, com.kaeru.api.vocabulary.FulfilmentState.BACKORDERED, false,
                Instant.parse("2026-11-20T15:30:00Z"), java.time.LocalDate.of(2026, 12, 14), true, 1,
                Instant.parse("2026-11-20T15:30:00Z"), null, null, null, null, null, null, null, null, null, null);
        return new ReturnLineDto(l.id(), l.orderLineId(), l.sku(), l.productName(), l.quantity(), l.reasonCode(),
                l.comment(), l.resolution(), l.refundMethod(), l.exchangeSku(), l.policyOutcome(), l.policyRule(),
                l.policyMessage(), 0, 0, 0, 0, false, true, 0, 0, 0, 0, f);
    }

    @Override
    public com.kaeru.api.returns.BackorderOptionsDto backorderOptions(String slug, String rma, long lineId) {
        var options = backorders.get(lineId);
        if (options == null) {
            throw problem(404, "Line " + lineId + " of return " + rma + " is no exchange that waits for stock.");
        }
        return options;
    }

    /** Like the API: records the call and answers the options after the choice. */
    @Override
    public com.kaeru.api.returns.BackorderOptionsDto chooseBackorder(String slug, String rma, long lineId,
                                                                    com.kaeru.api.returns.BackorderChoiceRequest choice) {
        calls.add("backorder " + rma + " " + lineId + " " + choice.choice + (choice.sku == null ? "" : " " + choice.sku));
        var b = backorderOptions(slug, rma, lineId);
        boolean cancelled = choice.choice == com.kaeru.api.returns.BackorderChoice.CANCEL_FOR_REFUND;
        var state = switch (choice.choice) {
            case WAIT -> com.kaeru.api.vocabulary.FulfilmentState.BACKORDERED;
            case SWITCH, SPLIT -> com.kaeru.api.vocabulary.FulfilmentState.RESERVED;
            case CANCEL_FOR_REFUND -> com.kaeru.api.vocabulary.FulfilmentState.CANCELLED;
        };
        var updated = new com.kaeru.api.returns.BackorderOptionsDto(b.rma(), b.lineId(), state,
                state == com.kaeru.api.vocabulary.FulfilmentState.BACKORDERED, b.sku(), b.quantity(), b.promisedDate(),
                b.dateConfirmed(), b.switchOptions(), b.availableNow(), b.refundMinor(), b.currency(), b.refundMethod(),
                b.refundAtOnce(), b.couponOffer(), choice.choice, Instant.parse("2026-12-04T03:00:00Z"), actor,
                cancelled && b.couponOffer() != null ? new com.kaeru.api.returns.BackorderOptionsDto.IssuedCoupon(
                        "7KQM-3XRB-HN2W", b.couponOffer().amountMinor(), b.couponOffer().percent(),
                        Instant.parse("2027-01-03T15:00:00Z")) : null);
        backorders.put(lineId, updated);
        return updated;
    }
}
