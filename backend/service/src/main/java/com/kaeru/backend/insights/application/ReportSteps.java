package com.kaeru.backend.insights.application;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.kaeru.backend.events.domain.Backoff;
import com.kaeru.backend.insights.domain.ReportPeriod;
import com.kaeru.backend.notifications.application.Outbox;
import com.kaeru.backend.notifications.application.StaffEmails;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The report archive's database steps, each a short transaction of its own bound to the report's
 * {@link ReportOwner} — a shop, or an agency for its roll-up reports (docs/insights.md, "Report archive",
 * "Agency roll-up report"): asking for a report (one row per owner, kind, period and language, whoever
 * asks: {@code ON CONFLICT DO NOTHING}), claiming a pending one under a lease
 * ({@code FOR UPDATE SKIP LOCKED}, so two instances never render the same report at once), storing
 * the rendered files in one update if the lease is still the claim's, scheduling a retry after a
 * failed render, and queuing the e-mails (one per report, recipient and round).
 */
@ApplicationScoped
public class ReportSteps {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    TenantSession tenantSession;
    @Inject
    Outbox outbox;
    @Inject
    @ConfigProperty(name = "kaeru.insights.reports.max-attempts", defaultValue = "5")
    int maxAttempts;

    /** The zone of an agency's periods when its shops do not share one (docs/insights.md, "Agency roll-up report"). */
    public static final String AGENCY_ZONE = "Asia/Tokyo";

    /** A claimed report: what to render, and the lease that lets this worker store it. */
    public record Claim(long id, ReportPeriod period, String language, Instant lease) {
    }

