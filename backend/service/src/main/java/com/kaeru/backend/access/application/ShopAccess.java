package com.kaeru.backend.access.application;

import com.kaeru.backend.access.domain.ApiKeys;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.platform.errors.NotAuthenticatedException;
import com.kaeru.backend.platform.errors.AccessDeniedException;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * The one door into a shop's data for staff use cases: checks that the caller holds a role with
 * the permission in that shop, then binds the transaction to the shop for row-level security.
 * A shop the caller has no role in is refused with 403 whether it exists or not, so slugs cannot
 * be probed.
 */
@ApplicationScoped
public class ShopAccess {
    @Inject
    Caller caller;
    @Inject
    ShopRepository shops;
    @Inject
    TenantSession tenantSession;
    @jakarta.persistence.PersistenceContext(unitName = "kaeru")
    jakarta.persistence.EntityManager em;

    /**
     * Opens the shop for the current transaction.
     *
     * @return the shop, bound as the transaction's tenant
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Shop enter(String shopSlug, Permission permission) {
        if (!caller.isAuthenticated() && caller.presentedApiKey() != null) {
            return enterWithApiKey(shopSlug, permission, caller.presentedApiKey());
        }
        caller.requireAuthenticated();
        Shop shop = shops.findBySlug(shopSlug)
                .orElseThrow(() -> new AccessDeniedException("problem.forbidden.no-shop-access", shopSlug));
        var roles = caller.memberships().rolesIn(shop.slug().value(), shop.agencySlug());
        if (roles.isEmpty()) {
            throw new AccessDeniedException("problem.forbidden.no-shop-access", shopSlug);
        }
        if (roles.stream().noneMatch(role -> role.grants(permission))) {
            throw new AccessDeniedException("problem.forbidden.missing-permission", shopSlug, permission.name());
        }
        tenantSession.bind(shop.id());
        return shop;
    }

    /**
     * The caller's permissions in a shop they entered (for showing what they may do, never for
     * deciding: every use case still enters with the permission it needs). An API key holds the
     * permissions keys may have.
     */
    public java.util.Set<Permission> permissionsIn(Shop shop) {
        if (!caller.isAuthenticated() && caller.presentedApiKey() != null) {
            return java.util.Set.copyOf(ApiKeys.PERMISSIONS);
        }
        java.util.Set<Permission> permissions = java.util.EnumSet.noneOf(Permission.class);
        caller.memberships().rolesIn(shop.slug().value(), shop.agencySlug())
                .forEach(role -> permissions.addAll(role.permissions()));
        return permissions;
    }

    /**
     * Refuses (403) a caller who is not an admin of {@code agencySlug}. Checked before anything is
     * looked up, so agencies cannot be probed.
     */
    public void requireAgencyAdmin(String agencySlug) {
        caller.requireAuthenticated();
        if (!caller.memberships().administeredAgencies().contains(agencySlug)) {
            throw new AccessDeniedException("problem.forbidden.not-agency-admin", agencySlug);
        }
    }

    /**
     * Opens every shop of an agency for reading in the current transaction ("all my shops"): only an
     * admin of the agency may, and the database then shows those shops' rows and refuses any write
     * ({@link TenantSession#bindForReading}).
     *
     * @return the agency's shops (none when it has no shop yet: then nothing is bound)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.List<Shop> enterAgencyForReading(String agencySlug) {
        requireAgencyAdmin(agencySlug);
        java.util.List<Shop> agencyShops = shops.findAccessible(java.util.List.of(), java.util.List.of(agencySlug));
        if (!agencyShops.isEmpty()) {
            tenantSession.bindForReading(agencyShops.stream().map(Shop::id).toList());
        }
        return agencyShops;
    }

    /** Keys are per shop: the key must belong to the shop in the URL, be unrevoked, and allow the permission. */
    private Shop enterWithApiKey(String shopSlug, Permission permission, String presented) {
        var parts = ApiKeys.parse(presented).orElseThrow(NotAuthenticatedException::new);
        Shop shop = shops.findBySlug(shopSlug).orElseThrow(NotAuthenticatedException::new);
        tenantSession.bind(shop.id());
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("select name, secret_hash, revoked_at is not null, "
                        + "last_used_at is null or last_used_at < now() - interval '1 minute' "
                        + "from api_key where shop_id = ?1 and prefix = ?2")
                .setParameter(1, shop.id()).setParameter(2, parts[0]).getResultList();
        if (rows.isEmpty() || Boolean.TRUE.equals(rows.get(0)[2]) || !ApiKeys.matches(parts[1], (String) rows.get(0)[1])) {
            throw new NotAuthenticatedException();
        }
        if (!ApiKeys.PERMISSIONS.contains(permission)) {
            throw new AccessDeniedException("problem.forbidden.missing-permission", shopSlug, permission.name());
        }
        if (Boolean.TRUE.equals(rows.get(0)[3])) {
            em.createNativeQuery("update api_key set last_used_at = now() where shop_id = ?1 and prefix = ?2")
                    .setParameter(1, shop.id()).setParameter(2, parts[0]).executeUpdate();
        }
        caller.actAsApiKey((String) rows.get(0)[0]);
        return shop;
    }
}
