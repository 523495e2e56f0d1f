package com.kaeru.backend.platform.concurrency;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One background loop that works shop by shop: woken for one shop right after a commit queued work
 * for it ({@link #wake}), and told by a tick to sweep the shops that have due rows ({@link #sweep}:
 * retries that came due, work another instance queued). One pass runs at a time; wake-ups during a
 * pass join it, so a burst of commits costs a few passes, not one each, and a wake-up that arrives
 * as the pass lets go starts another rather than waiting for the tick.
 * <p>
 * A pass serves shops round-robin: a shop with more to do right away (a full batch) goes to the back
 * of the line, so one shop's backlog starves nobody; shops woken meanwhile are served between the
 * swept ones, so a commit never waits for a long sweep.
 */
public final class CoalescingLane {
    private static final Logger LOG = Logger.getLogger(CoalescingLane.class.getName());

    /** What the lane does. */
    public interface Work {
        /** The shops with due rows now (one short read across shops); an exception skips this sweep. */
        Collection<Long> dueShops();

        /**
         * Serves one shop (a batch, in transactions of its own) and says whether it has more to do right
         * away; an exception is logged and the shop waits for its next wake-up or sweep.
         */
        boolean serve(long shop);
    }

    private final String name;
    private final Work work;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean sweepAsked = new AtomicBoolean();
    private final Set<Long> woken = ConcurrentHashMap.newKeySet();

    public CoalescingLane(String name, Work work) {
        this.name = name;
        this.work = work;
    }

    /**
     * Serves this shop soon. Without an executor (not started yet, shutting down) the wake-up waits
     * for the next start of a pass.
     */
    public void wake(long shop, Executor executor) {
        woken.add(shop);
        kick(executor);
    }

    /** Serves every shop with due rows soon (the tick). */
    public void sweep(Executor executor) {
        sweepAsked.set(true);
        kick(executor);
    }

    private void kick(Executor executor) {
        if (executor == null || !running.compareAndSet(false, true)) {
            return; // not started, or the running pass takes the new work
        }
        try {
            executor.execute(this::run);
        } catch (RejectedExecutionException e) {
            running.set(false); // shutting down
        }
    }

    private void run() {
        do {
            try {
                pass();
            } finally {
                running.set(false);
            }
            // Work asked for between the pass's last look and the release above must not wait for the tick.
        } while (!Thread.currentThread().isInterrupted() && (sweepAsked.get() || !woken.isEmpty())
                && running.compareAndSet(false, true));
    }

    private void pass() {
        Set<Long> line = new LinkedHashSet<>(); // in line order, each shop once
        boolean preferWoken = true;
        while (!Thread.currentThread().isInterrupted()) {
            if (sweepAsked.getAndSet(false)) {
                line.addAll(dueShops());
            }
            // A woken shop after each shop of the line, so neither a flood of commits nor a long sweep holds
            // up the other.
            Long shop = preferWoken ? takeWoken() : null;
            boolean fromLine = false;
            if (shop == null) {
                shop = first(line);
                fromLine = shop != null;
            }
            if (shop == null) {
                shop = takeWoken();
            }
            if (shop == null) {
                return;
            }
            preferWoken = fromLine;
            line.remove(shop); // a woken shop that also waits in line is served once
            if (serve(shop)) {
                line.add(shop); // to the back (or where it already waits)
            }
        }
    }

    private Long takeWoken() {
        for (Long shop : woken) {
            if (woken.remove(shop)) {
                return shop;
            }
        }
        return null;
    }

    private static Long first(Set<Long> line) {
        Iterator<Long> shops = line.iterator();
        if (!shops.hasNext()) {
            return null;
        }
        Long shop = shops.next();
        shops.remove();
        return shop;
    }

    private Collection<Long> dueShops() {
        try {
            return work.dueShops();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + ": could not find the shops with due work; trying again on the next tick", e);
            return List.of();
        }
    }

    private boolean serve(long shop) {
        try {
            return work.serve(shop);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " failed for shop " + shop + "; trying again on its next wake-up or tick", e);
            return false;
        }
    }
}
