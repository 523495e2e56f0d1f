package com.kaeru.backend.policy.infrastructure;

import java.util.List;

import com.kaeru.backend.policy.domain.CustomerContact;
import com.kaeru.backend.policy.domain.PolicyRule;
import com.kaeru.backend.policy.domain.PolicyRuleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaPolicyRuleRepository implements PolicyRuleRepository {
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;
    @jakarta.inject.Inject
    com.kaeru.backend.platform.persistence.ShopConfigCache configCache;

    @Override
    public List<PolicyRule> findByShop(long shopId) {
        return em.createQuery("select r from PolicyRule r where r.shopId = :shop order by r.position", PolicyRule.class)
                .setParameter("shop", shopId).getResultList();
    }

    @Override
    public void replace(long shopId, List<PolicyRule> rules) {
        configCache.changed(shopId);
        em.createQuery("delete from PolicyRule r where r.shopId = :shop").setParameter("shop", shopId).executeUpdate();
        em.flush();
        rules.forEach(em::persist);
        em.flush();
    }

    @Override
    public boolean blocklisted(long shopId, String email, String phone) {
        // Entries are stored normalised (V94, BlocklistService), so both sides compare in one form.
        String listedEmail = CustomerContact.email(email);
        String listedPhone = CustomerContact.phone(phone);
        if (listedEmail == null && listedPhone == null) {
            return false;
        }
        Number count = (Number) em.createNativeQuery("select count(*) from customer_blocklist where shop_id = ?1 and "
                        + "(email = ?2 or phone = ?3)")
                .setParameter(1, shopId).setParameter(2, listedEmail == null ? "" : listedEmail)
                .setParameter(3, listedPhone == null ? "" : listedPhone)
                .getSingleResult();
        return count.longValue() > 0;
    }
}
