package com.kaeru.backend.returns.application;

import com.kaeru.backend.platform.vocabulary.Vocabulary;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.kaeru.api.returns.Decision;
import com.kaeru.api.returns.GradeSubmission;
import com.kaeru.api.returns.InfoRequest;
import com.kaeru.api.returns.NoteSubmission;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnNoteDto;
import com.kaeru.api.returns.ReturnPageDto;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.reasons.domain.ReturnReasonRepository;
import com.kaeru.backend.returns.domain.Grade;
import com.kaeru.backend.returns.domain.ReturnFilter;
import com.kaeru.backend.returns.domain.ReturnNote;
import com.kaeru.backend.returns.domain.ReturnNoteRepository;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The staff console's door to returns: each method checks the caller's permission in the shop
 * ({@link ShopAccess}), locks the return's row for a move, runs the use case named after the move
 * ({@link ApproveReturn}, {@link RejectReturn}, {@link CancelReturn}, {@link ReceiveReturn},
 * {@link GradeReturn}, {@link AskCustomer}, {@link DecideHeldRefund}) as the caller, and answers the
 * new state — all in one transaction.
 */
@ApplicationScoped
public class StaffReturnService {
    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    ReturnRequestRepository returns;
    @Inject
    OrderRepository orders;
    @Inject
    ApproveReturn approval;
    @Inject
    RejectReturn rejection;
    @Inject
    CancelReturn cancellation;
    @Inject
    ReceiveReturn receipt;
    @Inject
    GradeReturn grading;
    @Inject
    AskCustomer questions;
    @Inject
    DecideHeldRefund heldRefunds;
    @Inject
    com.kaeru.backend.refunds.application.UpgradePayments upgradePayments;
    @Inject
    ReturnViews views;
    @Inject
    ReturnPhotos photos;
    @Inject
    ReturnLabels labels;
    @Inject
    ReturnReasonRepository reasons;
    @Inject
    ReturnNoteRepository notes;
    @Inject
    AuditTrail audit;
    @Inject
    BackorderChoices backorderChoices;

    /** What may be chosen for a backordered exchange line (everyone in the shop). */
    @Transactional
    public com.kaeru.api.returns.BackorderOptionsDto backorderOptions(String shopSlug, String rma, long lineId) {
        Shop shop = access.enter(shopSlug, Permission.VIEW_SHOP);
        return backorderChoices.options(shop, find(shop, rma, false), lineId);
    }

    /** Operators make the customer's choice for them (e.g. on the phone), as the portal does. */
    @Transactional
    public com.kaeru.api.returns.BackorderOptionsDto chooseBackorder(String shopSlug, String rma, long lineId,
                                                                    com.kaeru.api.returns.BackorderChoiceRequest choice) {
        Shop shop = access.enter(shopSlug, Permission.PROCESS_RETURNS);
        return backorderChoices.choose(shop, find(shop, rma, true), lineId, choice.choice, choice.sku,
                caller.username());
    }

    /** The queue counts matches up to this many; beyond, it says "more than" (see {@link ReturnRequestRepository#count}). */
    public static final long COUNT_LIMIT = 10_000;

    Clock clock = Clock.systemUTC();

    @Transactional
    public ReturnPageDto search(String shopSlug, ReturnFilters filters, int page, int size) {
        Shop shop = access.enter(shopSlug, Permission.VIEW_SHOP);
        ReturnFilter filter = filters.resolve(shop.timeZone(), reasons.findActive(shop.id()));
        int pageSize = Math.max(1, Math.min(size, 200));
        int pageNo = Math.max(0, page);
        Instant now = clock.instant();
        List<Long> shops = List.of(shop.id());
        List<ReturnRequest> found = returns.search(shops, filter, now, pageNo * pageSize, pageSize);
        Map<Long, CustomerOrder> orderById = orders.findByIds(shops, found.stream().map(ReturnRequest::orderId).toList());
        var items = found.stream().map(r -> views.summary(r, orderById.get(r.orderId()), true, now)).toList();
        long total = returns.count(shops, filter, now, COUNT_LIMIT);
        return new ReturnPageDto(items, Math.min(total, COUNT_LIMIT), total > COUNT_LIMIT, pageNo, pageSize);
    }

    @Transactional
    public ReturnDto get(String shopSlug, String rma, Locale locale) {
        Shop shop = access.enter(shopSlug, Permission.VIEW_SHOP);
        ReturnRequest request = find(shop, rma, false);
        return view(shop, request, locale);
    }

    @Transactional
    public ReturnPhotos.Image photo(String shopSlug, String rma, long photoId) {
        Shop shop = access.enter(shopSlug, Permission.VIEW_SHOP);
        return photos.read(shop.id(), find(shop, rma, false).id(), photoId);
    }

    /** The label's data for staff who may read the return (to reprint it for the customer); drawn by {@link ReturnLabelService}. */
    @Transactional
    public ReturnLabels.Prepared label(String shopSlug, String rma) {
        Shop shop = access.enter(shopSlug, Permission.VIEW_SHOP);
        ReturnRequest request = find(shop, rma, false);
        return labels.prepare(shop, order(shop, request), request, caller.username(), clock.instant());
    }

    @Transactional
    public ReturnDto approve(String shopSlug, String rma, Decision decision, Locale locale) {
        return move(shopSlug, rma, Permission.PROCESS_RETURNS, locale,
                (shop, request, actor) -> approval.approve(shop, request, actor, message(decision)));
    }

