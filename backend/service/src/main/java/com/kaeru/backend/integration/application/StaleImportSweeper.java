package com.kaeru.backend.integration.application;

import java.time.Instant;
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
 * Runs {@link StaleImports#sweep} every {@code kaeru.csv-import.sweep-interval-seconds} (default 30) on every
 * instance; the job locks keep instances sweeping side by side from failing a job twice or a living one at all.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaleImportSweeper {
    private static final Logger LOG = Logger.getLogger(StaleImportSweeper.class.getName());

    @Inject
    StaleImports stale;
    @Inject
    @ConfigProperty(name = "kaeru.csv-import.sweep-interval-seconds", defaultValue = "30")
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
        try {
            stale.sweep(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sweep of interrupted CSV imports failed; trying again on the next tick", e);
        }
    }
}
