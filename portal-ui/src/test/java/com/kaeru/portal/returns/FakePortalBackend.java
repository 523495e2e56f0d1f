package com.kaeru.portal.returns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.kaeru.api.address.AddressCheckDto;
import com.kaeru.api.address.AddressCheckRequest;
import com.kaeru.api.address.AddressFindingDto;
import com.kaeru.api.address.PostalCodeDto;
import com.kaeru.api.portal.EligibilityDto;
import com.kaeru.api.portal.ExchangeOptionDto;
import com.kaeru.api.portal.OrderAccessDto;
import com.kaeru.api.portal.PortalOrderDto;
import com.kaeru.api.portal.PortalOrderLineDto;
import com.kaeru.api.portal.PortalShopDto;
import com.kaeru.api.portal.PostalAddressDto;
import com.kaeru.api.portal.ReturnSubmission;
import com.kaeru.api.problem.Problem;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.returns.PhotoDto;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnLineDto;
import com.kaeru.api.returns.ReturnLogisticsDto;
import com.kaeru.api.returns.TimelineEntryDto;
import com.kaeru.api.vocabulary.PolicyOutcome;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.Resolution;
import com.kaeru.api.vocabulary.ReturnAction;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.kaeru.client.ApiProblemException;
import com.kaeru.portal.api.PortalBackend;

/** The portal API as the demo shop answers, recording what the views send. */
public class FakePortalBackend extends PortalBackend {
    public static final PortalShopDto SHOP = new PortalShopDto("sakura-apparel", "さくらアパレル", "#C2185B", null, "ja",
            List.of("ja", "en"), "Asia/Tokyo", "JPY", List.of(ReturnMethod.PREPAID_LABEL, ReturnMethod.DROP_OFF,
                    ReturnMethod.PICKUP),
            List.of(RefundMethod.ORIGINAL_PAYMENT, RefundMethod.STORE_CREDIT, RefundMethod.GIFT_CODE), List.of("MORNING", "T14_16", "T16_18", "T18_20", "T19_21"), 7,
            List.of("SEVEN_ELEVEN", "FAMILYMART", "LAWSON", "CARRIER_OFFICE"), false);
    /** The shop the portal loads; tests may narrow what it offers. */
    public PortalShopDto shop = SHOP;
    /** Entries the backend adds to the customer's timeline after the status changes (e.g. staff questions). */
    public final List<TimelineEntryDto> laterEntries = new ArrayList<>();
    public final List<ReturnSubmission> submissions = new ArrayList<>();
    public final List<String> cancelled = new ArrayList<>();
    public Problem refuseNextSubmission;
    public Problem refuseNextAnswer;
    public final List<String> answers = new ArrayList<>();
    public int lookups;
    /** Actions the backend withholds although the state would allow them (e.g. no return address for a label). */
    public final Set<ReturnAction> withheld = EnumSet.noneOf(ReturnAction.class);
    private ReturnStatus status = ReturnStatus.AWAITING_SHIPMENT;
    /** The customer's rating as the backend stores it: the first only. */
    public com.kaeru.api.returns.ReturnRatingDto rating;
    public int ratingsSent;

    /** Moves the return on, as staff would (e.g. COMPLETED, so it may be rated). */
    public void status(ReturnStatus now) {
        status = now;
    }
    /** When set, the return's parcel was collected by this carrier code under this number: {carrier, number}. */
    public String[] collected;
    /** When set, the return's exchange line waits for stock with these options. */
    public com.kaeru.api.returns.BackorderOptionsDto backorder;
    /** Choices the customer sent, as {@code CHOICE} or {@code SWITCH:sku}. */
    public final List<String> choices = new ArrayList<>();
    public Problem refuseNextChoice;
    /** The return's refunds as the status page gets them, and what the customer can spend. */
    public List<com.kaeru.api.returns.RefundDto> refunds = List.of();
    public com.kaeru.api.portal.PortalCreditDto credit = new com.kaeru.api.portal.PortalCreditDto("JPY", 0, List.of());

    @Override
    public com.kaeru.api.portal.PortalCreditDto credit(String slug, String token, Locale locale) {
        return credit;
    }

    @Override
    public com.kaeru.api.returns.BackorderOptionsDto backorderOptions(String slug, String token, String rma, long lineId,
                                                                     Locale locale) {
        return backorder;
    }

