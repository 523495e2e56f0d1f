package com.kaeru.backend.refunds.application;

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
 * Runs the {@link RefundWorker} every {@code kaeru.refunds.worker.interval-seconds} (default 5) through
 * {@link RefundWakeUp} for the shops with refunds due (it also runs it right after a commit that queued a card refund). Other
 * instances run side by side, kept apart by the claims. {@code kaeru.refunds.worker.enabled=false}
 * turns both off (card refunds then wait in REQUESTED).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundScheduler {
    @Inject
    RefundWakeUp passes;
    @Inject
    @ConfigProperty(name = "kaeru.refunds.worker.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "kaeru.refunds.worker.interval-seconds", defaultValue = "5")
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
        passes.sweep();
    }
}
