package com.kaeru.backend.refunds.application;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.refunds.domain.Refund;
import com.kaeru.backend.refunds.domain.RefundBackoff;
import com.kaeru.backend.refunds.domain.RefundRepository;
import com.kaeru.backend.refunds.domain.RefundStatus;
import com.kaeru.backend.refunds.domain.RefundedReturn;
import com.kaeru.backend.refunds.domain.RefundedReturns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link RefundWorker}'s two database steps, each a short transaction of its own bound to the
 * shop: claiming due refunds under a lease, and recording what the provider answered, if the lease
 * is still the claim's (docs/refunds.md).
 */
@ApplicationScoped
public class RefundSteps {
    private static final Logger LOG = Logger.getLogger(RefundSteps.class.getName());

    @Inject
    RefundRepository refunds;
    @Inject
    RefundedReturns returns;
    @Inject
    RefundService service;
    @Inject
    TenantSession tenantSession;
    @Inject
    AuditTrail audit;
    @Inject
    com.kaeru.backend.notifications.application.Outbox outbox;
    @Inject
    @ConfigProperty(name = "kaeru.refunds.max-attempts", defaultValue = "12")
    int maxAttempts;

    /** The shops with refunds or upgrade payments the worker may claim by {@code now} (a read across shops, no transaction needed). */
    public List<Long> dueShops(Instant now) {
        return refunds.shopsWithDueRefunds(now);
    }

    /** A claimed refund (detached: read only) with its lease and the customer it pays. */
    public record Claim(Refund refund, Instant lease, String customerEmail) {
    }

    /**
     * Claims up to {@code batch} due refunds of the shop ({@code FOR UPDATE SKIP LOCKED}) and leases
     * them until {@code now + lease}; the lease, not a held lock, keeps other workers off while the
     * provider is called, and an expired one (a crashed worker) makes the refund claimable again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Claim> claim(long shopId, int batch, Duration lease, Instant now) {
        tenantSession.bind(shopId);
        // Millisecond precision survives the database round trip, so the lease compares equal later.
        Instant until = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
        List<Claim> claims = new ArrayList<>();
        for (long id : refunds.claimDue(shopId, now, until, batch)) {
            Refund refund = refunds.findById(shopId, id).orElseThrow();
            String email = returns.lockForRefund(shopId, refund.returnId()).map(RefundedReturn::customerEmail)
                    .orElse(null);
            claims.add(new Claim(refund, until, email));
        }
        return claims;
    }

    /**
     * The provider paid under {@code reference}: ISSUED, audit, {@code RefundIssued}, and the return
     * completes if nothing else waits. Skipped when another worker has taken the refund over (it pays
     * under the same idempotency key and records).
     *
     * @return whether it was recorded
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean paid(long shopId, Claim claim, String reference, Instant now) {
        tenantSession.bind(shopId);
        Optional<Locked> locked = lock(shopId, claim);
        if (locked.isEmpty()) {
            return false;
        }
        Refund refund = locked.get().refund();
        service.issued(shopId, locked.get().of(), refund, reference, actor(refund), now);
        returns.refundSettled(shopId, refund.returnId(), actor(refund), now);
        return true;
    }

    /**
     * The provider accepted the refund under {@code reference} but still settles it: PROVIDER_PENDING with
     * that reference, asked about again after a backoff (same lease machinery as a retry).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void pending(long shopId, Claim claim, String reference, Instant now) {
        tenantSession.bind(shopId);
        Optional<Locked> locked = lock(shopId, claim);
        if (locked.isEmpty()) {
            return;
        }
        Refund refund = locked.get().refund();
        RefundStatus before = refund.status();
        refund.providerPending(reference, backoff(), now);
        if (before != RefundStatus.PROVIDER_PENDING) {
            audit.record(shopId, AuditTrail.RETURN, locked.get().of().rmaNumber(), "REFUND_PROVIDER_PENDING",
                    before.name(), refund.status().name(), actor(refund), "refund " + refund.id() + " "
                            + refund.method() + " " + refund.amountMinor() + " accepted as " + reference
                            + ", not settled yet", now);
        }
    }

    /**
     * The provider did not pay: a passing fault is tried again after a backoff; a refusal, or the last
     * allowed attempt, makes the refund FAILED with its error for staff to check and retry, and raises
     * {@code RefundFailed} in this same transaction (webhook {@code refund.failed}, the managers' e-mail).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void notPaid(long shopId, Claim claim, String code, String error, boolean retryable, Instant now) {
        tenantSession.bind(shopId);
        Optional<Locked> locked = lock(shopId, claim);
        if (locked.isEmpty()) {
            return;
        }
        Refund refund = locked.get().refund();
        RefundStatus before = refund.status();
        refund.notPaid(error, retryable, backoff(), now);
        boolean failed = refund.status() == RefundStatus.FAILED;
        String rma = locked.get().of().rmaNumber();
        audit.record(shopId, AuditTrail.RETURN, rma,
                failed ? "REFUND_FAILED" : "REFUND_RETRY_SCHEDULED", before.name(),
                refund.status().name(), actor(refund), "refund " + refund.id() + " " + refund.method() + " "
                        + refund.amountMinor() + " attempt " + refund.attempts() + ": " + refund.lastError(), now);
        if (failed) {
            // Once per failure: a retried refund that fails again is a new failure (its own failed_at).
            outbox.raise(shopId, "system", new com.kaeru.api.events.RefundFailed(rma, refund.id(),
                            refund.method().name(), refund.amountMinor(), refund.currency(), code, refund.lastError(),
                            refund.attempts()),
                    rma + ":refund-failed:" + refund.id() + ":" + refund.failedAt().toEpochMilli(), now);
        }
    }

    private RefundBackoff backoff() {
        return new RefundBackoff(Math.max(1, maxAttempts), () -> ThreadLocalRandom.current().nextDouble());
    }

    private record Locked(RefundedReturn of, Refund refund) {
    }

    /** The return, then the refund (grading's lock order); empty when the lease is no longer the claim's. */
    private Optional<Locked> lock(long shopId, Claim claim) {
        RefundedReturn of = returns.lockForRefund(shopId, claim.refund().returnId()).orElseThrow();
        Refund refund = refunds.findByIdForUpdate(shopId, claim.refund().id()).orElseThrow();
        boolean withWorker = refund.status() == RefundStatus.REQUESTED || refund.status() == RefundStatus.PROVIDER_PENDING;
        if (!withWorker || !refund.leasedBy(claim.lease())) {
            LOG.info(() -> "Refund " + refund.id() + " was taken over by another worker (" + refund.status()
                    + "); not recording this worker's outcome");
            return Optional.empty();
        }
        return Optional.of(new Locked(of, refund));
    }

    /** Who the refund's facts are attributed to: the manager who approved it, or who requested it. */
    private static String actor(Refund refund) {
        return refund.approvedBy() != null ? refund.approvedBy() : refund.requestedBy();
    }
}
