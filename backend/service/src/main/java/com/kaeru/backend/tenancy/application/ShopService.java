package com.kaeru.backend.tenancy.application;

import java.util.Arrays;
import java.util.List;

import com.kaeru.api.portal.PortalShopDto;
import com.kaeru.api.shops.BrandingUpdate;
import com.kaeru.api.shops.ReturnAddressDto;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.returns.domain.DropOffPoint;
import com.kaeru.backend.returns.domain.PickupSlot;
import com.kaeru.backend.returns.domain.ReturnLogistics;
import com.kaeru.backend.tenancy.domain.ReturnAddress;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Shop use cases for staff and for the public portal. */
@ApplicationScoped
public class ShopService {
    @Inject
    ShopAccess access;
    @Inject
    ShopRepository shops;
    @Inject
    com.kaeru.backend.access.application.Caller caller;
    @Inject
    com.kaeru.backend.audit.application.AuditTrail audit;

    /** Any role in the shop may see it. */
    @Transactional
    public ShopDto shop(String slug) {
        return toDto(access.enter(slug, Permission.VIEW_SHOP));
    }

    /** Managers (and agency admins) change the portal branding. */
    @Transactional
    public ShopDto updateBranding(String slug, BrandingUpdate branding) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        shop.rebrand(branding.name, branding.brandColor, branding.logoUrl);
        audit.record(shop.id(), "SHOP", shop.slug().value(), "BRANDING_CHANGED", null, null, caller.username(),
                shop.name() + ", " + shop.brandColor() + (shop.logoUrl() == null ? "" : ", " + shop.logoUrl()),
                java.time.Instant.now());
        return toDto(shop);
    }

    private static final List<String> PICKUP_SLOTS = Arrays.stream(PickupSlot.values()).map(Enum::name).toList();
    private static final List<String> DROP_OFF_POINTS =
            Arrays.stream(DropOffPoint.values()).map(Enum::name).toList();

    /** Public branding and return options; nothing private leaves through here. */
    @Transactional
    public PortalShopDto portalShop(String slug) {
        Shop shop = shops.findBySlug(slug).orElseThrow(() -> new NotFoundException("problem.not-found.shop", slug));
        return new PortalShopDto(shop.slug().value(), shop.name(), shop.brandColor(), shop.logoUrl(),
                shop.defaultLanguage(), shop.languages(), shop.timeZone().getId(), shop.currency().getCurrencyCode(),
                shop.returnMethods(), PICKUP_SLOTS, ReturnLogistics.PICKUP_DAYS_AHEAD, DROP_OFF_POINTS);
    }

    static ShopDto toDto(Shop shop) {
        ReturnAddress address = shop.returnAddress();
        return new ShopDto(shop.slug().value(), shop.name(), shop.agencySlug(), shop.defaultLanguage(),
                shop.languages(), shop.timeZone().getId(), shop.currency().getCurrencyCode(), shop.brandColor(),
                shop.logoUrl(), address == null ? null : new ReturnAddressDto(address.recipient(), address.postalCode(),
                address.prefecture(), address.city(), address.addressLine(), address.phone()));
    }
}
