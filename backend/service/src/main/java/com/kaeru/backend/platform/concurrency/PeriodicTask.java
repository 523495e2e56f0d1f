package com.kaeru.backend.platform.concurrency;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Base of the background passes that run every few seconds on each instance (outbox-style workers,
 * sweepers, the reporting projection's refresh): an EJB interval timer, a pass that fails is logged and
 * tried again on the next tick, a tick that comes while the previous pass still runs is skipped. A subclass
 * is a {@code @Startup @Singleton} with bean-managed concurrency that names its configuration and its pass.
 * Passes of several instances run side by side; what keeps them apart (claims, leases, unique keys) is the
 * subclass's business.
 *
 * <p>{@link #busyShare()} bounds the share of time a pass may take: after a pass of duration {@code d} the
 * next waits at least {@code d × (1 / share − 1)}, so a pass whose work grows with the data (a busy day in
 * the reporting projection) slows its own rhythm instead of taking a database backend for good.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class PeriodicTask {
    private static final Logger LOG = Logger.getLogger(PeriodicTask.class.getName());

    @Resource
    TimerService timers;

    private final AtomicBoolean running = new AtomicBoolean();
    /** Set after the first pass: no tick before this {@link #nanoTime()}. */
    private volatile boolean pausing;
    private volatile long notBeforeNanos;
    /** Read from the configuration at start ({@link Schedule#busyShareProperty()}). */
    private volatile double busyShare = 1.0;

    /**
     * Where the pass's rhythm is configured: the MicroProfile Config property of its interval in seconds with its
     * default, the property that switches it off ({@code null}: always on), and the property of its busy share
     * ({@link #busyShare()}; {@code null}: the default share, 1 unless given).
     */
    public record Schedule(String intervalProperty, int defaultSeconds, String enabledProperty,
                           String busyShareProperty, double defaultBusyShare) {

        /** A pass that may tick as often as its interval says. */
        public Schedule(String intervalProperty, int defaultSeconds, String enabledProperty) {
            this(intervalProperty, defaultSeconds, enabledProperty, null, 1.0);
        }
    }

    /** The pass's configuration names. */
    protected abstract Schedule schedule();

    /** One pass; throwing is fine (logged, the next tick tries again). */
    protected abstract void runOnce();

    /** Words for the log line of a failed pass, e.g. "Refund worker pass". */
    protected abstract String description();

    /** The share of wall time passes may take, in (0, 1]; 1 means "tick as the interval says". */
    protected double busyShare() {
        return busyShare;
    }

    @PostConstruct
    void start() {
        Schedule schedule = schedule();
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        busyShare = schedule.busyShareProperty() == null ? schedule.defaultBusyShare()
                : config.getOptionalValue(schedule.busyShareProperty(), Double.class).orElse(schedule.defaultBusyShare());
        boolean enabled = schedule.enabledProperty() == null
                || config.getOptionalValue(schedule.enabledProperty(), Boolean.class).orElse(true);
        if (enabled) {
            int seconds = config.getOptionalValue(schedule.intervalProperty(), Integer.class)
                    .orElse(schedule.defaultSeconds());
            long period = Math.max(1, seconds) * 1000L;
            timers.createIntervalTimer(period, period, new TimerConfig(null, false));
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void tick() {
        if ((pausing && nanoTime() - notBeforeNanos < 0) || !running.compareAndSet(false, true)) {
            return;
        }
        long started = nanoTime();
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, description() + " failed; trying again on the next tick", e);
        } finally {
            long ended = nanoTime();
            notBeforeNanos = ended + pauseAfter(ended - started, busyShare());
            pausing = true;
            running.set(false);
        }
    }

    /** The clock of the busy-share pause (a test's own). */
    protected long nanoTime() {
        return System.nanoTime();
    }

    /** How long to wait after a pass of {@code tookNanos} so passes take at most {@code share} of the time. */
    static long pauseAfter(long tookNanos, double share) {
        if (share >= 1.0 || tookNanos <= 0) {
            return 0;
        }
        return (long) (tookNanos * (1.0 / Math.max(share, 0.01) - 1.0));
    }
}
