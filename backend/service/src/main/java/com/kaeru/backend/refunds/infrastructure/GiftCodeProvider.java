package com.kaeru.backend.refunds.infrastructure;

import java.security.SecureRandom;

import com.kaeru.backend.refunds.domain.GiftCodes;
import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundProvider;
import com.kaeru.backend.refunds.domain.RefundMethod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Digital gift codes: 16 unambiguous characters from a secure random source, one per refund.
 * A code is a bearer instrument: only its SHA-256 and last four characters are stored, the
 * refund's reference (seen by staff and the audit trail) is the masked form, and the customer
 * receives the full code once, by e-mail ({@link #pay} returns it for that e-mail only).
 */
@ApplicationScoped
public class GiftCodeProvider implements RefundProvider {
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public RefundMethod method() {
        return RefundMethod.GIFT_CODE;
    }

    @Override
    public String pay(Refund refund, String customerEmail) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        String full = code.toString();
        em.createNativeQuery("insert into gift_code (shop_id, code_sha256, code_last4, amount_minor, currency, refund_id) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, refund.shopId()).setParameter(2, GiftCodes.sha256(full))
                .setParameter(3, GiftCodes.last4(full)).setParameter(4, refund.amountMinor())
                .setParameter(5, refund.currency()).setParameter(6, refund.id()).executeUpdate();
        return full;
    }

    @Override
    public String displayReference(String reference) {
        return GiftCodes.mask(reference);
    }
}
