package com.kaeru.backend.demo;

import java.time.ZoneId;
import java.util.Currency;

import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.reasons.domain.DefaultReturnReasons;
import com.kaeru.backend.reasons.domain.ReturnReasonRepository;
import com.kaeru.backend.tenancy.domain.Agency;
import com.kaeru.backend.tenancy.domain.AgencyRepository;
import com.kaeru.backend.tenancy.domain.ReturnAddress;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import com.kaeru.backend.tenancy.domain.ShopSlug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Idempotent creation of the demo agency and shops, one transaction each. */
@ApplicationScoped
public class DemoShops {
    @Inject
    AgencyRepository agencies;
    @Inject
    ShopRepository shops;
    @Inject
    ReturnReasonRepository reasons;
    @Inject
    TenantSession tenantSession;

    @Transactional
    public void ensureAgency(String slug, String name) {
        if (agencies.findBySlug(slug).isEmpty()) {
            agencies.save(new Agency(slug, name));
        }
    }

    @Transactional
    public void ensureShop(String slug, String name, String agencySlug, String language, String color,
                           ReturnAddress returnAddress) {
        Shop shop = shops.findBySlug(slug).orElseGet(() -> {
            Agency agency = agencySlug == null ? null : agencies.findBySlug(agencySlug).orElseThrow();
            Shop created = new Shop(new ShopSlug(slug), name, agency, language, ZoneId.of("Asia/Tokyo"),
                    Currency.getInstance("JPY"));
            created.rebrand(name, color, null);
            return shops.save(created);
        });
        shops.flush(); // a new shop gets its id
        // Bound before any change: row-level security lets only the bound shop's row be updated (V89).
        tenantSession.bind(shop.id());
        // Also for demo shops created before return addresses existed.
        if (shop.returnAddress() == null) {
            shop.changeReturnAddress(returnAddress);
        }
        for (var reason : DefaultReturnReasons.forShop(shop.id())) {
            if (!reasons.exists(shop.id(), reason.code())) {
                reasons.save(reason);
            }
        }
    }
}
