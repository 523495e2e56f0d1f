package com.kaeru.backend.insights.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.kaeru.api.insights.AgencyInsightsDto;
import com.kaeru.backend.events.application.EventDeliveryWorker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes archived reports (docs/insights.md, "Report archive"). One report: claim it under a lease,
 * read its figures (a read transaction), render every file in memory with <em>no</em> transaction
 * held, then store them in one update if the lease is still ours; a render that throws stores
 * nothing and is retried after a backoff. The scheduler's pass ({@link #runOnce}) asks every shop
 * for last month's report (in the shop's time zone), every agency for its roll-up report of last month,
 * and makes whatever is due. Not transactional:
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
     * language its recipients read, so does every agency with shops (its roll-up report), and every due
     * report (new, or a retry) is made.
     *
     * @return how many reports this pass made
     */
    public int runOnce(Instant now) {
        List<ReportOwner> owners = new ArrayList<>();
        shops.shops().forEach(shop -> owners.add(ReportOwner.shop(shop)));
        steps.agencies().forEach(agency -> owners.add(ReportOwner.agency(agency)));
        int made = 0;
        for (ReportOwner owner : owners) {
            try {
                steps.requestMonthly(owner, now);
                for (long id : steps.due(owner, now, 20)) {
                    made += generate(owner, id, now) ? 1 : 0;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Report pass failed for " + owner + "; retrying on the next tick", e);
            }
        }
        return made;
    }

    /**
     * Makes the report if it can be claimed (pending, due, not leased by another worker).
     *
     * @return whether this call stored it
     */
    public boolean generate(ReportOwner owner, long reportId, Instant now) {
        Optional<ReportSteps.Claim> claimed = steps.claim(owner, reportId, Duration.ofSeconds(leaseSeconds), now);
        if (claimed.isEmpty()) {
            return false;
        }
        ReportSteps.Claim claim = claimed.get();
        ReportRendering.Files files;
        try {
            files = render(owner, claim);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Report " + reportId + " of " + owner + " failed to render", e);
            steps.failed(owner, claim, e.getClass().getSimpleName() + ": " + e.getMessage(), now);
            return false;
        }
        return steps.store(owner, claim, files, clock.instant());
    }

    /** Reads the figures (a read transaction of their own) and draws the files with no transaction held. */
    private ReportRendering.Files render(ReportOwner owner, ReportSteps.Claim claim) {
        Locale locale = Locale.forLanguageTag(claim.language());
        if (owner.kind() == ReportOwner.Kind.AGENCY) {
            AgencyInsightsDto rollUp = figures.agencyReport(owner.id(), claim.period());
            return rendering.render(steps.name(owner), rollUp, locale, clock.instant());
        }
        InsightsService.ShopReport report = figures.report(owner.id(), claim.period());
        return rendering.render(report.shopName(), report.insights(), locale, clock.instant());
    }
}
