package com.kaeru.backend.tenancy.infrastructure;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaShopRepository implements ShopRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<Shop> findBySlug(String slug) {
        // The agency in the same statement: every portal and staff call reads its shop, and the eager
        // association on its own took a second round trip each time.
        return em.createQuery("select s from Shop s left join fetch s.agency where s.slug = :slug", Shop.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Shop> findById(long id) {
        return em.createQuery("select s from Shop s left join fetch s.agency where s.id = :id", Shop.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<Shop> findAccessible(Collection<String> shopSlugs, Collection<String> agencySlugs) {
        if (shopSlugs.isEmpty() && agencySlugs.isEmpty()) {
            return List.of();
        }
        // An empty IN list is invalid SQL; a slug that cannot exist keeps the query well-formed.
        return em.createQuery("select s from Shop s left join s.agency a "
                        + "where s.slug in :slugs or a.slug in :agencies order by s.name", Shop.class)
                .setParameter("slugs", shopSlugs.isEmpty() ? List.of("-") : shopSlugs)
                .setParameter("agencies", agencySlugs.isEmpty() ? List.of("-") : agencySlugs)
                .getResultList();
    }

    @Override
    public Shop save(Shop shop) {
        em.persist(shop);
        return shop;
    }

    @Override
    public void flush() {
        em.flush();
    }
}
