package com.kaeru.backend.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cache's rules without a server: tenancy guard, eviction, racing loads, time to live, bypass. */
class ShopConfigCacheTest {
    private final Map<Object, Object> resources = new HashMap<>();
    private final AtomicLong clock = new AtomicLong();
    private ShopConfigCache cache;

    @BeforeEach
    void setUp() {
        cache = new ShopConfigCache();
        cache.ttlSeconds = 30;
        cache.nanoTime = clock::get;
        cache.transactions = new FakeRegistry();
        cache.listening(true);
    }

    private void bound(long shop) {
        resources.put(TenantSession.BOUND_SHOP, shop);
    }

    @Test
    void storesOnlyWhatWasReadUnderThatShopsBinding() {
        AtomicInteger loads = new AtomicInteger();
        bound(2);
        assertThat(cache.get("rules", 1, () -> "read-under-2-" + loads.incrementAndGet())).isEqualTo("read-under-2-1");
        assertThat(cache.size()).as("read under shop 2's binding: not filed under shop 1").isZero();
        resources.clear();
        cache.get("rules", 1, () -> "unbound-" + loads.incrementAndGet());
        assertThat(cache.size()).as("no tenant bound (RLS shows no rows): not stored").isZero();

        bound(1);
        assertThat(cache.get("rules", 1, () -> "A")).isEqualTo("A");
        bound(2);
        assertThat(cache.get("rules", 2, () -> "B")).isEqualTo("B");
        assertThat(cache.get("rules", 1, () -> "reloaded")).isEqualTo("A");
        assertThat(cache.get("rules", 2, () -> "reloaded")).isEqualTo("B");
    }

    @Test
    void evictionTouchesOnlyTheNamedShop() {
        bound(1);
        cache.get("rules", 1, () -> "A");
        bound(2);
        cache.get("rules", 2, () -> "B");
        cache.evict(1);
        bound(1);
        assertThat(cache.get("rules", 1, () -> "A2")).isEqualTo("A2");
        bound(2);
        assertThat(cache.get("rules", 2, () -> "B2")).isEqualTo("B");
        cache.evictAll();
        assertThat(cache.get("rules", 2, () -> "B3")).isEqualTo("B3");
    }

    @Test
    void aLoadThatRacedAChangeIsNotServedAfterTheChange() {
        bound(1);
        // The notification arrives while the old rows are being read.
        assertThat(cache.get("rules", 1, () -> {
            cache.evict(1);
            return "old";
        })).isEqualTo("old");
        assertThat(cache.get("rules", 1, () -> "new")).isEqualTo("new");
    }

    @Test
    void entriesExpireAndTheCacheIsBypassedWhileNotListening() {
        bound(1);
        cache.get("rules", 1, () -> "A");
        clock.addAndGet(29_000_000_000L);
        assertThat(cache.get("rules", 1, () -> "fresh")).isEqualTo("A");
        clock.addAndGet(2_000_000_000L);
        assertThat(cache.get("rules", 1, () -> "fresh")).isEqualTo("fresh");

        cache.listening(false);
        assertThat(cache.get("rules", 1, () -> "db")).isEqualTo("db");
        assertThat(cache.active()).isFalse();
    }

    @Test
    void ownWritesEvictNowAndAfterTheTransaction() {
        bound(1);
        cache.get("rules", 1, () -> "A");
        cache.changed(1);
        assertThat(cache.get("rules", 1, () -> "read-before-commit")).isEqualTo("read-before-commit");
        ((FakeRegistry) cache.transactions).complete();
        assertThat(cache.get("rules", 1, () -> "after-commit")).isEqualTo("after-commit");
    }

    private final class FakeRegistry implements TransactionSynchronizationRegistry {
        private final java.util.List<Synchronization> syncs = new java.util.ArrayList<>();

        void complete() {
            syncs.forEach(s -> s.afterCompletion(jakarta.transaction.Status.STATUS_COMMITTED));
            syncs.clear();
        }

        @Override
        public Object getTransactionKey() {
            return this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            syncs.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return jakarta.transaction.Status.STATUS_ACTIVE;
        }

        @Override
        public void setRollbackOnly() {
        }

        @Override
        public boolean getRollbackOnly() {
            return false;
        }
    }
}
