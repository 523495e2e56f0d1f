package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.kaeru.api.portal.EligibilityDto;
import com.kaeru.api.portal.ExchangeOptionDto;
import com.kaeru.api.portal.OrderAccessDto;
import com.kaeru.api.portal.OrderLookup;
import com.kaeru.api.portal.PortalOrderDto;
import com.kaeru.api.portal.PortalOrderLineDto;
import com.kaeru.api.portal.ReturnSubmission;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.backend.catalog.domain.CatalogRepository;
import com.kaeru.backend.inventory.domain.StockRepository;
import com.kaeru.backend.catalog.domain.Variant;
import com.kaeru.backend.orders.domain.CustomerOrder;
import com.kaeru.backend.orders.domain.OrderRepository;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.platform.errors.TooManyRequestsException;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.reasons.application.ReturnReasonService;
import com.kaeru.backend.reasons.domain.ReturnReasonRepository;
import com.kaeru.backend.returns.domain.ReturnRequest;
import com.kaeru.backend.returns.domain.ReturnRequestRepository;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The customer's side of returns. Customers have no account: an order lookup (order number plus
 * e-mail or phone) yields a short-lived token for that order; every later call needs it and
 * sees only that order and its returns. A wrong number and a wrong e-mail get the same answer.
 */
@ApplicationScoped
public class PortalReturnService {
    private static final String CUSTOMER = "customer";

    @Inject
    ShopRepository shops;
    @Inject
    OrderRepository orders;
    @Inject
    ReturnRequestRepository returns;
    @Inject
    CatalogRepository catalog;
    @Inject
    StockRepository stock;
    @Inject
    TenantSession tenantSession;
    @Inject
    ReturnAssessment assessment;
    @Inject
    SubmitReturn submission;
    @Inject
    CancelReturn cancellation;
    @Inject
    AnswerQuestion answers;
    @Inject
    ReturnRatings ratings;
    @Inject
    ReturnViews views;
    @Inject
    OrderTokens tokens;
    @Inject
    LookupThrottle throttle;
    @Inject
    ReturnPhotos photos;
    @Inject
    ReturnReasonRepository reasons;
    @Inject
    com.kaeru.backend.platform.persistence.ShopConfigCache configCache;
    @Inject
    ReturnLabels labels;

    Clock clock = Clock.systemUTC();
    @Inject
    BackorderChoices backorderChoices;

    /**
     * Exchanges order number plus e-mail or phone for an order token. Nothing is counted for a slug
     * that is malformed or names no shop (404 at once), so junk URLs leave no state behind. The
     * throttle's counts are written in this transaction, which therefore commits when the lookup
     * fails or is throttled ({@code dontRollbackOn}): rolled back, a failure would not count.
     */
    @Transactional(dontRollbackOn = {NotFoundException.class, TooManyRequestsException.class})
    public OrderAccessDto lookup(String shopSlug, OrderLookup lookup, String clientAddress) {
        Instant now = clock.instant();
        if (!com.kaeru.backend.tenancy.domain.ShopSlug.isValid(shopSlug)) {
            throw lookupFailed();
        }
        Shop shop = shops.findBySlug(shopSlug).orElseThrow(PortalReturnService::lookupFailed);
        shop.requireOpen();
        long wait = throttle.countClient(shop.id(), clientAddress, now);
        if (wait > 0) {
            throw new TooManyRequestsException(wait);
        }
        // Locks the number's counter row: concurrent guesses at one number are counted one by one.
        LookupThrottle.OrderState attempts = throttle.openOrder(shop.id(), lookup.orderNumber, now);
        wait = attempts.waitSeconds(now);
        if (wait > 0) {
            throw new TooManyRequestsException(wait);
        }
        tenantSession.bind(shop.id());
        CustomerOrder order = orders.findByOrderNumber(shop.id(), lookup.orderNumber.strip())
                .filter(o -> o.belongsTo(lookup.emailOrPhone)).orElse(null);
        if (order == null) {
            throttle.failed(attempts, now);
            throw lookupFailed();
        }
        throttle.succeeded(attempts);
        return new OrderAccessDto(tokens.issue(shop.id(), order.id(), now), tokens.expiry(now));
    }

    private static NotFoundException lookupFailed() {
        return new NotFoundException("problem.portal.lookup-failed");
    }

