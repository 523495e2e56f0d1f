package com.kaeru.backend.shops.infrastructure;

import java.util.List;
import java.util.Optional;

import com.kaeru.backend.shops.domain.ShopLogoRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Logos in {@code shop_logo} (row-level security: the transaction must be bound to the shop). */
@ApplicationScoped
public class SqlShopLogoRepository implements ShopLogoRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<Logo> find(long shopId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select content_type, sha256, data from shop_logo where shop_id = ?1")
                .setParameter(1, shopId).getResultList();
        return rows.stream().findFirst().map(r -> new Logo((String) r[0], ((String) r[1]).strip(), (byte[]) r[2]));
    }

    @Override
    public void save(long shopId, Logo logo) {
        em.createNativeQuery("insert into shop_logo (shop_id, content_type, size_bytes, sha256, data) "
                        + "values (?1, ?2, ?3, ?4, ?5) on conflict (shop_id) do update set content_type = excluded.content_type, "
                        + "size_bytes = excluded.size_bytes, sha256 = excluded.sha256, data = excluded.data, uploaded_at = now()")
                .setParameter(1, shopId).setParameter(2, logo.contentType()).setParameter(3, logo.data().length)
                .setParameter(4, logo.sha256()).setParameter(5, logo.data()).executeUpdate();
    }

    @Override
    public void delete(long shopId) {
        em.createNativeQuery("delete from shop_logo where shop_id = ?1").setParameter(1, shopId).executeUpdate();
    }
}
