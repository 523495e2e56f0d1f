package com.kaeru.backend.refunds.application;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import com.kaeru.api.events.Customer;
import com.kaeru.api.events.UpgradePaymentCollected;
import com.kaeru.api.events.UpgradePaymentFailed;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundBackoff;
import com.kaeru.backend.refunds.domain.RefundedReturn;
import com.kaeru.backend.refunds.domain.RefundedReturns;
import com.kaeru.backend.refunds.domain.UpgradePayment;
import com.kaeru.backend.refunds.domain.UpgradePaymentRepository;
import com.kaeru.backend.refunds.domain.UpgradePaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The price difference of upgrade exchanges (docs/payments.md): requested with the return (in its transaction),
 * collected by the {@link RefundWorker}'s passes through the card provider with no transaction open, each
 * database step here a short transaction of its own bound to the shop (claim under a lease; record the answer if
 * the lease is still the claim's, locking the return first as grading does). Paid: the return's held replacements
 * may ship ({@code UpgradePaymentCollected}). FAILED: {@code UpgradePaymentFailed} (the managers' and the customer's
 * e-mails, the webhook), staff see it on the return and in the queue, and retry it. A collected difference of a
 * return that will not ship its replacements (cancelled or rejected, before or while it was charged) is paid back
 * by a card refund of that charge, once ({@link RefundService#refundCharge}).
 */
@ApplicationScoped
public class UpgradePayments {
    private static final Logger LOG = Logger.getLogger(UpgradePayments.class.getName());

    @Inject
    UpgradePaymentRepository payments;
    @Inject
    RefundedReturns returns;
    @Inject
    TenantSession tenantSession;
    @Inject
    AuditTrail audit;
    @Inject
    Event<RefundDue> due;
    @Inject
    Outbox outbox;
    @Inject
    RefundService refunds;
    @Inject
    @ConfigProperty(name = "kaeru.refunds.max-attempts", defaultValue = "12")
    int maxAttempts;

    /**
     * A return with upgrades was filed: its difference is due, collected by the worker once this transaction
     * commits (woken at once). Idempotent per return.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UpgradePayment> request(long shopId, long returnId, String rma, long amountMinor, String currency,
                                            String actor, Instant now) {
        Optional<UpgradePayment> fresh = payments.claim(UpgradePayment.request(shopId, returnId, rma, amountMinor,
                currency, actor, now));
        fresh.ifPresent(p -> {
            audit.record(shopId, AuditTrail.RETURN, rma, "UPGRADE_PAYMENT_REQUESTED", null,
                    UpgradePaymentStatus.REQUESTED.name(), actor, "upgrade payment " + p.id() + " " + amountMinor + " "
                            + currency, now);
            due.fire(new RefundDue(shopId, p.id()));
        });
        return fresh;
    }

    /** The return's upgrade payments, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UpgradePayment> ofReturn(long shopId, long returnId) {
        return payments.findByReturn(shopId, returnId);
    }

    /**
     * Staff retry a FAILED collection (after asking the customer, who may have changed card limits); a requested
     * or paid one is left as it is, so a repeated retry is harmless.
     *
     * @return the payments of the return after the retry
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UpgradePayment> retry(long shopId, long returnId, String rma, String actor, Instant now) {
        List<UpgradePayment> all = new ArrayList<>();
        for (UpgradePayment listed : payments.findByReturn(shopId, returnId)) {
            UpgradePayment p = payments.findByIdForUpdate(shopId, listed.id()).orElseThrow();
            if (p.status() == UpgradePaymentStatus.FAILED && p.retry(now)) {
                audit.record(shopId, AuditTrail.RETURN, rma, "UPGRADE_PAYMENT_RETRIED", UpgradePaymentStatus.FAILED.name(),
                        p.status().name(), actor, "upgrade payment " + p.id() + " under key " + p.providerKey(), now);
                due.fire(new RefundDue(shopId, p.id()));
            }
            all.add(p);
        }
        return all;
    }

    /**
     * The return was cancelled or rejected (in the caller's transaction, which holds the return's row lock): what
     * was not charged yet is cancelled; what was charged is paid back. A charge under way right now (leased, or
     * pending at the provider) is left to the worker, which pays it back when it records it ({@link #paid}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void returnClosed(long shopId, RefundedReturn of, String actor, Instant now) {
        for (UpgradePayment listed : payments.findByReturn(shopId, of.returnId())) {
            UpgradePayment p = payments.findByIdForUpdate(shopId, listed.id()).orElseThrow();
            UpgradePaymentStatus before = p.status();
            if (p.cancel(now)) {
                audit.record(shopId, AuditTrail.RETURN, of.rmaNumber(), "UPGRADE_PAYMENT_CANCELLED", before.name(),
                        p.status().name(), actor, "upgrade payment " + p.id(), now);
            } else if (p.refundable()) {
                payBack(shopId, of, p, actor, now);
            }
        }
    }

    /**
     * A collected difference goes back to the customer: a card refund of that charge under the payment's refund key,
     * paid by the refund worker through the same provider. Once: the payment remembers its refund (under the
     * return's and the payment's row locks), and the refund's unique key holds even against a racing caller.
     */
    private void payBack(long shopId, RefundedReturn of, UpgradePayment p, String actor, Instant now) {
        Refund refund = refunds.refundCharge(shopId, of, p.refundKey(), p.amountMinor(), p.currency(),
                p.providerReference(), actor, now);
        p.refundedBy(refund.id());
        audit.record(shopId, AuditTrail.RETURN, of.rmaNumber(), "UPGRADE_PAYMENT_REFUND_REQUESTED",
                UpgradePaymentStatus.PAID.name(), UpgradePaymentStatus.PAID.name(), actor, "upgrade payment " + p.id()
                        + " " + p.amountMinor() + " " + p.currency() + " paid back by refund " + refund.id(), now);
    }

    /** A claimed payment (detached: read only), its lease and the return's RMA number. */
    public record Claim(UpgradePayment payment, Instant lease, String rmaNumber) {
    }

    /** Claims up to {@code batch} due payments of the shop under a lease ({@code FOR UPDATE SKIP LOCKED}). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claim(long shopId, int batch, Duration lease, Instant now) {
        tenantSession.bind(shopId);
        Instant until = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
        List<Claim> claims = new ArrayList<>();
        for (long id : payments.claimDue(shopId, now, until, batch)) {
            UpgradePayment p = payments.findById(shopId, id).orElseThrow();
            String rma = returns.lockForRefund(shopId, p.returnId()).map(RefundedReturn::rmaNumber).orElseThrow();
            claims.add(new Claim(p, until, rma));
        }
        return claims;
    }

    /**
     * The provider charged it: PAID, audit, {@code UpgradePaymentCollected}, and the return's held replacements may
     * ship; a return closed meanwhile (cancelled while the charge was under way) gets the difference back at once.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean paid(long shopId, Claim claim, String reference, Instant now) {
        tenantSession.bind(shopId);
        Optional<Locked> locked = lock(shopId, claim);
        if (locked.isEmpty()) {
            return false;
        }
        RefundedReturn of = locked.get().of();
        UpgradePayment p = locked.get().payment();
        p.paid(reference, now);
        audit.record(shopId, AuditTrail.RETURN, claim.rmaNumber(), "UPGRADE_PAYMENT_COLLECTED",
                UpgradePaymentStatus.REQUESTED.name(), p.status().name(), "system", "upgrade payment " + p.id() + " "
                        + p.amountMinor() + " " + p.currency() + " charged as " + reference, now);
        outbox.raise(shopId, "system", new UpgradePaymentCollected(of.rmaNumber(), customer(of), p.id(),
                p.amountMinor(), p.currency(), reference), of.rmaNumber() + ":upgrade-collected:" + p.id(), now);
        if (!returns.upgradePaid(shopId, p.returnId(), "system", now)) {
            payBack(shopId, of, p, "system", now);
        }
        return true;
    }

    /** The provider accepted the charge and still settles it: asked about again after a backoff. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void pending(long shopId, Claim claim, String reference, Instant now) {
        tenantSession.bind(shopId);
        lock(shopId, claim).ifPresent(l -> l.payment().pending(reference, backoff(), now));
    }

    /**
     * Not charged: retried after a backoff, or FAILED (a refusal, or the last attempt) for staff to see, raising
     * {@code UpgradePaymentFailed} in this same transaction (once per failure: a retried payment that fails again is
     * a new failure, with its own {@code failed_at}).
     *
     * @param code the provider's word for the failure ({@code card_declined}, {@code unexpected} ...)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void notPaid(long shopId, Claim claim, String code, String error, boolean retryable, Instant now) {
        tenantSession.bind(shopId);
        Optional<Locked> locked = lock(shopId, claim);
        if (locked.isEmpty()) {
            return;
        }
        RefundedReturn of = locked.get().of();
        UpgradePayment p = locked.get().payment();
        p.notPaid(error, retryable, backoff(), now);
        boolean failed = p.status() == UpgradePaymentStatus.FAILED;
        audit.record(shopId, AuditTrail.RETURN, claim.rmaNumber(),
                failed ? "UPGRADE_PAYMENT_FAILED" : "UPGRADE_PAYMENT_RETRY_SCHEDULED", UpgradePaymentStatus.REQUESTED.name(),
                p.status().name(), "system", "upgrade payment " + p.id() + " " + p.amountMinor() + " attempt "
                        + p.attempts() + ": " + p.lastError(), now);
        if (failed) {
            outbox.raise(shopId, "system", new UpgradePaymentFailed(of.rmaNumber(), customer(of), p.id(),
                            p.amountMinor(), p.currency(), code, p.lastError(), p.attempts()),
                    of.rmaNumber() + ":upgrade-failed:" + p.id() + ":" + p.failedAt().toEpochMilli(), now);
        }
    }

    private static Customer customer(RefundedReturn of) {
        return new Customer(of.customerEmail(), of.customerLanguage());
    }

    private RefundBackoff backoff() {
        return new RefundBackoff(Math.max(1, maxAttempts), () -> ThreadLocalRandom.current().nextDouble());
    }

    private record Locked(RefundedReturn of, UpgradePayment payment) {
    }

    /** The return, then the payment; empty when the lease is no longer the claim's (another worker took over). */
    private Optional<Locked> lock(long shopId, Claim claim) {
        RefundedReturn of = returns.lockForRefund(shopId, claim.payment().returnId()).orElseThrow();
        UpgradePayment p = payments.findByIdForUpdate(shopId, claim.payment().id()).orElseThrow();
        if (!p.leasedBy(claim.lease())) {
            LOG.info(() -> "Upgrade payment " + p.id() + " was taken over (" + p.status() + "); not recording");
            return Optional.empty();
        }
        return Optional.of(new Locked(of, p));
    }
}
