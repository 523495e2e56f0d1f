package com.kaeru.backend.credit.application;

import java.time.Clock;
import java.time.Instant;

import com.kaeru.api.credit.GiftCodeDto;
import com.kaeru.api.credit.GiftCodeRedemption;
import com.kaeru.api.credit.GiftCodeStatus;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.credit.domain.CreditConflictException;
import com.kaeru.backend.credit.domain.GiftCode;
import com.kaeru.backend.credit.domain.GiftCodeRepository;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.refunds.domain.GiftCodes;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Checking and redeeming gift codes. A redemption locks the code's row: of two at once exactly one
 * spends it; the other finds it spent (the same order and key: answered again; another: 409). An
 * unknown code and a string that cannot be a code get the same 404, so the API tells nothing about
 * codes of other shops or near misses.
 */
@ApplicationScoped
public class GiftCodeService {
    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    GiftCodeRepository codes;
    @Inject
    AuditTrail audit;
    Clock clock = Clock.systemUTC();

    @Transactional
    public GiftCodeDto get(String slug, String typed) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        return toDto(codes.find(shop.id(), sha256(typed)).orElseThrow(() -> notFound(typed)));
    }

    @Transactional
    public GiftCodeDto redeem(String slug, String typed, String idempotencyKey, GiftCodeRedemption redemption) {
        Shop shop = access.enter(slug, Permission.IMPORT_DATA);
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > StoreCreditService.MAX_IDEMPOTENCY_KEY) {
            throw new InvalidValueException("problem.coupon.idempotency-key-length", StoreCreditService.MAX_IDEMPOTENCY_KEY);
        }
        String order = redemption.orderReference.strip();
        GiftCode code = codes.lock(shop.id(), sha256(typed)).orElseThrow(() -> notFound(typed));
        if (code.redeemed()) {
            if (code.redeemedBy(order, key)) {
                return toDto(code);
            }
            throw new CreditConflictException(code.orderReference().equals(order)
                    ? "problem.credit.gift-code-key-reused" : "problem.credit.gift-code-redeemed", GiftCodes.mask(code.last4()));
        }
        Instant now = clock.instant();
        codes.markRedeemed(shop.id(), code.id(), order, caller.username(), key, now);
        audit.record(shop.id(), "GIFT_CODE", GiftCodes.mask(code.last4()), "GIFT_CODE_REDEEMED", "ACTIVE", "REDEEMED",
                caller.username(), code.amountMinor() + " " + code.currency() + " for order " + order, now);
        return toDto(new GiftCode(code.id(), code.last4(), code.amountMinor(), code.currency(), code.rmaNumber(),
                code.issuedAt(), order, now, caller.username(), key));
    }

    private static String sha256(String typed) {
        return GiftCodes.sha256(GiftCodes.canonical(typed).orElseThrow(() -> notFound(typed)));
    }

    private static NotFoundException notFound(String typed) {
        return new NotFoundException("problem.not-found.gift-code", typed == null ? "" : GiftCodes.mask(typed.strip()));
    }

    public static GiftCodeDto toDto(GiftCode c) {
        return new GiftCodeDto(GiftCodes.mask(c.last4()), c.amountMinor(), c.currency(),
                c.redeemed() ? GiftCodeStatus.REDEEMED : GiftCodeStatus.ACTIVE, c.rmaNumber(), c.issuedAt(),
                c.orderReference(), c.redeemedAt(), c.redeemedBy());
    }
}