    /** Like the API: the options after the choice, or the refusal. */
    @Override
    public com.kaeru.api.returns.BackorderOptionsDto chooseBackorder(String slug, String token, String rma, long lineId,
                                                                    com.kaeru.api.returns.BackorderChoice choice,
                                                                    String sku, Locale locale) {
        if (refuseNextChoice != null) {
            Problem problem = refuseNextChoice;
            refuseNextChoice = null;
            throw new ApiProblemException(problem);
        }
        choices.add(choice.name() + (sku == null ? "" : ":" + sku));
        var b = backorder;
        var state = switch (choice) {
            case WAIT -> com.kaeru.api.vocabulary.FulfilmentState.BACKORDERED;
            case SWITCH, SPLIT -> com.kaeru.api.vocabulary.FulfilmentState.RESERVED;
            case CANCEL_FOR_REFUND -> com.kaeru.api.vocabulary.FulfilmentState.CANCELLED;
        };
        var coupon = choice == com.kaeru.api.returns.BackorderChoice.CANCEL_FOR_REFUND && b.couponOffer() != null
                ? new com.kaeru.api.returns.BackorderOptionsDto.IssuedCoupon("7KQM-3XRB-HN2W", b.couponOffer().amountMinor(),
                        b.couponOffer().percent(), Instant.parse("2027-01-05T15:00:00Z")) : null;
        backorder = new com.kaeru.api.returns.BackorderOptionsDto(b.rma(), b.lineId(), state,
                state == com.kaeru.api.vocabulary.FulfilmentState.BACKORDERED, sku == null ? b.sku() : sku, b.quantity(),
                b.promisedDate(), b.dateConfirmed(), b.switchOptions(), b.availableNow(), b.refundMinor(), b.currency(),
                b.refundMethod(), b.refundAtOnce(), b.couponOffer(), choice, Instant.parse("2026-11-22T08:00:00Z"),
                "customer", coupon);
        return backorder;
    }

    @Override
    public Optional<PortalShopDto> shop(String slug, Locale locale) {
        return "sakura-apparel".equals(slug) ? Optional.of(shop) : Optional.empty();
    }

    @Override
    public OrderAccessDto lookup(String slug, String orderNumber, String emailOrPhone, Locale locale) {
        lookups++;
        if (lookups > 5) {
            throw new ApiProblemException(new Problem("https://kaeru.app/problems/too-many-requests", "Too many", 429,
                    "Retry later", null, List.of()));
        }
        if (!"SA-10001".equals(orderNumber) || !"hanako@example.jp".equals(emailOrPhone)) {
            throw new ApiProblemException(new Problem("https://kaeru.app/problems/not-found", "Not found", 404,
                    "No such order", null, List.of()));
        }
        return new OrderAccessDto("token-1", Instant.now().plusSeconds(3600));
    }

    @Override
    public PortalOrderDto order(String slug, String token, Locale locale) {
        EligibilityDto ok = new EligibilityDto(PolicyOutcome.AUTO_APPROVE, "Within 30 days", null, true, true, true, 500, 0);
        EligibilityDto finalSale = new EligibilityDto(PolicyOutcome.REJECT, "Final sale", "セール最終品のため返品できません。", false, false,
                false, 0, 0);
        EligibilityDto exchangeOnly = new EligibilityDto(PolicyOutcome.EXCHANGE_ONLY, "Sale items", "セール品は交換のみです。", false, true,
                true, 0, 0);
        PortalOrderLineDto tee = new PortalOrderLineDto(11, "TEE-NAVY-S", "リネンTシャツ", "S", "ネイビー", 2, 2, 4584, ok,
                List.of(new ExchangeOptionDto("TEE-NAVY-M", "M", "ネイビー", 5000, 4, null, 0),
                        new ExchangeOptionDto("TEE-NAVY-L", "L", "ネイビー", 5000, 0, LocalDate.of(2026, 12, 5), 0),
                        new ExchangeOptionDto("TEE-NAVY-XL", "XL", "ネイビー", 5000, 0, null, 0),
                        new ExchangeOptionDto("TEE-NAVY-XXL", "XXL", "ネイビー", 5500, 9, null, 500,
                                ExchangeOptionDto.COSTS_MORE)));
        PortalOrderLineDto scarf = new PortalOrderLineDto(12, "SCARF-1", "シルクスカーフ", null, "赤", 1, 1, 2000, finalSale,
                List.of());
        PortalOrderLineDto coat = new PortalOrderLineDto(13, "COAT-S", "ウールコート", "S", "グレー", 1, 1, 20000, exchangeOnly,
                List.of(new ExchangeOptionDto("COAT-M", "M", "グレー", 20000, 1, null, 0)));
        return new PortalOrderDto("SA-10001", Instant.parse("2026-11-10T01:00:00Z"), Instant.parse("2026-11-12T01:00:00Z"),
                "JPY", List.of(tee, scarf, coat), List.of(),
                new PostalAddressDto("山田 花子", "150-0001", "東京都", "渋谷区", "神宮前1-2-3", null, "090-1111-2222"),
                List.of(new ReturnReasonDto("SIZE", null, "サイズ", "Size", 1),
                        new ReturnReasonDto("SIZE_TOO_SMALL", "SIZE", "小さい", "Too small", 1),
                        new ReturnReasonDto("CHANGED_MIND", null, "気が変わった", "Changed my mind", 2)));
    }