    @Transactional
    public ReturnDto reject(String shopSlug, String rma, Decision decision, Locale locale) {
        return move(shopSlug, rma, Permission.PROCESS_RETURNS, locale,
                (shop, request, actor) -> rejection.reject(shop, request, actor, message(decision)));
    }

    @Transactional
    public ReturnDto cancel(String shopSlug, String rma, Decision decision, Locale locale) {
        return move(shopSlug, rma, Permission.PROCESS_RETURNS, locale,
                (shop, request, actor) -> cancellation.cancel(shop, request, actor, message(decision)));
    }

    @Transactional
    public ReturnDto receive(String shopSlug, String rma, Locale locale) {
        return move(shopSlug, rma, Permission.PROCESS_RETURNS, locale, receipt::receive);
    }

    @Transactional
    public ReturnDto grade(String shopSlug, String rma, long lineId, GradeSubmission submission, Locale locale) {
        List<Grade> grades = submission.grades.stream().map(g -> Vocabulary.as(g, Grade.class)).toList();
        return move(shopSlug, rma, Permission.PROCESS_RETURNS, locale,
                (shop, request, actor) -> grading.grade(shop, order(shop, request), request, lineId, grades, actor));
    }

    @Transactional
    public List<ReturnNoteDto> notes(String shopSlug, String rma) {
        Shop shop = access.enter(shopSlug, Permission.VIEW_SHOP);
        return notes.findByReturn(shop.id(), find(shop, rma, false).id()).stream().map(StaffReturnService::note).toList();
    }

    /** Notes are part of processing: analysts read them but do not write them. */
    @Transactional
    public ReturnNoteDto addNote(String shopSlug, String rma, NoteSubmission submission) {
        Shop shop = access.enter(shopSlug, Permission.PROCESS_RETURNS);
        ReturnRequest request = find(shop, rma, false);
        Instant now = clock.instant();
        ReturnNote note = new ReturnNote(shop.id(), request.id(), caller.username(), submission.text, now);
        notes.add(note);
        audit.record(shop.id(), AuditTrail.RETURN, rma, "NOTE_ADDED", null, null, caller.username(), null, now);
        return note(note);
    }

    private static ReturnNoteDto note(ReturnNote note) {
        return new ReturnNoteDto(note.id(), note.author(), note.createdAt(), note.body());
    }

    /** Asking the customer is part of processing: analysts may not (403 from {@link ShopAccess}). */
    @Transactional
    public ReturnDto requestInfo(String shopSlug, String rma, InfoRequest info, Locale locale) {
        return move(shopSlug, rma, Permission.PROCESS_RETURNS, locale,
                (shop, request, actor) -> questions.ask(shop, request, actor, info.message));
    }

    @Transactional
    public ReturnDto approveRefund(String shopSlug, String rma, long refundId, Locale locale) {
        return move(shopSlug, rma, Permission.APPROVE_REFUNDS, locale,
                (shop, request, actor) -> heldRefunds.approve(shop, request, refundId, actor));
    }

    /** Retrying a failed refund is a money decision like approving one (managers). */
    @Transactional
    public ReturnDto retryRefund(String shopSlug, String rma, long refundId, Locale locale) {
        return move(shopSlug, rma, Permission.APPROVE_REFUNDS, locale,
                (shop, request, actor) -> heldRefunds.retry(shop, request, refundId, actor));
    }

    /** Retrying a failed upgrade payment charges the customer's card again: a money decision (managers). */
    @Transactional
    public ReturnDto retryUpgradePayment(String shopSlug, String rma, Locale locale) {
        return move(shopSlug, rma, Permission.APPROVE_REFUNDS, locale, (shop, request, actor) -> {
            if (upgradePayments.retry(shop.id(), request.id(), request.rmaNumber(), actor, clock.instant()).isEmpty()) {
                throw new com.kaeru.backend.platform.errors.NotFoundException("problem.upgrade-payment.not-found", rma);
            }
        });
    }

    @Transactional
    public ReturnDto declineRefund(String shopSlug, String rma, long refundId, Locale locale) {
        return move(shopSlug, rma, Permission.APPROVE_REFUNDS, locale,
                (shop, request, actor) -> heldRefunds.decline(shop, request, refundId, actor));
    }

    /** One move by the caller on a locked request. */
    @FunctionalInterface
    private interface Move {
        void apply(Shop shop, ReturnRequest request, String actor);
    }

    /** Checks the permission, locks the request, applies the move as the caller, and answers the new state. */
    private ReturnDto move(String shopSlug, String rma, Permission permission, Locale locale, Move move) {
        Shop shop = access.enter(shopSlug, permission);
        ReturnRequest request = find(shop, rma, true);
        move.apply(shop, request, caller.username());
        return view(shop, request, locale);
    }

    private static String message(Decision decision) {
        return decision == null ? null : decision.message;
    }

    private ReturnRequest find(Shop shop, String rma, boolean forUpdate) {
        var found = forUpdate ? returns.findByRmaForUpdate(shop.id(), rma) : returns.findByRma(shop.id(), rma);
        return found.orElseThrow(() -> new NotFoundException("problem.not-found.return", rma));
    }

    private CustomerOrder order(Shop shop, ReturnRequest request) {
        return orders.findById(shop.id(), request.orderId()).orElseThrow();
    }

    private ReturnDto view(Shop shop, ReturnRequest request, Locale locale) {
        Viewer viewer = Viewer.staff(caller.username(), access.permissionsIn(shop));
        return views.detail(shop, order(shop, request), request, locale.getLanguage(), viewer, clock.instant());
    }
}
