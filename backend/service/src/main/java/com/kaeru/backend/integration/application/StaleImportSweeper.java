package com.kaeru.backend.integration.application;

import java.time.Instant;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import com.kaeru.backend.platform.concurrency.PeriodicTask;

/**
 * Runs {@link StaleImports#sweep} every {@code kaeru.csv-import.sweep-interval-seconds} (default 30) on every
 * instance; the job locks keep instances sweeping side by side from failing a job twice or a living one at all.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StaleImportSweeper extends PeriodicTask {
    @Inject
    StaleImports stale;

    @Override
    protected Schedule schedule() {
        return new Schedule("kaeru.csv-import.sweep-interval-seconds", 30, null);
    }

    @Override
    protected String description() {
        return "Sweep of interrupted CSV imports";
    }

    @Override
    protected void runOnce() {
        stale.sweep(Instant.now());
    }
}