    @Transactional
    public PortalOrderDto order(String shopSlug, String token, Locale locale) {
        Opened opened = open(shopSlug, token);
        Instant now = clock.instant();
        String language = locale.getLanguage();
        ReturnAssessment.Assessed assessed = assessment.assess(opened.shop, opened.order, now);
        ExchangeCandidates candidates = exchangeCandidates(opened.shop, opened.order.lines().stream()
                .map(line -> assessed.line(line.id()).variant()).toList());
        List<PortalOrderLineDto> lines = opened.order.lines().stream()
                .sorted(Comparator.comparingInt(com.kaeru.backend.orders.domain.OrderLine::lineNo)).map(line -> {
            ReturnAssessment.LineAssessment a = assessed.line(line.id());
            ReturnAssessment.LineEligibility verdict = assessment.eligibility(opened.shop, opened.order, assessed, a,
                    null, language, now);
            long paidPerUnit = verdict.paidPerUnitMinor();
            EligibilityDto eligibility = verdict.eligibility();
            return new PortalOrderLineDto(line.id(), a.variant().sku(), a.variant().product().name(language),
                    a.variant().size(), a.variant().color(), line.quantity(), a.returnable(), paidPerUnit, eligibility,
                    exchangeOptions(candidates, a.variant(), line.unitPriceMinor(), paidPerUnit));
        }).toList();
        var earlier = returns.findByOrder(opened.shop.id(), opened.order.id()).stream()
                .map(r -> views.summary(r, opened.order, false, now)).toList();
        return new PortalOrderDto(opened.order.orderNumber(), opened.order.orderedAt(), opened.order.deliveredAt(),
                opened.shop.currency().getCurrencyCode(), lines, earlier,
                ReturnViews.address(SubmitReturn.orderAddress(opened.order)),
                configCache.get("active-reasons", opened.shop.id(), () -> List.copyOf(reasons.findActive(opened.shop.id()))).stream().map(ReturnReasonService::toDto).toList());
    }

    /** The variants of the order's active products and their live stock, loaded in two queries for all lines. */
    private record ExchangeCandidates(Map<Long, List<Variant>> byProduct, Map<Long, Integer> available) {
    }

    private ExchangeCandidates exchangeCandidates(Shop shop, List<Variant> bought) {
        Set<Long> activeProducts = bought.stream()
                .filter(v -> v.product().status() == com.kaeru.backend.catalog.domain.Product.Status.ACTIVE)
                .map(v -> v.product().id()).collect(Collectors.toSet());
        Map<Long, List<Variant>> byProduct = catalog.findSiblingsOfProducts(shop.id(), activeProducts);
        List<Long> variantIds = byProduct.values().stream().flatMap(List::stream).map(Variant::id).toList();
        return new ExchangeCandidates(byProduct, stock.available(shop.id(), variantIds));
    }

    /** Other sizes and colours of the product with live stock; the original variant is left out. */
    private static List<ExchangeOptionDto> exchangeOptions(ExchangeCandidates candidates, Variant original,
            long boughtAtMinor, long paidPerUnit) {
        if (original.product().status() != com.kaeru.backend.catalog.domain.Product.Status.ACTIVE) {
            return List.of();
        }
        Map<Long, Integer> available = candidates.available();
        return candidates.byProduct().getOrDefault(original.product().id(), List.of()).stream()
                .filter(v -> !v.id().equals(original.id()))
                .map(v -> {
                    int units = Math.max(0, available.getOrDefault(v.id(), 0));
                    // Same rule as at submission (LineSettlement.exchange): dearer than the item bought is an
                    // upgrade; the customer pays the list-price difference per unit (collected before it ships).
                    if (v.priceMinor() > boughtAtMinor) {
                        return new ExchangeOptionDto(v.sku(), v.size(), v.color(), v.priceMinor(), units,
                                v.restockDate(), v.priceMinor() - boughtAtMinor);
                    }
                    return new ExchangeOptionDto(v.sku(), v.size(), v.color(), v.priceMinor(), units, v.restockDate(),
                            Math.min(0, v.priceMinor() - paidPerUnit));
                })
                .sorted(Comparator.comparing(ExchangeOptionDto::sku))
                .toList();
    }

    @Transactional
    public ReturnDto submit(String shopSlug, String token, ReturnSubmission submission, Locale locale) {
        Opened opened = open(shopSlug, token);
        opened.shop.requireOpen();
        ReturnRequest request = this.submission.submit(opened.shop, opened.order, submission, CUSTOMER);
        return views.detail(opened.shop, opened.order, request, locale.getLanguage(), Viewer.customer(), clock.instant());
    }

    @Inject
    com.kaeru.backend.credit.application.StoreCreditService storeCredit;
    @Inject
    com.kaeru.backend.credit.domain.GiftCodeRepository giftCodes;

    /** The opened order's customer's store credit and gift codes (by the order's e-mail address). */
    @Transactional
    public com.kaeru.api.portal.PortalCreditDto credit(String shopSlug, String token) {
        Opened opened = open(shopSlug, token);
        String email = opened.order.customer().email();
        if (email == null || email.isBlank()) {
            return new com.kaeru.api.portal.PortalCreditDto(opened.shop.currency().getCurrencyCode(), 0, List.of());
        }
        String normalised = email.strip().toLowerCase(Locale.ROOT);
        var account = storeCredit.accountOf(opened.shop, normalised);
        return new com.kaeru.api.portal.PortalCreditDto(account.currency(), account.balanceMinor(),
                giftCodes.ofCustomer(opened.shop.id(), normalised).stream()
                        .map(com.kaeru.backend.credit.application.GiftCodeService::toDto).toList());
    }

