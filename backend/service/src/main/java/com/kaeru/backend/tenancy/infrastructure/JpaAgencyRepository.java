package com.kaeru.backend.tenancy.infrastructure;

import java.util.Optional;

import com.kaeru.backend.tenancy.domain.Agency;
import com.kaeru.backend.tenancy.domain.AgencyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaAgencyRepository implements AgencyRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public Optional<Agency> findBySlug(String slug) {
        return em.createQuery("select a from Agency a where a.slug = :slug", Agency.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public Agency save(Agency agency) {
        em.persist(agency);
        return agency;
    }
}
