package com.kaeru.backend.returns.application;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Deletes lookup counters that no longer matter ({@link LookupThrottle#purgeExpired}), so the table
 * holds only the last window's clients and numbers. Every instance runs it; the deletes are
 * idempotent and short.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class LookupThrottleJanitor {
    private static final Logger LOG = Logger.getLogger(LookupThrottleJanitor.class.getName());

    @Inject
    LookupThrottle throttle;

    Clock clock = Clock.systemUTC();

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void purge() {
        try {
            int deleted = throttle.purgeExpired(clock.instant());
            LOG.fine(() -> "Expired lookup counters deleted: " + deleted);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Lookup counters not purged; trying again in five minutes", e);
        }
    }
}
