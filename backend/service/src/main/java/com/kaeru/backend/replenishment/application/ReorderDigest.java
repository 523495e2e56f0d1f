package com.kaeru.backend.replenishment.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.backend.notifications.application.StaffNotices;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.replenishment.domain.AlertOrder;
import com.kaeru.backend.replenishment.domain.Recipient;
import com.kaeru.backend.replenishment.domain.ReorderAlert;
import com.kaeru.backend.replenishment.domain.ReplenishmentRepository;
import com.kaeru.backend.replenishment.domain.ShopManagers;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The daily e-mail of a shop's reorder alerts to its managers, each in their own language (the
 * shop's default when they have none). Once per shop and local day across instances: the day's
 * {@code reorder_digest} row is inserted in the same transaction that queues the mails in the
 * outbox, and its primary key lets exactly one transaction insert it — a second instance waits on
 * the first's insert, then finds the row and queues nothing. A failure before commit (the team
 * directory down) leaves no row, so the next run tries again. No alerts: the day is recorded and
 * nothing is sent.
 */
@ApplicationScoped
public class ReorderDigest {
    /** Lines listed in the mail, largest shortfall first; the console has the rest. */
    public static final int LISTED = 30;

    public enum Outcome { SENT, NO_ALERTS, NO_MANAGERS, ALREADY_DECIDED }

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @Inject
    TenantSession tenantSession;
    @Inject
    ReplenishmentRepository repository;
    @Inject
    ShopManagers managers;
    @Inject
    StaffNotices notices;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Outcome send(long shopId, LocalDate localDate, Instant now) {
        tenantSession.bind(shopId);
        if (repository.digestDecided(shopId, localDate)) {
            return Outcome.ALREADY_DECIDED;
        }
        Shop shop = em.find(Shop.class, shopId);
        long count = repository.countAlerts(shopId);
        List<Recipient> recipients = count == 0 ? List.of() : managers.of(shop.slug().value());
        if (!repository.claimDigest(shopId, localDate, (int) Math.min(count, Integer.MAX_VALUE), recipients.size())) {
            return Outcome.ALREADY_DECIDED;
        }
        if (count == 0) {
            return Outcome.NO_ALERTS;
        }
        if (recipients.isEmpty()) {
            return Outcome.NO_MANAGERS;
        }
        List<ReorderAlert> listed = repository.alerts(shopId, AlertOrder.DEFAULT, 0, LISTED);
        for (Recipient r : recipients) {
            String language = "en".equals(r.language()) || "ja".equals(r.language()) ? r.language() : shop.defaultLanguage();
            List<Map<String, Object>> lines = listed.stream().map(a -> line(a, language)).toList();
            notices.reorderDigest(shopId, r.email(), language, localDate, (int) count, lines,
                    (int) (count - listed.size()), now);
        }
        return Outcome.SENT;
    }

    private static Map<String, Object> line(ReorderAlert a, String language) {
        Map<String, Object> line = new HashMap<>();
        String name = "en".equals(language) ? a.productNameEn() : a.productNameJa();
        String variant = String.join(" ", java.util.stream.Stream.of(a.size(), a.color())
                .filter(v -> v != null && !v.isBlank()).toList());
        line.put("sku", a.sku());
        line.put("name", variant.isEmpty() ? name : name + " (" + variant + ")");
        line.put("available", Long.toString(a.available()));
        line.put("reorderPoint", Long.toString(a.reorderPoint()));
        line.put("avgDailySales", a.avgDailySales().stripTrailingZeros().toPlainString());
        line.put("leadTimeDays", Integer.toString(a.leadTimeDays()));
        line.put("safetyStock", Integer.toString(a.safetyStock()));
        line.put("incoming", Long.toString(a.incoming()));
        line.put("owed", a.backordered() > 0 ? Map.of("units", Long.toString(a.backordered())) : false);
        return line;
    }
}
