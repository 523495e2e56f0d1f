package com.kaeru.backend.insights.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import com.kaeru.backend.platform.concurrency.PeriodicTask;

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
public class ReportScheduler extends PeriodicTask {
    @Inject
    ReportGenerator generator;

    @Override
    protected Schedule schedule() {
        return new Schedule("kaeru.insights.reports.interval-seconds", 900, "kaeru.insights.reports.enabled");
    }

    @Override
    protected String description() {
        return "Monthly report pass";
    }

    @Override
    protected void runOnce() {
        generator.tick();
    }
}
