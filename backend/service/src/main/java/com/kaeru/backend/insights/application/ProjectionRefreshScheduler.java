package com.kaeru.backend.insights.application;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import com.kaeru.backend.platform.concurrency.PeriodicTask;

/**
 * Every {@code kaeru.insights.refresh-seconds} (default 5), recomputes the reporting projection's marked days
 * of each shop that has some ({@link InsightsProjection#refreshMarked}): the dashboard is at most that far
 * behind, and a shop's busy day is recomputed once per tick however many returns and orders it gets. A
 * refresh costs in proportion to the days it recomputes, so on a sale day (tens of thousands of returns on
 * one day) the passes may take at most {@code kaeru.insights.refresh-max-share} (default 0.1) of the time:
 * the dashboard then lags a little more instead of the projection taking a database backend from the
 * customers. Other instances tick side by side; each recomputes the marks it took.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ProjectionRefreshScheduler extends PeriodicTask {
    private static final Logger LOG = Logger.getLogger(ProjectionRefreshScheduler.class.getName());

    @Inject
    InsightsProjection projection;

    @Override
    protected Schedule schedule() {
        return new Schedule("kaeru.insights.refresh-seconds", 5, InsightsProjectionConsumer.ENABLED,
                "kaeru.insights.refresh-max-share", 0.1);
    }

    @Override
    protected String description() {
        return "Insights refresh";
    }

    @Override
    protected void runOnce() {
        for (long shop : projection.shopsWithMarkedDays()) {
            try {
                projection.refreshMarked(shop);
            } catch (RuntimeException e) {
                // The marks were taken back by the rollback: the next tick tries again.
                LOG.log(Level.WARNING, "Insights refresh failed for shop " + shop + "; retrying on the next tick", e);
            }
        }
    }
}
