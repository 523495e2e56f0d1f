package com.kaeru.backend.platform.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A woken shop never waits for a long sweep; a shop with a backlog takes turns with the others. */
class CoalescingLaneTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<Long> served = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void aShopWokenDuringASweepIsServedBeforeTheRestOfTheSweep() throws Exception {
        CountDownLatch firstServed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CoalescingLane lane = new CoalescingLane("test", new CoalescingLane.Work() {
            @Override
            public Collection<Long> dueShops() {
                return LongStream.rangeClosed(1, 500).boxed().toList();
            }

            @Override
            public boolean serve(long shop) {
                served.add(shop);
                if (served.size() == 1) {
                    firstServed.countDown();
                    waitFor(release);
                }
                return false;
            }
        });
        lane.sweep(executor);
        assertThat(firstServed.await(20, TimeUnit.SECONDS)).isTrue();
        lane.wake(9_999, executor); // a commit while the sweep of 500 shops runs
        release.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> served.size() == 501);
        assertThat(served.indexOf(9_999L)).isEqualTo(1); // right after the shop being served, not after 499 more
        assertThat(served).doesNotHaveDuplicates();
    }

    @Test
    void aShopWithABacklogTakesTurnsWithTheOthersAndEveryShopIsServedOncePerRoundUntilDone() {
        Map<Long, AtomicInteger> batchesLeft = new ConcurrentHashMap<>(Map.of(1L, new AtomicInteger(3),
                2L, new AtomicInteger(1), 3L, new AtomicInteger(1)));
        CoalescingLane lane = new CoalescingLane("test", new CoalescingLane.Work() {
            @Override
            public Collection<Long> dueShops() {
                return List.of(1L, 2L, 3L);
            }

            @Override
            public boolean serve(long shop) {
                served.add(shop);
                return batchesLeft.get(shop).decrementAndGet() > 0; // true: a full batch, more is due
            }
        });
        lane.sweep(executor);
        await().atMost(Duration.ofSeconds(20)).until(() -> served.size() == 5);
        assertThat(served).containsExactly(1L, 2L, 3L, 1L, 1L);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
