package com.kaeru.backend.insights.application;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code kaeru.insights.refresh-seconds} (default 5), recomputes the reporting projection's marked days
 * of each shop that has some ({@link InsightsProjection#refreshMarked}): the dashboard is at most that far
 * behind, and a shop's busy day is recomputed once per tick however many returns and orders it gets.
 * Other instances tick side by side; each recomputes the marks it took.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProjectionRefreshScheduler {
    private static final Logger LOG = Logger.getLogger(ProjectionRefreshScheduler.class.getName());

    @Inject
    InsightsProjection projection;
    @Inject
    @ConfigProperty(name = "kaeru.insights.refresh-seconds", defaultValue = "5")
    int intervalSeconds;
    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        long period = Math.max(1, intervalSeconds) * 1000L;
        timers.createIntervalTimer(period, period, new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
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
