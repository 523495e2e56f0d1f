package com.kaeru.backend.webhooks.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.kaeru.backend.platform.concurrency.PlainThreads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The wake-up after a commit: a worker of the pool claims for the shop and sends the first endpoint from the same
 * thread (no single claims thread in between); a shop gets at most half the pool, so its hanging receivers leave
 * the other half to other shops.
 */
class WebhookPumpTest {
    private final WebhookPump pump = new WebhookPump();
    /** Endpoints with due deliveries, per shop, handed out once. */
    private final Map<Long, List<Long>> due = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final CountDownLatch hang = new CountDownLatch(1);

    WebhookPumpTest() {
        pump.workers = 4;
        pump.threads = new PlainThreads();
        pump.deliveries = new WebhookDeliveries() {
            @Override
            public List<Long> claim(long shopId, Instant now, int limit) {
                List<Long> endpoints = due.getOrDefault(shopId, new ArrayList<>());
                List<Long> claimed = new ArrayList<>(endpoints.subList(0, Math.min(limit, endpoints.size())));
                endpoints.removeAll(claimed);
                calls.add("claim " + shopId + " limit " + limit + " on " + Thread.currentThread().getName());
                return claimed;
            }

            @Override
            public List<Long> dueShops(Instant now) {
                return List.of();
            }

            @Override
            public void release(long shopId, long endpointId) {
            }
        };
        pump.sender = new WebhookSender() {
            @Override
            public int drain(long shopId, long endpointId) {
                calls.add("send " + endpointId + " on " + Thread.currentThread().getName());
                if (shopId == 1) {
                    try {
                        hang.await(30, TimeUnit.SECONDS); // a receiver that does not answer
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return 0;
            }
        };
    }

    @AfterEach
    void stop() {
        hang.countDown();
        pump.stop();
    }

    @Test
    void aCommitIsClaimedAndSentByAWorkerOfThePoolItself() {
        pump.start();
        due.put(2L, new ArrayList<>(List.of(20L)));
        pump.onQueued(new DeliveriesQueued(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> calls.size() == 2);
        String claimThread = calls.get(0).substring(calls.get(0).indexOf(" on ") + 4);
        assertThat(calls).containsExactly("claim 2 limit 2 on " + claimThread, "send 20 on " + claimThread);
    }

    @Test
    void aShopWithHangingReceiversHoldsHalfThePoolAndOtherShopsStillSend() {
        pump.start();
        due.put(1L, new ArrayList<>(List.of(10L, 11L, 12L)));
        pump.onQueued(new DeliveriesQueued(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> calls.stream().filter(c -> c.startsWith("send 1")).count() == 2);
        assertThat(calls.get(0)).startsWith("claim 1 limit 2 ");
        // Shop 1 is at its half: another commit of it claims nothing, shop 2's is sent at once.
        pump.onQueued(new DeliveriesQueued(1));
        due.put(2L, new ArrayList<>(List.of(20L)));
        pump.onQueued(new DeliveriesQueued(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> calls.stream().anyMatch(c -> c.startsWith("send 20 ")));
        assertThat(calls).noneMatch(c -> c.startsWith("send 12 ")).noneMatch(c -> c.startsWith("claim 1 limit 1"));
        assertThat(due.get(1L)).containsExactly(12L);
    }

    @Test
    void commitsBeforeTheStartWaitForTheFirstTick() {
        pump.onQueued(new DeliveriesQueued(3));
        assertThat(calls).isEmpty();
    }
}
