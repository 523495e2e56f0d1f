package com.kaeru.backend.dataexport.infrastructure;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import com.kaeru.backend.dataexport.domain.DataExport;
import com.kaeru.backend.dataexport.domain.DataExports;
import com.kaeru.backend.dataexport.domain.ExportStatus;
import com.kaeru.backend.platform.persistence.DueShops;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** {@link DataExports} in SQL; the caller's transaction is bound to the shop (row-level security). */
@ApplicationScoped
public class SqlDataExports implements DataExports {
    private static final String COLUMNS = "e.id, e.shop_id, e.status, e.progress, e.requested_by, e.requester_email, "
            + "e.language, e.created_at, e.finished_at, e.expires_at, e.size_bytes, e.sha256, e.error, "
            + "(select count(*) from data_export_part p where p.export_id = e.id)";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    DueShops dueShops;

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return Instant.parse(value.toString());
    }

    private static DataExport row(Object[] r) {
        return new DataExport(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ExportStatus.valueOf((String) r[2]),
                ((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6], instant(r[7]), instant(r[8]),
                instant(r[9]), r[10] == null ? null : ((Number) r[10]).longValue(), r[11] == null ? null : r[11].toString(),
                (String) r[12], ((Number) r[13]).intValue());
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public long queue(long shopId, String requestedBy, String requesterEmail, String language, String reason,
                      Instant now) {
        return ((Number) em.createNativeQuery("insert into data_export (shop_id, status, requested_by, requester_email, "
                        + "language, reason, created_at) values (?1, 'QUEUED', ?2, ?3, ?4, ?5, ?6) returning id")
                .setParameter(1, shopId).setParameter(2, requestedBy).setParameter(3, requesterEmail)
                .setParameter(4, language).setParameter(5, reason).setParameter(6, at(now))
                .getSingleResult()).longValue();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<DataExport> list(long shopId, int limit) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from data_export e where e.shop_id = ?1 "
                + "order by e.id desc limit ?2").setParameter(1, shopId).setParameter(2, limit).getResultList();
        return rows.stream().map(SqlDataExports::row).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public Optional<DataExport> find(long shopId, long id) {
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from data_export e where e.shop_id = ?1 "
                + "and e.id = ?2").setParameter(1, shopId).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(SqlDataExports::row);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<Long> claim(long shopId, Instant now, Instant leaseUntil, int limit) {
        List<Number> ids = em.createNativeQuery("update data_export e set status = 'RUNNING', lease_until = ?3, "
                        + "attempts = e.attempts + 1, started_at = coalesce(e.started_at, ?2) where e.id in ("
                        + "select id from data_export where shop_id = ?1 and (status = 'QUEUED' "
                        + "or (status = 'RUNNING' and lease_until < ?2)) order by id limit ?4 for update skip locked) "
                        + "returning e.id")
                .setParameter(1, shopId).setParameter(2, at(now)).setParameter(3, at(leaseUntil)).setParameter(4, limit)
                .getResultList();
        // A retried export starts over: parts of an attempt that crashed are not part of the new ZIP.
        for (Number id : ids) {
            em.createNativeQuery("delete from data_export_part where shop_id = ?1 and export_id = ?2")
                    .setParameter(1, shopId).setParameter(2, id.longValue()).executeUpdate();
        }
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void progress(long shopId, long id, int percent) {
        em.createNativeQuery("update data_export set progress = greatest(progress, ?3) where shop_id = ?1 and id = ?2 "
                        + "and status = 'RUNNING'")
                .setParameter(1, shopId).setParameter(2, id).setParameter(3, Math.max(0, Math.min(100, percent)))
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void storePart(long shopId, long id, int seq, byte[] bytes, Instant leaseUntil) {
        em.createNativeQuery("insert into data_export_part (shop_id, export_id, seq, bytes) values (?1, ?2, ?3, ?4)")
                .setParameter(1, shopId).setParameter(2, id).setParameter(3, seq).setParameter(4, bytes)
                .executeUpdate();
        em.createNativeQuery("update data_export set lease_until = ?3 where shop_id = ?1 and id = ?2")
                .setParameter(1, shopId).setParameter(2, id).setParameter(3, at(leaseUntil)).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void ready(long shopId, long id, long sizeBytes, String sha256, Instant expiresAt, Instant now) {
        em.createNativeQuery("update data_export set status = 'READY', progress = 100, size_bytes = ?3, sha256 = ?4, "
                        + "expires_at = ?5, finished_at = ?6, lease_until = null, error = null "
                        + "where shop_id = ?1 and id = ?2")
                .setParameter(1, shopId).setParameter(2, id).setParameter(3, sizeBytes).setParameter(4, sha256)
                .setParameter(5, at(expiresAt)).setParameter(6, at(now)).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(long shopId, long id, String error, Instant now) {
        em.createNativeQuery("update data_export set status = 'FAILED', error = left(?3, 1000), finished_at = ?4, "
                        + "lease_until = null where shop_id = ?1 and id = ?2")
                .setParameter(1, shopId).setParameter(2, id).setParameter(3, error).setParameter(4, at(now))
                .executeUpdate();
        em.createNativeQuery("delete from data_export_part where shop_id = ?1 and export_id = ?2")
                .setParameter(1, shopId).setParameter(2, id).executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] part(long shopId, long id, int seq) {
        return (byte[]) em.createNativeQuery("select bytes from data_export_part where shop_id = ?1 and export_id = ?2 "
                + "and seq = ?3").setParameter(1, shopId).setParameter(2, id).setParameter(3, seq).getSingleResult();
    }

    @Override
    public List<Long> shopsWithWorkDue(Instant now) {
        return dueShops.find("select distinct e.shop_id from data_export e where e.status = 'QUEUED' "
                + "or (e.status = 'RUNNING' and e.lease_until < ?1) or (e.status = 'READY' and e.expires_at <= ?1 "
                + "and exists (select 1 from data_export_part p where p.shop_id = e.shop_id and p.export_id = e.id))",
                at(now));
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int removeExpiredParts(long shopId, Instant now) {
        return em.createNativeQuery("delete from data_export_part p using data_export e where p.shop_id = ?1 "
                        + "and e.id = p.export_id and e.status = 'READY' and e.expires_at <= ?2")
                .setParameter(1, shopId).setParameter(2, at(now)).executeUpdate();
    }
}
