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
    @ConfigProperty(name = "kaeru.refunds.max-attempts", defaultValue = "12")
    int maxAttempts;

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
     * The provider did not pay: a passing fault is tried again after a backoff; a refusal, or the last
     * allowed attempt, makes the refund FAILED with its error for staff to check and retry.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void notPaid(long shopId, Claim claim, String error, boolean retryable, Instant now) {
        tenantSession.bind(shopId);
        Optional<Locked> locked = lock(shopId, claim);
        if (locked.isEmpty()) {
            return;
        }
        Refund refund = locked.get().refund();
        refund.notPaid(error, retryable, new RefundBackoff(Math.max(1, maxAttempts),
                () -> ThreadLocalRandom.current().nextDouble()), now);
        boolean failed = refund.status() == RefundStatus.FAILED;
        audit.record(shopId, AuditTrail.RETURN, locked.get().of().rmaNumber(),
                failed ? "REFUND_FAILED" : "REFUND_RETRY_SCHEDULED", RefundStatus.REQUESTED.name(),
                refund.status().name(), actor(refund), "refund " + refund.id() + " " + refund.method() + " "
                        + refund.amountMinor() + " attempt " + refund.attempts() + ": " + refund.lastError(), now);
    }

    private record Locked(RefundedReturn of, Refund refund) {
    }

    /** The return, then the refund (grading's lock order); empty when the lease is no longer the claim's. */
    private Optional<Locked> lock(long shopId, Claim claim) {
        RefundedReturn of = returns.lockForRefund(shopId, claim.refund().returnId()).orElseThrow();
        Refund refund = refunds.findByIdForUpdate(shopId, claim.refund().id()).orElseThrow();
        if (refund.status() != RefundStatus.REQUESTED || !refund.leasedBy(claim.lease())) {
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
