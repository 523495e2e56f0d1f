package com.kaeru.backend.platform.persistence;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-instance cache of per-shop configuration that every portal call reads and that rarely changes
 * (policy rules, return reasons). Issue 14; the design is in docs/operations.md, "Per-shop configuration
 * cache".
 * <ul>
 * <li><b>Tenancy.</b> Entries are keyed by (kind, shop id) and are stored only when the loading
 *     transaction is bound to that very shop ({@link TenantSession#bind}), so a value read under row-level
 *     security for shop A can never be filed under shop B (nor a value read with no tenant, which RLS
 *     makes empty).</li>
 * <li><b>Replicas.</b> Nothing read on the read data source ({@link ReadReplica}) is stored: it may lag
 *     behind a change whose eviction has already arrived.</li>
 * <li><b>Several instances.</b> Database triggers (V190) {@code NOTIFY kaeru_shop_config, '<shop id>'}
 *     in the writing transaction, whatever writes (the API, an import, SQL by hand); PostgreSQL delivers
 *     it at commit to every instance's {@link ShopConfigListener}, which calls {@link #evict}. While the
 *     listener is disconnected the cache is bypassed; after a reconnect it is cleared (notifications
 *     may have been missed). A time to live ({@code kaeru.config-cache.ttl-seconds}, default 30) is the
 *     safety net.</li>
 * <li><b>No stale refill.</b> Each shop has a generation, bumped on eviction; a value is stored with the
 *     generation seen <em>before</em> it was loaded and is served only while that generation is current,
 *     so a load that raced with a change is never served after the change's eviction.</li>
 * <li><b>This instance's own writes</b> are visible to its next call at once: the writer calls
 *     {@link #changed} (eviction now and again after the transaction completes), without waiting for the
 *     notification.</li>
 * </ul>
 * Cached values are shared between threads: callers treat them as read-only.
 */
@ApplicationScoped
public class ShopConfigCache {
    private record Key(String kind, long shopId) {
    }

    private record Entry(Object value, long generation, long loadedAtNanos) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final AtomicLong epoch = new AtomicLong();
    private volatile boolean listening;
    LongSupplier nanoTime = System::nanoTime;

    @Inject
    @ConfigProperty(name = "kaeru.config-cache.ttl-seconds", defaultValue = "30")
    long ttlSeconds;
    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * The shop's value of this kind, from the cache or from {@code loader} (which runs in the caller's
     * transaction, after the caller bound the shop).
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String kind, long shopId, Supplier<T> loader) {
        if (!listening || ttlSeconds <= 0) {
            return loader.get();
        }
        Key key = new Key(kind, shopId);
        long generation = generation(shopId);
        Entry entry = entries.get(key);
        long now = nanoTime.getAsLong();
        if (entry != null && entry.generation == generation
                && now - entry.loadedAtNanos < Duration.ofSeconds(ttlSeconds).toNanos()) {
            return (T) entry.value;
        }
        T value = loader.get();
        if (boundTo(shopId) && !ReadReplicaRouting.onReplica(transactions)) {
            entries.put(key, new Entry(value, generation, now));
        }
        return value;
    }

    private boolean boundTo(long shopId) {
        try {
            return transactions != null && Long.valueOf(shopId).equals(transactions.getResource(TenantSession.BOUND_SHOP));
        } catch (IllegalStateException noTransaction) {
            return false;
        }
    }

    private long generation(long shopId) {
        return epoch.get() * 1_000_003L + generations.computeIfAbsent(shopId, id -> new AtomicLong()).get();
    }

    /** Forgets everything of the shop (a notification arrived). */
    public void evict(long shopId) {
        generations.computeIfAbsent(shopId, id -> new AtomicLong()).incrementAndGet();
        entries.keySet().removeIf(key -> key.shopId == shopId);
    }

    /** Forgets everything (listener reconnected, or an agency-wide change). */
    public void evictAll() {
        epoch.incrementAndGet();
        entries.clear();
    }

    /**
     * This transaction changes the shop's configuration: evicts now and again when the transaction ends,
     * so that no call that read the old rows meanwhile leaves them behind.
     */
    public void changed(long shopId) {
        evict(shopId);
        try {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    evict(shopId);
                }
            });
        } catch (IllegalStateException | NullPointerException noTransaction) {
            // evicted above; the trigger's notification covers the commit
        }
    }

    /** Called by {@link ShopConfigListener}: while not listening, the cache is bypassed. */
    void listening(boolean on) {
        evictAll();
        listening = on;
        evictAll();
    }

    /** Whether values are served from the cache (the listener is connected). */
    public boolean active() {
        return listening && ttlSeconds > 0;
    }

    /** Number of cached values (diagnostics and tests). */
    public int size() {
        return entries.size();
    }

}
