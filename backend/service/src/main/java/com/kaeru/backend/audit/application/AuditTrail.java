package com.kaeru.backend.audit.application;

import java.time.Instant;
import java.util.List;

import com.kaeru.backend.audit.domain.AuditEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Appends to and reads the audit trail, inside the caller's transaction. */
@ApplicationScoped
public class AuditTrail {
    public static final String RETURN = "RETURN";
    public static final String REFUND = "REFUND";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long shopId, String entityType, String entityRef, String action, String from, String to,
                       String actor, String reason, Instant at) {
        em.persist(new AuditEvent(shopId, entityType, entityRef, action, from, to, actor, reason, at));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<AuditEvent> of(long shopId, String entityType, String entityRef) {
        return em.createQuery("select e from AuditEvent e where e.shopId = :shop and e.entityType = :type "
                        + "and e.entityRef = :ref order by e.occurredAt, e.id", AuditEvent.class)
                .setParameter("shop", shopId).setParameter("type", entityType).setParameter("ref", entityRef)
                .getResultList();
    }
}
