package com.kaeru.backend.dataexport.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import com.kaeru.backend.platform.concurrency.PeriodicTask;

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
public class DataExportScheduler extends PeriodicTask {
    @Inject
    DataExportWorker worker;
    @Inject
    ShopDeletionJob deletions;

    @Override
    protected Schedule schedule() {
        return new Schedule("kaeru.data-export.worker.interval-seconds", 5, "kaeru.data-export.worker.enabled");
    }

    @Override
    protected String description() {
        return "Data export pass";
    }

    @Override
    protected void runOnce() {
        worker.runOnce();
        deletions.runOnce(java.time.Instant.now());
    }
}
