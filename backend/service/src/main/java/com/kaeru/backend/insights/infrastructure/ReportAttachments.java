package com.kaeru.backend.insights.infrastructure;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.kaeru.backend.insights.application.ReportOwner;
import com.kaeru.backend.notifications.application.MailAttachments;
import com.kaeru.backend.notifications.application.StaffEmails;
import com.kaeru.backend.notifications.domain.Email;
import com.kaeru.backend.platform.persistence.TenantSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Attaches an archived report's PDF to its e-mail ({@link StaffEmails#INSIGHTS_REPORT}, and
 * {@link StaffEmails#AGENCY_INSIGHTS_REPORT} for an agency's roll-up report), read in the delivery's
 * transaction bound to the shop, so only the shop's own report can be found; an agency's report is
 * read with the delivery bound to the agency <em>of that shop</em> (whose outbox carries it), so a
 * message can never attach another agency's report. Only READY reports are ever queued; a missing one
 * fails the delivery, which is retried rather than sent bare.
 */
@ApplicationScoped
public class ReportAttachments implements MailAttachments {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    TenantSession tenantSession;

    @Override
    public List<Email.Attachment> of(long shopId, String eventType, Map<String, Object> payload) {
        ReportOwner owner;
        String slug;
        if (StaffEmails.INSIGHTS_REPORT.equals(eventType)) {
            owner = ReportOwner.shop(shopId);
            slug = (String) em.createNativeQuery("select slug from shop where id = ?1").setParameter(1, shopId)
                    .getSingleResult();
        } else if (StaffEmails.AGENCY_INSIGHTS_REPORT.equals(eventType)) {
            List<?> agency = em.createNativeQuery("select a.id, a.slug from shop s join agency a on a.id = s.agency_id "
                    + "where s.id = ?1").setParameter(1, shopId).getResultList();
            if (agency.isEmpty()) {
                throw new IllegalStateException("Shop " + shopId + " carries an agency report but has no agency");
            }
            Object[] a = (Object[]) agency.get(0);
            owner = ReportOwner.agency(((Number) a[0]).longValue());
            slug = (String) a[1];
            tenantSession.bindAgency(owner.id());
        } else {
            return List.of();
        }
        long id = ((Number) payload.get("reportId")).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(owner.kind().sql("select pdf, kind, period_start, period_end, language "
                        + "from {reports} where id = ?1 and {owner} = ?2 and status = 'READY'"))
                .setParameter(1, id).setParameter(2, owner.id()).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("Report " + id + " of " + owner + " is not ready to attach");
        }
        Object[] r = rows.get(0);
        String name = slug + "-" + String.valueOf(r[1]).toLowerCase(Locale.ROOT) + "-" + r[2] + "-" + r[3] + "-" + r[4]
                + ".pdf";
        return List.of(new Email.Attachment(name, "application/pdf", (byte[]) r[0]));
    }
}
