package com.kaeru.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.Histogram;

/** The measuring loop the load generators share: N clients, a fixed number of calls, each call's latency. */
final class LoadPhases {
    private LoadPhases() {
    }

    /** One measured call; returns false when the answer was not the expected one. */
    @FunctionalInterface
    interface Call {
        boolean run(int index, int client) throws Exception;
    }

    /** Result of a phase. */
    record Phase(double perSecond, Histogram latency, int failed) {
        double ms(double percentile) {
            return latency.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /** Runs {@code total} calls from {@code clients} concurrent clients and records each call's latency. */
    static Phase measure(int clients, int total, Call call) throws Exception {
        Histogram latency = new Histogram(60_000_000L, 3);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            final int client = c;
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    long t0 = System.nanoTime();
                    try {
                        if (!call.run(i, client)) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                    synchronized (latency) {
                        latency.recordValue(Math.min((System.nanoTime() - t0) / 1000, 59_999_999L));
                    }
                }
                return null;
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        pool.shutdown();
        return new Phase(total / ((System.nanoTime() - start) / 1e9), latency, failed.get());
    }

    /**
     * Open loop: calls arrive at {@code perSecond} whatever the answers' speed (as customers do), each on a
     * thread of its own up to {@code maxInFlight}. A call's latency runs from its scheduled arrival, so time
     * spent waiting for a free thread counts too (no coordinated omission).
     */
    static Phase openLoop(double perSecond, int total, int maxInFlight, Call call) throws Exception {
        Histogram latency = new Histogram(60_000_000L, 3);
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(maxInFlight);
        long intervalNanos = (long) (1e9 / perSecond);
        long start = System.nanoTime();
        for (int n = 0; n < total; n++) {
            final int index = n;
            final long arrival = start + n * intervalNanos;
            long wait = arrival - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pool.execute(() -> {
                try {
                    if (!call.run(index, index % maxInFlight)) {
                        failed.incrementAndGet();
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
                synchronized (latency) {
                    latency.recordValue(Math.min((System.nanoTime() - arrival) / 1000, 59_999_999L));
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("open-loop phase did not finish in 10 minutes");
        }
        return new Phase(total / ((System.nanoTime() - start) / 1e9), latency, failed.get());
    }
}