    @Transactional
    public ReturnDto status(String shopSlug, String token, String rma, Locale locale) {
        Opened opened = open(shopSlug, token);
        ReturnRequest request = ofOrder(opened, rma, false);
        return views.detail(opened.shop, opened.order, request, locale.getLanguage(), Viewer.customer(), clock.instant());
    }

    /** The label's data for a return of the opened order; drawn by {@link ReturnLabelService}. */
    @Transactional
    public ReturnLabels.Prepared label(String shopSlug, String token, String rma) {
        Opened opened = open(shopSlug, token);
        ReturnRequest request = ofOrder(opened, rma, false);
        return labels.prepare(opened.shop, opened.order, request, CUSTOMER, clock.instant());
    }

    @Transactional
    public com.kaeru.api.returns.PhotoDto addPhoto(String shopSlug, String token, String rma, long lineId,
                                                   java.io.InputStream image) {
        Opened opened = open(shopSlug, token);
        ReturnRequest request = ofOrder(opened, rma, true);
        return photos.add(opened.shop.id(), request, lineId, image);
    }

    @Transactional
    public ReturnDto cancel(String shopSlug, String token, String rma, Locale locale) {
        Opened opened = open(shopSlug, token);
        ReturnRequest request = ofOrder(opened, rma, true);
        cancellation.cancel(opened.shop, request, CUSTOMER, "cancelled by the customer");
        return views.detail(opened.shop, opened.order, request, locale.getLanguage(), Viewer.customer(), clock.instant());
    }

    /** The customer answers the shop's open question (see {@link AnswerQuestion}). */
    @Transactional
    public ReturnDto answer(String shopSlug, String token, String rma, com.kaeru.api.portal.QuestionAnswer answer,
                            Locale locale) {
        Opened opened = open(shopSlug, token);
        ReturnRequest request = ofOrder(opened, rma, true);
        answers.answer(opened.shop, request, CUSTOMER, answer.message);
        return views.detail(opened.shop, opened.order, request, locale.getLanguage(), Viewer.customer(), clock.instant());
    }

    /** The customer rates the completed return, once (see {@link ReturnRatings}); the row lock orders two submits. */
    @Transactional
    public ReturnDto rate(String shopSlug, String token, String rma, com.kaeru.api.portal.ReturnRating rating,
                          Locale locale) {
        Opened opened = open(shopSlug, token);
        ReturnRequest request = ofOrder(opened, rma, true);
        ratings.rate(opened.shop, request, CUSTOMER, rating);
        return views.detail(opened.shop, opened.order, request, locale.getLanguage(), Viewer.customer(), clock.instant());
    }

    /** What the customer may choose for a backordered exchange line of their return. */
    @Transactional
    public com.kaeru.api.returns.BackorderOptionsDto backorderOptions(String shopSlug, String token, String rma,
                                                                     long lineId) {
        Opened opened = open(shopSlug, token);
        return backorderChoices.options(opened.shop, ofOrder(opened, rma, false), lineId);
    }

    /** The customer's choice for a backordered exchange line (see {@link BackorderChoices}). */
    @Transactional
    public com.kaeru.api.returns.BackorderOptionsDto chooseBackorder(String shopSlug, String token, String rma,
                                                                    long lineId,
                                                                    com.kaeru.api.returns.BackorderChoiceRequest choice) {
        Opened opened = open(shopSlug, token);
        return backorderChoices.choose(opened.shop, ofOrder(opened, rma, true), lineId, choice.choice, choice.sku,
                CUSTOMER);
    }

    private ReturnRequest ofOrder(Opened opened, String rma, boolean forUpdate) {
        var found = forUpdate ? returns.findByRmaForUpdate(opened.shop.id(), rma) : returns.findByRma(opened.shop.id(), rma);
        return found.filter(r -> r.orderId() == opened.order.id())
                .orElseThrow(() -> new NotFoundException("problem.not-found.return", rma));
    }

    private record Opened(Shop shop, CustomerOrder order) {
    }

    /** Checks the token against the shop in the URL and binds the transaction to that shop. */
    private Opened open(String shopSlug, String token) {
        OrderTokens.Grant grant = tokens.verify(token, clock.instant())
                .orElseThrow(InvalidOrderTokenException::new);
        Shop shop = shops.findBySlug(shopSlug).filter(s -> s.id() == grant.shopId())
                .orElseThrow(() -> new NotFoundException("problem.portal.lookup-failed"));
        tenantSession.bind(shop.id());
        CustomerOrder order = orders.findById(shop.id(), grant.orderId())
                .orElseThrow(() -> new NotFoundException("problem.portal.lookup-failed"));
        return new Opened(shop, order);
    }
}
