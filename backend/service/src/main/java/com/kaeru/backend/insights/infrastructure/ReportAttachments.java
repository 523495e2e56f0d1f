package com.kaeru.backend.insights.infrastructure;

import java.util.List;
import java.util.Map;

import com.kaeru.backend.notifications.application.MailAttachments;
import com.kaeru.backend.notifications.application.StaffEmails;
import com.kaeru.backend.notifications.domain.Email;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Attaches an archived report's PDF to its e-mail ({@link StaffEmails#INSIGHTS_REPORT}), read in the
 * delivery's transaction (bound to the shop, so only the shop's own report can be found). Only READY
 * reports are ever queued; a missing one fails the delivery, which is retried rather than sent bare.
 */
@ApplicationScoped
public class ReportAttachments implements MailAttachments {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public List<Email.Attachment> of(long shopId, String eventType, Map<String, Object> payload) {
        if (!StaffEmails.INSIGHTS_REPORT.equals(eventType)) {
            return List.of();
        }
        long id = ((Number) payload.get("reportId")).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.pdf, s.slug, r.kind, r.period_start, r.period_end, r.language "
                        + "from insights_report r join shop s on s.id = r.shop_id "
                        + "where r.id = ?1 and r.shop_id = ?2 and r.status = 'READY'")
                .setParameter(1, id).setParameter(2, shopId).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("Report " + id + " of shop " + shopId + " is not ready to attach");
        }
        Object[] r = rows.get(0);
        String name = r[1] + "-" + String.valueOf(r[2]).toLowerCase(java.util.Locale.ROOT) + "-" + r[3] + "-" + r[4]
                + "-" + r[5] + ".pdf";
        return List.of(new Email.Attachment(name, "application/pdf", (byte[]) r[0]));
    }
}
