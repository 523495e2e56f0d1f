package com.kaeru.backend.access.application;

import com.kaeru.backend.access.domain.Permission;
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

    /**
     * Opens the shop for the current transaction.
     *
     * @return the shop, bound as the transaction's tenant
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Shop enter(String shopSlug, Permission permission) {
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
}
