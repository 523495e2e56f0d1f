package com.kaeru.backend.refunds.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import com.kaeru.backend.platform.concurrency.PeriodicTask;

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
public class RefundScheduler extends PeriodicTask {
    @Inject
    RefundWakeUp passes;

    @Override
    protected Schedule schedule() {
        return new Schedule("kaeru.refunds.worker.interval-seconds", 5, "kaeru.refunds.worker.enabled");
    }

    @Override
    protected String description() {
        return "Refund worker sweep";
    }

    @Override
    protected void runOnce() {
        passes.sweep();
    }
}