    @Override
    public ReturnDto submit(String slug, String token, ReturnSubmission submission, Locale locale) {
        if (refuseNextSubmission != null) {
            Problem problem = refuseNextSubmission;
            refuseNextSubmission = null;
            throw new ApiProblemException(problem);
        }
        submissions.add(submission);
        return returnDto();
    }

    @Override
    public PhotoDto addPhoto(String slug, String token, String rma, long lineId, byte[] image, Locale locale) {
        return null;
    }

    @Override
    public ReturnDto status(String slug, String token, String rma, Locale locale) {
        if (!"R-000123".equals(rma)) {
            throw new ApiProblemException(new Problem("https://kaeru.app/problems/not-found", "Not found", 404,
                    "No such return", null, List.of()));
        }
        return returnDto();
    }

    @Override
    public Optional<PostalCodeDto> postalCode(String code, Locale locale) {
        return switch (code) {
            case "604-8091" -> Optional.of(new PostalCodeDto(code, List.of(town(code, "京都府", "京都市中京区", "上本能寺前町"))));
            case "100-0005" -> Optional.of(new PostalCodeDto(code, List.of(town(code, "東京都", "千代田区", "丸の内"))));
            case "150-0001" -> Optional.of(new PostalCodeDto(code, List.of(town(code, "東京都", "渋谷区", "神宮前"))));
            case "999-0000" -> Optional.of(new PostalCodeDto(code, List.of(town(code, "山形県", "酒田市", "飛島"),
                    town(code, "山形県", "酒田市", "勝浦"))));
            default -> Optional.empty();
        };
    }

    /** The real service's verdicts for the addresses the tests type. */
    @Override
    public AddressCheckDto checkAddress(AddressCheckRequest typed, Locale locale) {
        List<AddressFindingDto> findings = new ArrayList<>();
        if ("150-0001".equals(typed.postalCode) && "千代田区".equals(typed.city)) {
            findings.add(new AddressFindingDto("POSTAL_CODE_MISMATCH", "postalCode",
                    "Postal code 150-0001 does not match the address entered, which has postal code 100-0005.",
                    List.of("100-0005"), List.of()));
        }
        if (typed.addressLine != null && !typed.addressLine.matches(".*[0-9０-９一二三四五六七八九十].*")) {
            findings.add(new AddressFindingDto("BLOCK_NUMBER_MISSING", "addressLine",
                    "Add the block number (番地), e.g. 2-21-1.", List.of(), List.of()));
        }
        return new AddressCheckDto(typed.postalCode, findings.isEmpty(), List.of(), null, findings);
    }

    private static com.kaeru.api.address.PostalAddressDto town(String code, String prefecture, String city, String town) {
        return new com.kaeru.api.address.PostalAddressDto(code, prefecture, "", city, "", town, "", "", "", "");
    }

    @Override
    public ReturnDto cancel(String slug, String token, String rma, Locale locale) {
        cancelled.add(rma);
        status = ReturnStatus.CANCELLED;
        return returnDto();
    }

    /** Like the API: the first rating is stored, a later one answers it. */
    @Override
    public ReturnDto rate(String slug, String token, String rma, int stars, String comment, Locale locale) {
        ratingsSent++;
        if (rating == null) {
            rating = new com.kaeru.api.returns.ReturnRatingDto(stars, comment, Instant.parse("2026-11-25T01:00:00Z"));
        }
        return returnDto();
    }

