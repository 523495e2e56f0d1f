package com.kaeru.backend.dataexport.application;

import java.util.concurrent.atomic.AtomicBoolean;
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
 * Runs the {@link DataExportWorker} every {@code kaeru.data-export.worker.interval-seconds} (default 5); other
 * instances run side by side, kept apart by the claims. A pass still writing when the next tick comes is not
 * joined by a second one on this instance. Each pass also deletes the data of closed shops whose grace period is
 * over ({@link ShopDeletionJob}). {@code kaeru.data-export.worker.enabled=false} turns both off.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DataExportScheduler {
    private static final Logger LOG = Logger.getLogger(DataExportScheduler.class.getName());

    @Inject
    DataExportWorker worker;
    @Inject
    ShopDeletionJob deletions;
    @Inject
    @ConfigProperty(name = "kaeru.data-export.worker.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "kaeru.data-export.worker.interval-seconds", defaultValue = "5")
    int intervalSeconds;
    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();

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
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            worker.runOnce();
            deletions.runOnce(java.time.Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Data export pass failed; trying again on the next tick", e);
        } finally {
            running.set(false);
        }
    }
}