    /**
     * Asks for the report of {@code period} in {@code language}: inserts it as PENDING unless the
     * owner has it already; a FAILED one is queued anew. {@code mail}: e-mail it to the recipients
     * once it is READY (the scheduler's monthly report).
     *
     * @return the report's id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long request(ReportOwner owner, ReportPeriod period, String language, boolean mail, String by, Instant now) {
        em.createNativeQuery(owner.sql("insert into {reports} ({owner}, kind, period_start, period_end, language, status, "
                        + "requested_by, requested_at, mail_when_ready) values (?1, ?2, ?3, ?4, ?5, 'PENDING', ?6, ?7, ?8) "
                        + "on conflict ({owner}, kind, period_start, language) do nothing"))
                .setParameter(1, owner.id()).setParameter(2, period.kind().name()).setParameter(3, Date.valueOf(period.from()))
                .setParameter(4, Date.valueOf(period.to())).setParameter(5, language).setParameter(6, by)
                .setParameter(7, utc(now)).setParameter(8, mail).executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery(owner.sql("select id, status, mail_when_ready from {reports} "
                        + "where {owner} = ?1 and kind = ?2 and period_start = ?3 and language = ?4"))
                .setParameter(1, owner.id()).setParameter(2, period.kind().name()).setParameter(3, Date.valueOf(period.from()))
                .setParameter(4, language).getSingleResult();
        long id = ((Number) row[0]).longValue();
        if ("FAILED".equals(row[1])) {
            em.createNativeQuery(owner.sql("update {reports} set status = 'PENDING', attempts = 0, next_attempt_at = null, "
                    + "requested_by = ?2, requested_at = ?3 where id = ?1 and status = 'FAILED'"))
                    .setParameter(1, id).setParameter(2, by).setParameter(3, utc(now)).executeUpdate();
        }
        if (mail && !Boolean.TRUE.equals(row[2])) {
            em.createNativeQuery(owner.sql("update {reports} set mail_when_ready = true where id = ?1")).setParameter(1, id)
                    .executeUpdate();
            if ("READY".equals(row[1])) {
                queueSends(owner, id, 0, by, now); // made on request before the scheduler came to it
            }
        }
        return id;
    }

    /** Binds the transaction to the owner's archive: the shop ({@code app.tenant_id}) or the agency ({@code app.agency_id}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void bind(ReportOwner owner) {
        if (owner.kind() == ReportOwner.Kind.SHOP) {
            tenantSession.bind(owner.id());
        } else {
            tenantSession.bindAgency(owner.id());
        }
    }

    /**
     * The owner's name, time zone and default language. An agency has neither zone nor language of its own: its
     * periods are days of its shops' time zone when they all share one, else of Asia/Tokyo, and a recipient without
     * a language reads Japanese; its e-mails travel in the outbox of its first shop (lowest id), none without a shop.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReportOwner.Profile profile(ReportOwner owner) {
        if (owner.kind() == ReportOwner.Kind.SHOP) {
            Shop shop = em.find(Shop.class, owner.id());
            return new ReportOwner.Profile(shop.slug().value(), shop.name(), shop.timeZone(), shop.defaultLanguage(),
                    shop.id());
        }
        Object[] agency = (Object[]) em.createNativeQuery("select slug, name from agency where id = ?1")
                .setParameter(1, owner.id()).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> shops = em.createNativeQuery("select id, time_zone from shop where agency_id = ?1 order by id")
                .setParameter(1, owner.id()).getResultList();
        Set<String> zones = new LinkedHashSet<>();
        shops.forEach(s -> zones.add((String) s[1]));
        ZoneId zone = ZoneId.of(zones.size() == 1 ? zones.iterator().next() : AGENCY_ZONE);
        return new ReportOwner.Profile((String) agency[0], (String) agency[1], zone, "ja",
                shops.isEmpty() ? null : ((Number) shops.get(0)[0]).longValue());
    }

    /** The owner's name, for a report's title (a transaction of its own). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String name(ReportOwner owner) {
        bind(owner);
        return profile(owner).name();
    }

    /** The agencies with at least one shop (the shop registry is readable without a tenant, V89), for the scheduler. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> agencies() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select distinct agency_id from shop where agency_id is not null "
                + "order by agency_id").getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The scheduler's part for one owner: last month's report (in its time zone) in every language its recipients read. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> requestMonthly(ReportOwner owner, Instant now) {
        bind(owner);
        ReportOwner.Profile profile = profile(owner);
        ReportPeriod month = ReportPeriod.monthBefore(now, profile.zone());
        Set<String> languages = new LinkedHashSet<>();
        languages.add(profile.defaultLanguage());
        @SuppressWarnings("unchecked")
        List<String> chosen = em.createNativeQuery(owner.sql("select distinct language from {recipients} "
                + "where {owner} = ?1 and language is not null order by language")).setParameter(1, owner.id()).getResultList();
        languages.addAll(chosen);
        List<Long> ids = new ArrayList<>();
        for (String language : languages) {
            ids.add(request(owner, month, language, true, "scheduler", now));
        }
        return ids;
    }

    /** Pending reports of the owner whose (next) attempt is due, oldest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> due(ReportOwner owner, Instant now, int limit) {
        bind(owner);
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(owner.sql("select id from {reports} where {owner} = ?1 and status = 'PENDING' "
                        + "and (next_attempt_at is null or next_attempt_at <= ?2) "
                        + "and (lease_until is null or lease_until < ?2) order by id limit ?3"))
                .setParameter(1, owner.id()).setParameter(2, utc(now)).setParameter(3, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Claims the report if it is pending, due and neither locked nor leased by another worker, and
     * leases it until {@code now + lease}; the lease, not a held lock, keeps others off while it is
     * rendered, and an expired one (a crashed worker) makes it claimable again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim> claim(ReportOwner owner, long id, Duration lease, Instant now) {
        bind(owner);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(owner.sql("select kind, period_start, period_end, language from {reports} "
                        + "where id = ?1 and {owner} = ?2 and status = 'PENDING' "
                        + "and (next_attempt_at is null or next_attempt_at <= ?3) "
                        + "and (lease_until is null or lease_until < ?3) for update skip locked"))
                .setParameter(1, id).setParameter(2, owner.id()).setParameter(3, utc(now)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        Instant until = now.plus(lease).truncatedTo(ChronoUnit.MILLIS);
        em.createNativeQuery(owner.sql("update {reports} set lease_until = ?2 where id = ?1")).setParameter(1, id)
                .setParameter(2, utc(until)).executeUpdate();
        ReportPeriod period = new ReportPeriod(ReportPeriod.Kind.valueOf((String) row[0]), date(row[1]), date(row[2]));
        return Optional.of(new Claim(id, period, (String) row[3], until));
    }

    /**
     * Stores the complete files and makes the report READY in one update, if the claim's lease still
     * holds; a scheduled report is then queued for its recipients in the same transaction.
     *
     * @return whether it was stored (false: another worker took the report over)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean store(ReportOwner owner, Claim claim, ReportRendering.Files files, Instant now) {
        bind(owner);
        int stored = em.createNativeQuery(owner.sql("update {reports} set status = 'READY', pdf = ?3, csv_utf8 = ?4, "
                        + "csv_sjis = ?5, generated_at = ?6, attempts = attempts + 1, lease_until = null, "
                        + "next_attempt_at = null, last_error = null "
                        + "where id = ?1 and {owner} = ?2 and status = 'PENDING' and lease_until = ?7"))
                .setParameter(1, claim.id()).setParameter(2, owner.id()).setParameter(3, files.pdf())
                .setParameter(4, files.csvUtf8()).setParameter(5, files.csvShiftJis()).setParameter(6, utc(now))
                .setParameter(7, utc(claim.lease())).executeUpdate();
        if (stored == 0) {
            return false;
        }
        Object mail = em.createNativeQuery(owner.sql("select mail_when_ready from {reports} where id = ?1"))
                .setParameter(1, claim.id()).getSingleResult();
        if (Boolean.TRUE.equals(mail)) {
            queueSends(owner, claim.id(), 0, "scheduler", now);
        }
        return true;
    }

    /**
     * A render failed: tried again after a backoff (30 s, 1 min, 2 min, ...), FAILED with the error
     * after {@code kaeru.insights.reports.max-attempts}. Nothing of the failed render is kept.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(ReportOwner owner, Claim claim, String error, Instant now) {
        bind(owner);
        String message = error.length() > 500 ? error.substring(0, 500) : error;
        em.createNativeQuery(owner.sql("update {reports} set attempts = attempts + 1, last_error = ?3, lease_until = null, "
                        + "status = case when attempts + 1 >= ?4 then 'FAILED' else 'PENDING' end, "
                        + "next_attempt_at = ?5 + make_interval(secs => ?6) "
                        + "where id = ?1 and {owner} = ?2 and status = 'PENDING' and lease_until = ?7"))
                .setParameter(1, claim.id()).setParameter(2, owner.id()).setParameter(3, message)
                .setParameter(4, Math.max(1, maxAttempts)).setParameter(5, utc(now))
                .setParameter(6, (double) Backoff.after(attempts(owner, claim.id()) + 1).toSeconds())
                .setParameter(7, utc(claim.lease())).executeUpdate();
    }

    private int attempts(ReportOwner owner, long id) {
        return ((Number) em.createNativeQuery(owner.sql("select attempts from {reports} where id = ?1")).setParameter(1, id)
                .getSingleResult()).intValue();
    }

    /**
     * Queues the report's e-mail for every recipient who reads its language (their own, or the
     * owner's default), once per recipient and {@code round}: a recipient already queued in this
     * round is skipped, so the scheduler may run as often as it likes. An agency's e-mails travel in
     * the outbox of its first shop ({@link #profile}); an agency without a shop has nobody to mail through.
     *
     * @return the addresses queued now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> queueSends(ReportOwner owner, long reportId, int round, String by, Instant now) {
        ReportOwner.Profile profile = profile(owner);
        if (profile.mailShop() == null) {
            return List.of();
        }
        Object[] report = (Object[]) em.createNativeQuery(owner.sql("select kind, period_start, period_end, language "
                        + "from {reports} where id = ?1 and {owner} = ?2 and status = 'READY'"))
                .setParameter(1, reportId).setParameter(2, owner.id()).getSingleResult();
        @SuppressWarnings("unchecked")
        List<String> queued = em.createNativeQuery(owner.sql("insert into {sends} ({owner}, report_id, email, round, "
                        + "queued_by, queued_at) select ?1, ?2, email, ?3, ?4, ?5 from {recipients} "
                        + "where {owner} = ?1 and coalesce(language, ?6) = ?7 "
                        + "on conflict (report_id, email, round) do nothing returning email"))
                .setParameter(1, owner.id()).setParameter(2, reportId).setParameter(3, round).setParameter(4, by)
                .setParameter(5, utc(now)).setParameter(6, profile.defaultLanguage()).setParameter(7, report[3])
                .getResultList();
        if (owner.kind() == ReportOwner.Kind.AGENCY && !queued.isEmpty()) {
            tenantSession.bind(profile.mailShop()); // the outbox is the shop's
        }
        String type = owner.kind().mailType();
        for (String email : queued) {
            String key = type + ":" + reportId + ":" + round + ":"
                    + UUID.nameUUIDFromBytes(email.getBytes(StandardCharsets.UTF_8));
            Map<String, Object> payload = new HashMap<>(Map.of("email", email, "language", report[3], "reportId", reportId,
                    "kind", report[0], "from", date(report[1]).toString(), "to", date(report[2]).toString(), "round", round));
            if (owner.kind() == ReportOwner.Kind.AGENCY) {
                payload.put("agencyId", owner.id());
                payload.put("agencySlug", profile.slug());
                payload.put("agencyName", profile.name());
            }
            outbox.publish(profile.mailShop(), type, owner.kind().mailRef(reportId), key, payload, now);
        }
        return queued.stream().sorted().toList();
    }

    /** The next re-send round of a report (1 after the scheduled send). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int nextRound(ReportOwner owner, long reportId) {
        return ((Number) em.createNativeQuery(owner.sql("select coalesce(max(round), 0) + 1 from {sends} "
                + "where report_id = ?1")).setParameter(1, reportId).getSingleResult()).intValue();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