    /** Like the API: the answer joins the timeline, or the problem it was refused with is thrown. */
    @Override
    public ReturnDto answer(String slug, String token, String rma, String message, Locale locale) {
        if (refuseNextAnswer != null) {
            Problem problem = refuseNextAnswer;
            refuseNextAnswer = null;
            throw new ApiProblemException(problem);
        }
        answers.add(message);
        laterEntries.add(new TimelineEntryDto(Instant.parse("2026-11-22T08:00:00Z"), "INFO_ANSWERED", null, null, null,
                message.strip()));
        return returnDto();
    }

    private ReturnDto returnDto() {
        Instant at = Instant.parse("2026-11-21T03:00:00Z");
        List<TimelineEntryDto> timeline = new ArrayList<>(List.of(
                new TimelineEntryDto(at, "STATUS", null, "REQUESTED", null, null),
                new TimelineEntryDto(at, "STATUS", "REQUESTED", "APPROVED", null, null),
                new TimelineEntryDto(at, "STATUS", "APPROVED", "AWAITING_SHIPMENT", null, null)));
        if (status == ReturnStatus.CANCELLED) {
            timeline.add(new TimelineEntryDto(at, "STATUS", "AWAITING_SHIPMENT", "CANCELLED", null, null));
        }
        timeline.addAll(laterEntries);
        ReturnLineDto line = new ReturnLineDto(91, 11, "TEE-NAVY-S", "リネンTシャツ", 1, "SIZE_TOO_SMALL", null,
                Resolution.EXCHANGE, null, "TEE-NAVY-M", PolicyOutcome.AUTO_APPROVE, "Within 30 days", null, 0, 0, 500,
                416, true, false, 0, 0, 0, 0, new com.kaeru.api.returns.FulfilmentDto("R-000123", 91, "TEE-NAVY-M",
                "リネンTシャツ", "M", "navy", 1, com.kaeru.api.vocabulary.FulfilmentState.RESERVED, false, null, null,
                false, 0, null, null, null, null, null, null, null, null, null, null, null));
        if (backorder != null) {
            var f = new com.kaeru.api.returns.FulfilmentDto("R-000123", 91, backorder.sku(), "リネンTシャツ", "M", "navy",
                    1, backorder.state(), false, at, backorder.promisedDate(), backorder.dateConfirmed(), 1, at, null,
                    null, null, null, null, null, null, null, null, null);
            line = new ReturnLineDto(91, 11, "TEE-NAVY-S", "リネンTシャツ", 1, "SIZE_TOO_SMALL", null, Resolution.EXCHANGE,
                    null, backorder.sku(), PolicyOutcome.AUTO_APPROVE, "Within 30 days", null, 0, 0, 500, 416, false,
                    true, 0, 0, 0, 0, f);
        }
        return new ReturnDto("R-000123", status, "SA-10001", null, null, at, null, false, ReturnMethod.PREPAID_LABEL,
                false, "JPY", List.of(line), timeline, refunds, List.of(),
                new ReturnLogisticsDto(ReturnMethod.PREPAID_LABEL, null, null, null, null,
                        collected == null ? null : collected[0], collected == null ? null : collected[1],
                        collected == null ? null : com.kaeru.api.carriers.Carrier.trackingUrl(collected[0], collected[1])),
                allowedActions(), null, rating);
    }

    /** What the real service lets the customer do with a prepaid-label return in this state. */
    private Set<ReturnAction> allowedActions() {
        Set<ReturnAction> actions = EnumSet.noneOf(ReturnAction.class);
        if (status == ReturnStatus.AWAITING_SHIPMENT) {
            actions.addAll(List.of(ReturnAction.CANCEL, ReturnAction.DOWNLOAD_LABEL));
            int asked = -1;
            int answered = -1;
            for (int i = 0; i < laterEntries.size(); i++) {
                asked = "INFO_REQUESTED".equals(laterEntries.get(i).action()) ? i : asked;
                answered = "INFO_ANSWERED".equals(laterEntries.get(i).action()) ? i : answered;
            }
            if (asked > answered) {
                actions.add(ReturnAction.ANSWER_QUESTION);
            }
        }
        if (status == ReturnStatus.COMPLETED && rating == null) {
            actions.add(ReturnAction.RATE);
        }
        actions.removeAll(withheld);
        return actions;
    }
}
