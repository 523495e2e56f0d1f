package com.kaeru.backend.insights.application;

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
 * Runs the {@link ReportGenerator}'s pass every {@code kaeru.insights.reports.interval-seconds}
 * (default 900): from the 1st of a month in a shop's time zone, the first pass makes its report of
 * the month before and e-mails it (each agency's roll-up report likewise, in the agency's period zone);
 * later passes find it archived and retry only what failed. Other
 * instances run side by side, kept apart by the archive's unique key and claims.
 * {@code kaeru.insights.reports.enabled=false} turns the schedule off ("generate now" still works).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReportScheduler {
    @Inject
    ReportGenerator generator;
    @Inject
    @ConfigProperty(name = "kaeru.insights.reports.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "kaeru.insights.reports.interval-seconds", defaultValue = "900")
    int intervalSeconds;
    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        if (enabled) {
            long period = Math.max(1, intervalSeconds) * 1000L;
            timers.createIntervalTimer(period, period, new TimerConfig(null, false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        generator.tick();
    }
}
