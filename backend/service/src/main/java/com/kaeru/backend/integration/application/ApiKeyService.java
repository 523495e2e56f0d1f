package com.kaeru.backend.integration.application;

import java.time.Instant;
import java.util.List;

import com.kaeru.api.keys.ApiKeyDto;
import com.kaeru.api.keys.NewApiKeyDto;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.ApiKeys;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.platform.persistence.SqlValues;
import com.kaeru.backend.tenancy.domain.Shop;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Managers create, list and revoke their shop's API keys; every change is audited. */
@ApplicationScoped
public class ApiKeyService {
    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    AuditTrail audit;
    @PersistenceContext(unitName = "kaeru")
    EntityManager em;

    @Transactional
    public List<ApiKeyDto> list(String slug) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select prefix, name, created_by, created_at, last_used_at, revoked_at "
                + "from api_key where shop_id = ?1 order by created_at desc").setParameter(1, shop.id()).getResultList();
        return rows.stream().map(ApiKeyService::toDto).toList();
    }

    @Transactional
    public NewApiKeyDto create(String slug, String name) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        ApiKeys.NewKey key = ApiKeys.generate();
        em.createNativeQuery("insert into api_key (shop_id, name, prefix, secret_hash, created_by) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, shop.id()).setParameter(2, name.strip()).setParameter(3, key.prefix())
                .setParameter(4, key.secretHash()).setParameter(5, caller.username()).executeUpdate();
        audit.record(shop.id(), "API_KEY", key.prefix(), "API_KEY_CREATED", null, null, caller.username(), name,
                Instant.now());
        return new NewApiKeyDto(key.prefix(), name.strip(), key.fullKey());
    }

    @Transactional
    public ApiKeyDto revoke(String slug, String prefix) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        int updated = em.createNativeQuery("update api_key set revoked_at = now(), revoked_by = ?3 "
                        + "where shop_id = ?1 and prefix = ?2 and revoked_at is null")
                .setParameter(1, shop.id()).setParameter(2, prefix).setParameter(3, caller.username()).executeUpdate();
        if (updated == 1) {
            audit.record(shop.id(), "API_KEY", prefix, "API_KEY_REVOKED", null, null, caller.username(), null, Instant.now());
        }
        return list(slug).stream().filter(k -> k.prefix().equals(prefix)).findFirst()
                .orElseThrow(() -> new NotFoundException("problem.not-found.api-key", prefix));
    }

    private static ApiKeyDto toDto(Object[] r) {
        return new ApiKeyDto((String) r[0], (String) r[1], (String) r[2], SqlValues.instant(r[3]),
                SqlValues.instant(r[4]), SqlValues.instant(r[5]));
    }
}
