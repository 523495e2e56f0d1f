package com.kaeru.backend.returns.infrastructure;

import java.util.List;

import com.kaeru.backend.returns.domain.ReturnNote;
import com.kaeru.backend.returns.domain.ReturnNoteRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaReturnNoteRepository implements ReturnNoteRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Override
    public List<ReturnNote> findByReturn(long shopId, long returnId) {
        return em.createQuery("select n from ReturnNote n where n.shopId = :shop and n.returnId = :request "
                        + "order by n.createdAt, n.id", ReturnNote.class)
                .setParameter("shop", shopId).setParameter("request", returnId).getResultList();
    }

    @Override
    public void add(ReturnNote note) {
        em.persist(note);
        em.flush();
    }
}
