package com.kaeru.backend.events.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.kaeru.backend.platform.concurrency.PlainThreads;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wake-up on commit: coalesced while a pass runs, never lost after it, only the shops woken. */
class EventPumpTest {
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstCallStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirstCall = new CountDownLatch(1);
    private final EventPump pump = new EventPump();

    EventPumpTest() {
        pump.worker = new EventDeliveryWorker() {
            @Override
            public List<Long> dueShops(String consumerName, Instant asOf) {
                return List.of(1L, 2L, 3L);
            }

            @Override
            public int deliver(long shopId, String consumerName, int batch, Instant asOf) {
                calls.add(consumerName + ":" + shopId);
                if (calls.size() == 1) {
                    firstCallStarted.countDown();
                    try {
                        releaseFirstCall.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return 0; // nothing more due in this shop
            }
        };
        pump.consumers = new EventConsumers() {
            @Override
            public List<EventConsumer> all() {
                return List.of(consumer("email"), consumer("webhooks"));
            }
        };
        pump.threads = new PlainThreads();
    }

    @AfterEach
    void stop() {
        releaseFirstCall.countDown();
        pump.stop();
    }

    @Test
    void nothingRunsBeforeTheStartAndTheTickVisitsTheShopsWithDeliveriesDue() {
        pump.onQueued(new EventsQueued(1, List.of("webhooks")));
        assertThat(calls).isEmpty();
        pump.start();
        releaseFirstCall.countDown();
        pump.wakeAll();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(calls)
                .containsExactlyInAnyOrder("email:1", "email:2", "email:3", "webhooks:1", "webhooks:2", "webhooks:3"));
    }

    @Test
    void commitsDuringAPassAreCoalescedIntoOneMoreRoundForTheShopsWoken() throws Exception {
        pump.start();
        pump.onQueued(new EventsQueued(1, List.of("webhooks")));
        assertThat(firstCallStarted.await(20, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 50; i++) {
            pump.onQueued(new EventsQueued(2, List.of("webhooks")));
        }
        pump.onQueued(new EventsQueued(3, List.of("webhooks")));
        releaseFirstCall.countDown();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(calls)
                .containsExactlyInAnyOrder("webhooks:1", "webhooks:2", "webhooks:3"));
        // A commit after the pass ended starts a new one: no wake-up waits for the tick.
        pump.onQueued(new EventsQueued(1, List.of("webhooks")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(calls).hasSize(4).endsWith("webhooks:1"));
    }

    private static EventConsumer consumer(String name) {
        return new EventConsumer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void deliver(StoredEvent event) {
            }
        };
    }
}
