package com.kaeru.backend.returns.application;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import com.kaeru.backend.platform.persistence.SqlValues;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Slows down guessing on the order lookup, with counters in PostgreSQL (table
 * {@code portal_lookup_throttle}, migration V88) so that every instance sees the same counts and
 * no request can grow a heap structure. Only lookups for a shop that exists are counted.
 * <ul>
 * <li>Every attempt counts against the client (an IPv4 address, or the /64 network of an IPv6
 * address, since one IPv6 customer line owns a whole /64) in fixed windows of
 * {@link #CLIENT_WINDOW}: more than {@link #PER_CLIENT} and the client waits for the window's end.
 * <li>Failed attempts count against the order number: {@link #FAILURES_PER_ORDER} of them within
 * {@link #ORDER_WINDOW} lock the number for {@link #FIRST_LOCKOUT}, doubling each time the lockout
 * is earned again up to {@link #MAX_LOCKOUT}. Order numbers are sequential and public-ish, so a
 * lockout must end: after it the real customer's correct lookup goes through and forgets the
 * failures. Guessing the e-mail of one number stays at a few tries per hour.
 * </ul>
 * Both run in the lookup's own transaction and connection. The order's row is locked from
 * {@link #openOrder} to the end of the transaction, so concurrent lookups of one number take turns
 * and check-then-count is atomic; the caller must commit a failed lookup (not roll it back), or
 * the count would be lost.
 */
@ApplicationScoped
public class LookupThrottle {
    static final int PER_CLIENT = 20;
    static final Duration CLIENT_WINDOW = Duration.ofMinutes(10);
    static final int FAILURES_PER_ORDER = 8;
    static final Duration ORDER_WINDOW = Duration.ofMinutes(10);
    static final Duration FIRST_LOCKOUT = Duration.ofMinutes(1);
    static final Duration MAX_LOCKOUT = Duration.ofHours(1);
    /** How long earned lockouts are remembered for the backoff after the last failure. */
    static final Duration FORGET_AFTER = Duration.ofHours(24);
    private static final int MAX_KEY = 120;

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    /**
     * Counts an attempt of the client on this shop.
     *
     * @return seconds to wait, or 0 when the attempt may go ahead
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long countClient(long shopId, String clientAddress, Instant now) {
        Object[] row = (Object[]) em.createNativeQuery("""
                        insert into portal_lookup_throttle as t (key, window_start, attempts, expires_at)
                        values (?1, ?2, 1, ?3)
                        on conflict (key) do update set
                            attempts = case when t.window_start <= ?4 then 1 else t.attempts + 1 end,
                            window_start = case when t.window_start <= ?4 then excluded.window_start else t.window_start end,
                            expires_at = case when t.window_start <= ?4 then excluded.expires_at else t.expires_at end
                        returning attempts, window_start""")
                .setParameter(1, key("c:" + shopId + ":", clientKey(clientAddress)))
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.plus(CLIENT_WINDOW)))
                .setParameter(4, Timestamp.from(now.minus(CLIENT_WINDOW)))
                .getSingleResult();
        int attempts = ((Number) row[0]).intValue();
        Instant windowEnd = SqlValues.instant(row[1]).plus(CLIENT_WINDOW);
        return attempts > PER_CLIENT ? secondsUntil(windowEnd, now) : 0;
    }

    /**
     * Reads the order number's failures and locks them until the transaction ends: a concurrent
     * lookup of the same number waits here until this one has counted its outcome.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OrderState openOrder(long shopId, String orderNumber, Instant now) {
        String key = key("o:" + shopId + ":", orderNumber.strip().toUpperCase(Locale.ROOT));
        Object[] row = (Object[]) em.createNativeQuery("""
                        insert into portal_lookup_throttle as t (key, window_start, attempts, expires_at)
                        values (?1, ?2, 0, ?3)
                        on conflict (key) do update set key = t.key
                        returning window_start, attempts, lockouts, locked_until""")
                .setParameter(1, key)
                .setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(now.plus(ORDER_WINDOW)))
                .getSingleResult();
        return new OrderState(key, SqlValues.instant(row[0]), ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                SqlValues.instant(row[3]));
    }

    /** Counts a failed lookup (wrong e-mail or phone, or no such order) on the row {@link #openOrder} locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(OrderState state, Instant now) {
        OrderState next = state.afterFailure(now);
        em.createNativeQuery("update portal_lookup_throttle set window_start = ?2, attempts = ?3, lockouts = ?4, "
                        + "locked_until = cast(?5 as timestamptz), expires_at = ?6 where key = ?1")
                .setParameter(1, next.key())
                .setParameter(2, Timestamp.from(next.windowStart()))
                .setParameter(3, next.failures())
                .setParameter(4, next.lockouts())
                .setParameter(5, next.lockedUntil() == null ? null : Timestamp.from(next.lockedUntil()))
                .setParameter(6, Timestamp.from(next.expiresAt()))
                .executeUpdate();
    }

    /** The owner found their order: earlier failures and lockouts on the number are forgotten. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(OrderState state) {
        em.createNativeQuery("delete from portal_lookup_throttle where key = ?1").setParameter(1, state.key()).executeUpdate();
    }

    /** Deletes counters whose windows, lockouts and backoff memory are over; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int purgeExpired(Instant now) {
        return em.createNativeQuery("delete from portal_lookup_throttle where expires_at < ?1")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
    }

    /** One order number's failures, as read (and locked) by {@link #openOrder}. Pure, for the rules. */
    public record OrderState(String key, Instant windowStart, int failures, int lockouts, Instant lockedUntil) {

        /** Seconds the number stays locked, or 0. */
        public long waitSeconds(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now) ? secondsUntil(lockedUntil, now) : 0;
        }

        OrderState afterFailure(Instant now) {
            int earned = lockouts;
            Instant start = windowStart;
            int count = failures;
            if (!start.plus(FORGET_AFTER).isAfter(now)) {
                earned = 0; // a quiet day: the backoff starts again at the first step
            }
            if (!start.plus(ORDER_WINDOW).isAfter(now)) {
                start = now;
                count = 0;
            }
            count++;
            Instant until = lockedUntil;
            if (count >= FAILURES_PER_ORDER) {
                Duration lockout = FIRST_LOCKOUT.multipliedBy(1L << Math.min(earned, 10));
                until = now.plus(lockout.compareTo(MAX_LOCKOUT) > 0 ? MAX_LOCKOUT : lockout);
                earned++;
                start = now;
                count = 0;
            }
            return new OrderState(key, start, count, earned, until);
        }

        Instant expiresAt() {
            Instant end = windowStart.plus(ORDER_WINDOW);
            if (lockedUntil != null && lockedUntil.isAfter(end)) {
                end = lockedUntil;
            }
            Instant forgotten = windowStart.plus(FORGET_AFTER);
            return lockouts > 0 && forgotten.isAfter(end) ? forgotten : end;
        }
    }

    /**
     * What identifies one client: an IPv4 address as is, an IPv6 address by its /64 network (the
     * block one subscriber gets, who can use any address in it), anything else by a hash. Never
     * resolves names.
     */
    static String clientKey(String address) {
        byte[] raw = literal(address == null ? "" : address);
        if (raw == null) {
            return "x" + sha256(address == null ? "" : address).substring(0, 32);
        }
        if (raw.length == 4) {
            return (raw[0] & 0xFF) + "." + (raw[1] & 0xFF) + "." + (raw[2] & 0xFF) + "." + (raw[3] & 0xFF);
        }
        return HexFormat.of().formatHex(raw, 0, 8) + "/64";
    }

    /** The bytes of an IPv4 or IPv6 literal (IPv4-mapped IPv6 becomes IPv4), or {@code null}. */
    private static byte[] literal(String text) {
        String address = text.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        address = address.replaceFirst("%.*$", "");
        boolean ipv4 = address.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean ipv6 = address.length() <= 45 && address.contains(":") && address.matches("[0-9A-Fa-f:.]+");
        if (!ipv4 && !ipv6) {
            return null; // checked first: InetAddress.getByName would resolve a host name
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }

    /** A key of bounded length: long order numbers (or upper-cased ones that grew) are hashed. */
    private static String key(String prefix, String value) {
        String key = prefix + value;
        return key.length() <= MAX_KEY ? key : prefix + "#" + sha256(value);
    }

    private static long secondsUntil(Instant end, Instant now) {
        return Math.max(1, (Duration.between(now, end).toMillis() + 999) / 1000);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
