package com.kaeru.backend.replenishment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every 15 minutes, on every instance: per shop, the day's recompute of reorder points (once per
 * local day) and, from the digest hour on (shop-local, {@code kaeru.reorder.digest-hour}, default 8),
 * the day's digest to managers — decided once per shop and day by {@link ReorderDigest} whichever
 * instance gets there first. One shop's failure (the directory down) is logged and retried at the
 * next tick; it never stops the other shops.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class ReorderScheduler {
    private static final Logger LOG = Logger.getLogger(ReorderScheduler.class.getName());

    @Inject
    ReorderDaily daily;
    @Inject
    ReorderDigest digest;
    @Inject
    @ConfigProperty(name = "kaeru.reorder.digest-hour", defaultValue = "8")
    int digestHour;
    @Inject
    @ConfigProperty(name = "kaeru.reorder.enabled", defaultValue = "true")
    boolean enabled;

    Clock clock = Clock.systemUTC();

    @Schedule(minute = "*/15", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if (!enabled) {
            return;
        }
        Instant now = clock.instant();
        for (long shop : daily.shops()) {
            try {
                LocalDate today = daily.localDate(shop, now);
                daily.refresh(shop, today);
                if (daily.localHour(shop, now) >= digestHour) {
                    digest.send(shop, today, now);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reorder points or digest of shop " + shop + " not done; trying again at the "
                        + "next tick: " + e);
            }
        }
    }
}
