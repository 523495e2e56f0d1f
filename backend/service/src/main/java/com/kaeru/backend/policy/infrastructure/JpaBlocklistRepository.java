package com.kaeru.backend.policy.infrastructure;

import java.util.List;
import java.util.Optional;

import com.kaeru.backend.platform.persistence.SqlValues;
import com.kaeru.backend.policy.domain.BlocklistEntry;
import com.kaeru.backend.policy.domain.BlocklistRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Plain SQL on {@code customer_blocklist}; row-level security keeps every statement in the bound shop. */
@ApplicationScoped
public class JpaBlocklistRepository implements BlocklistRepository {
    private static final String COLUMNS = "id, shop_id, email, phone, reason, created_by, created_at";

    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public List<BlocklistEntry> findByShop(long shopId) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from customer_blocklist where shop_id = ?1 "
                + "order by created_at desc, id desc").setParameter(1, shopId).getResultList());
    }

    @Override
    public Optional<BlocklistEntry> add(long shopId, String email, String phone, String reason, String createdBy) {
        // The conflict target names the partial unique index that applies (V94).
        String target = email != null ? "(shop_id, email) where email is not null" : "(shop_id, phone) where phone is not null";
        return rows(em.createNativeQuery("insert into customer_blocklist (shop_id, email, phone, reason, created_by) "
                        + "values (?1, ?2, ?3, ?4, ?5) on conflict " + target + " do nothing returning " + COLUMNS)
                .setParameter(1, shopId).setParameter(2, email).setParameter(3, phone).setParameter(4, reason)
                .setParameter(5, createdBy).getResultList()).stream().findFirst();
    }

    @Override
    public Optional<BlocklistEntry> remove(long shopId, long id) {
        return rows(em.createNativeQuery("delete from customer_blocklist where shop_id = ?1 and id = ?2 returning " + COLUMNS)
                .setParameter(1, shopId).setParameter(2, id).getResultList()).stream().findFirst();
    }

    private static List<BlocklistEntry> rows(List<?> rows) {
        return rows.stream().map(o -> (Object[]) o).map(r -> new BlocklistEntry(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                SqlValues.instant(r[6]))).toList();
    }
}
