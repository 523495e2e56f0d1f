package com.kaeru.backend.platform.concurrency;

import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

import jakarta.enterprise.concurrent.ManagedThreadFactory;

/** Outside the container (unit tests of the pumps): plain daemon threads. */
public final class PlainThreads implements ManagedThreadFactory {
    @Override
    public Thread newThread(Runnable r) {
        Thread t = Executors.defaultThreadFactory().newThread(r);
        t.setDaemon(true);
        return t;
    }

    @Override
    public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
        return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
    }
}
