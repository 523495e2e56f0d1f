package com.kaeru.backend.refunds.application;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.backend.refunds.domain.RefundNotPaidException;
import com.kaeru.backend.refunds.domain.RefundProvider;
import com.kaeru.backend.refunds.domain.RefundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pays card refunds outside the transaction that requested them (docs/refunds.md). Per shop: claim
 * due refunds under a lease (a short transaction), call the provider with <em>no</em> transaction
 * or connection held, under the refund's idempotency key, then record the answer in a new
 * transaction if the lease is still ours. A crash between paying and recording leaves the refund
 * requested; once the lease expires the next claim sends the same key, and the provider answers with
 * the payment it already made instead of paying twice. Several instances (and threads) run side by
 * side: the claim skips locked rows and leased ones.
 */
@ApplicationScoped
public class RefundWorker {
    private static final Logger LOG = Logger.getLogger(RefundWorker.class.getName());

    @Inject
    RefundSteps steps;
    @Inject
    RefundService service;
    @Inject
    UpgradePayments upgrades;
    @Inject
    @ConfigProperty(name = "kaeru.refunds.worker.batch", defaultValue = "20")
    int batch;
    @Inject
    @ConfigProperty(name = "kaeru.refunds.worker.lease-seconds", defaultValue = "120")
    int leaseSeconds;

    /**
     * One pass over the due refunds of the shops that have any. Not transactional: must not be called
     * inside a transaction (the provider call would hold it).
     *
     * @return how many refunds were handled (paid, rescheduled or failed)
     */
    public int runOnce() {
        int handled = 0;
        for (long shop : dueShops()) {
            try {
                handled += runShop(shop);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Refund worker failed for shop " + shop + "; retrying on the next tick", e);
            }
        }
        return handled;
    }

    /** The shops with refunds or upgrade payments due now (one read across shops). */
    public java.util.List<Long> dueShops() {
        return steps.dueShops(Instant.now());
    }

    /**
     * One round of a shop on the worker's lane: a batch of due refunds, then its due upgrade payments
     * (rare, collected in full).
     *
     * @return whether the refund batch was full, so more refunds may be due
     */
    public boolean runRound(long shopId) {
        boolean more = runBatch(shopId) == batch;
        collectUpgrades(shopId);
        return more;
    }

    /** One shop's due refunds, batch after batch, then its due upgrade payments (docs/payments.md). */
    public int runShop(long shopId) {
        return payRefunds(shopId) + collectUpgrades(shopId);
    }

    private int payRefunds(long shopId) {
        int handled = 0;
        int claimed;
        do {
            claimed = runBatch(shopId);
            handled += claimed;
        } while (claimed == batch);
        return handled;
    }

    /**
     * One batch of the shop's due refunds.
     *
     * @return how many were claimed: a full batch means more may be due
     */
    public int runBatch(long shopId) {
        var claims = steps.claim(shopId, batch, Duration.ofSeconds(leaseSeconds), Instant.now());
        for (RefundSteps.Claim claim : claims) {
            pay(shopId, claim);
        }
        return claims.size();
    }

    /** One shop's due upgrade payments, batch after batch: charged with no transaction open, as refunds are paid. */
    public int collectUpgrades(long shopId) {
        int handled = 0;
        while (true) {
            var claims = upgrades.claim(shopId, batch, Duration.ofSeconds(leaseSeconds), Instant.now());
            for (UpgradePayments.Claim claim : claims) {
                collect(shopId, claim);
            }
            handled += claims.size();
            if (claims.size() < batch) {
                return handled;
            }
        }
    }

    private void collect(long shopId, UpgradePayments.Claim claim) {
        RefundProvider.Answer answer;
        try {
            RefundProvider provider = service.provider(com.kaeru.backend.refunds.domain.RefundMethod.ORIGINAL_PAYMENT);
            var charge = claim.payment().charge(claim.rmaNumber());
            // A charge the provider accepted as pending is asked about by its reference, never charged again.
            answer = charge.providerReference() != null ? provider.checkCollection(charge) : provider.collect(charge);
        } catch (RefundNotPaidException e) {
            LOG.log(Level.WARNING, "Upgrade payment " + claim.payment().id() + " not collected (" + e.code()
                    + ", retryable=" + e.retryable() + "): " + e.detail());
            upgrades.notPaid(shopId, claim, e.code(), e.code() + ": " + e.detail(), e.retryable(), Instant.now());
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Upgrade payment " + claim.payment().id() + " failed unexpectedly", e);
            upgrades.notPaid(shopId, claim, "unexpected", "unexpected: " + e.getClass().getSimpleName() + ": "
                    + e.getMessage(), true, Instant.now());
            return;
        }
        if (answer.pending()) {
            upgrades.pending(shopId, claim, answer.reference(), Instant.now());
        } else {
            upgrades.paid(shopId, claim, answer.reference(), Instant.now());
        }
    }

    private void pay(long shopId, RefundSteps.Claim claim) {
        RefundProvider.Answer answer;
        try {
            RefundProvider provider = service.provider(claim.refund().method());
            // A refund the provider accepted as pending is asked about; any other is sent (again, under its key).
            answer = claim.refund().status() == RefundStatus.PROVIDER_PENDING ? provider.check(claim.refund())
                    : provider.send(claim.refund(), claim.customerEmail());
        } catch (RefundNotPaidException e) {
            LOG.log(Level.WARNING, "Refund " + claim.refund().id() + " not paid (" + e.code() + ", retryable="
                    + e.retryable() + "): " + e.detail());
            steps.notPaid(shopId, claim, e.code(), e.code() + ": " + e.detail(), e.retryable(), Instant.now());
            return;
        } catch (RuntimeException e) {
            // Not the provider's classified answer (a bug, a misconfiguration): try again later.
            LOG.log(Level.WARNING, "Refund " + claim.refund().id() + " failed unexpectedly", e);
            steps.notPaid(shopId, claim, "unexpected", e.getClass().getSimpleName() + ": " + e.getMessage(), true,
                    Instant.now());
            return;
        }
        if (answer.pending()) {
            steps.pending(shopId, claim, answer.reference(), Instant.now());
        } else {
            steps.paid(shopId, claim, answer.reference(), Instant.now());
        }
    }
}
