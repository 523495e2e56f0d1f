package com.kaeru.backend.insights.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.backend.events.application.EventDeliveryWorker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes archived reports (docs/insights.md, "Report archive"). One report: claim it under a lease,
 * read its figures (a read transaction), render every file in memory with <em>no</em> transaction
 * held, then store them in one update if the lease is still ours; a render that throws stores
 * nothing and is retried after a backoff. The scheduler's pass ({@link #runOnce}) asks every shop
 * for last month's report (in the shop's time zone) and makes whatever is due. Not transactional:
 * must not be called inside a transaction.
 */
@ApplicationScoped
public class ReportGenerator {
    private static final Logger LOG = Logger.getLogger(ReportGenerator.class.getName());

    @Inject
    EventDeliveryWorker shops;
    @Inject
    ReportSteps steps;
    @Inject
    InsightsService figures;
    @Inject
    ReportRendering rendering;
    @Inject
    @ConfigProperty(name = "kaeru.insights.reports.lease-seconds", defaultValue = "300")
    int leaseSeconds;

    /** The clock the scheduler's pass reads (a test passes its own instant to {@link #runOnce}). */
    Clock clock = Clock.systemUTC();

    private final AtomicBoolean running = new AtomicBoolean();

    /** The scheduler's tick: one pass at the current time, unless one is running on this instance. */
    public void tick() {
        if (running.compareAndSet(false, true)) {
            try {
                runOnce(clock.instant());
            } finally {
                running.set(false);
            }
        }
    }

    /**
     * One pass as of {@code now}: every shop gets last month's report (in its time zone) in every
     * language its recipients read, and every due report (new, or a retry) is made.
     *
     * @return how many reports this pass made
     */
    public int runOnce(Instant now) {
        int made = 0;
        for (long shop : shops.shops()) {
            try {
                steps.requestMonthly(shop, now);
                for (long id : steps.due(shop, now, 20)) {
                    made += generate(shop, id, now) ? 1 : 0;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Report pass failed for shop " + shop + "; retrying on the next tick", e);
            }
        }
        return made;
    }

    /**
     * Makes the report if it can be claimed (pending, due, not leased by another worker).
     *
     * @return whether this call stored it
     */
    public boolean generate(long shopId, long reportId, Instant now) {
        Optional<ReportSteps.Claim> claimed = steps.claim(shopId, reportId, Duration.ofSeconds(leaseSeconds), now);
        if (claimed.isEmpty()) {
            return false;
        }
        ReportSteps.Claim claim = claimed.get();
        ReportRendering.Files files;
        try {
            InsightsService.ShopReport report = figures.report(shopId, claim.period());
            files = rendering.render(report.shopName(), report.insights(), Locale.forLanguageTag(claim.language()),
                    clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Report " + reportId + " of shop " + shopId + " failed to render", e);
            steps.failed(shopId, claim, e.getClass().getSimpleName() + ": " + e.getMessage(), now);
            return false;
        }
        return steps.store(shopId, claim, files, clock.instant());
    }
}
