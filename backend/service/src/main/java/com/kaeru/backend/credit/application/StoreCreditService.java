package com.kaeru.backend.credit.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.kaeru.api.credit.StoreCreditAccountDto;
import com.kaeru.api.credit.StoreCreditApi;
import com.kaeru.api.credit.StoreCreditEntryDto;
import com.kaeru.api.credit.StoreCreditEntryKind;
import com.kaeru.api.credit.StoreCreditRedemptionDto;
import com.kaeru.api.credit.StoreCreditRedemptionRequest;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.credit.domain.CreditConflictException;
import com.kaeru.backend.credit.domain.CreditEntry;
import com.kaeru.backend.credit.domain.StoreCreditLedger;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Balances and redemptions of store credit. Staff (VIEW_SHOP) and shop systems read; shop systems
 * and managers (IMPORT_DATA) redeem. A redemption first locks the customer's balance row, so two at
 * once queue and the second decides on what the first left; the Idempotency-Key is required and
 * unique per shop, so a retried call answers the first redemption instead of spending again.
 */
@ApplicationScoped
public class StoreCreditService {
    public static final int MAX_IDEMPOTENCY_KEY = 200;
    static final String AUDIT_TYPE = "STORE_CREDIT";

    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    StoreCreditLedger ledger;
    @Inject
    AuditTrail audit;
    Clock clock = Clock.systemUTC();

    @Transactional
    public StoreCreditAccountDto account(String slug, String customerEmail) {
        Shop shop = access.enter(slug, Permission.VIEW_SHOP);
        String email = email(customerEmail);
        return accountOf(shop, email);
    }

    /** The customer's balance and newest entries in a transaction already bound to the shop (the portal's status page). */
    @Transactional(Transactional.TxType.MANDATORY)
    public StoreCreditAccountDto accountOf(Shop shop, String email) {
        long balance = ledger.balance(shop.id(), email);
        List<CreditEntry> entries = ledger.entries(shop.id(), email, StoreCreditApi.MAX_ENTRIES + 1);
        String currency = ledger.accountCurrency(shop.id(), email).orElse(shop.currency().getCurrencyCode());
        boolean complete = entries.size() <= StoreCreditApi.MAX_ENTRIES;
        return new StoreCreditAccountDto(email, currency, balance,
                entries.stream().limit(StoreCreditApi.MAX_ENTRIES).map(StoreCreditService::toDto).toList(), complete);
    }

    @Transactional
    public StoreCreditRedemptionDto redeem(String slug, String idempotencyKey, StoreCreditRedemptionRequest request) {
        Shop shop = access.enter(slug, Permission.IMPORT_DATA);
        String key = idempotencyKey == null ? "" : idempotencyKey.strip();
        if (key.isEmpty()) {
            throw new InvalidValueException("problem.credit.idempotency-key-required");
        }
        if (key.length() > MAX_IDEMPOTENCY_KEY) {
            throw new InvalidValueException("problem.coupon.idempotency-key-length", MAX_IDEMPOTENCY_KEY);
        }
        String email = email(request.customerEmail);
        String currency = shop.currency().getCurrencyCode();
        if (!currency.equals(request.currency)) {
            throw new InvalidValueException("problem.credit.currency", request.currency, currency);
        }
        long balance = ledger.lockBalance(shop.id(), email);
        // After the lock: a retry racing its original finds the original's entry once that commits.
        var earlier = ledger.byIdempotencyKey(shop.id(), key);
        if (earlier.isPresent()) {
            CreditEntry entry = earlier.get();
            boolean same = entry.isRedemption() && entry.customerEmail().equalsIgnoreCase(email)
                    && -entry.amountMinor() == request.amountMinor
                    && Objects.equals(entry.orderReference(), request.orderReference.strip());
            if (!same) {
                throw new CreditConflictException("problem.credit.idempotency-key-reused");
            }
            return new StoreCreditRedemptionDto(toDto(entry), balance);
        }
        if (request.amountMinor > balance) {
            throw new CreditConflictException("problem.credit.insufficient", balance, request.amountMinor);
        }
        Instant now = clock.instant();
        CreditEntry entry = ledger.redeem(shop.id(), email, request.amountMinor, currency,
                request.orderReference.strip(), caller.username(), key, now);
        audit.record(shop.id(), AUDIT_TYPE, email, "STORE_CREDIT_REDEEMED", Long.toString(balance),
                Long.toString(balance - request.amountMinor), caller.username(),
                request.amountMinor + " " + currency + " for order " + entry.orderReference(), now);
        return new StoreCreditRedemptionDto(toDto(entry), balance - request.amountMinor);
    }

    private static String email(String typed) {
        String email = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (!email.matches("[^@\\s]+@[^@\\s]+") || email.length() > 254) {
            throw new InvalidValueException("problem.credit.email", typed == null ? "" : typed.strip());
        }
        return email;
    }

    static StoreCreditEntryDto toDto(CreditEntry e) {
        return new StoreCreditEntryDto(e.id(), e.isRedemption() ? StoreCreditEntryKind.REDEMPTION : StoreCreditEntryKind.CREDIT,
                e.amountMinor(), e.currency(), e.description(), e.rmaNumber(), e.orderReference(), e.actor(),
                e.createdAt());
    }
}
