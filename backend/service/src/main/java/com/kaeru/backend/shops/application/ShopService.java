package com.kaeru.backend.shops.application;

import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.backend.platform.vocabulary.Vocabulary;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import com.kaeru.api.portal.PortalShopDto;
import com.kaeru.api.shops.BrandingUpdate;
import com.kaeru.api.shops.ReturnAddressDto;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.platform.errors.InvalidValueException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.returns.domain.DropOffPoint;
import com.kaeru.backend.returns.domain.PickupSlot;
import com.kaeru.backend.returns.domain.ReturnLogistics;
import com.kaeru.backend.tenancy.domain.Agency;
import com.kaeru.backend.tenancy.domain.AgencyRepository;
import com.kaeru.backend.tenancy.domain.ReturnAddress;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import com.kaeru.backend.tenancy.domain.ShopSlug;
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
    @Inject
    AgencyRepository agencies;
    @Inject
    TenantSession tenantSession;

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
                Vocabulary.allNamed(shop.returnMethods(), ReturnMethod.class),
                Vocabulary.allNamed(shop.refundMethods(), RefundMethod.class), PICKUP_SLOTS, ReturnLogistics.PICKUP_DAYS_AHEAD, DROP_OFF_POINTS,
                shop.isClosed());
    }

    /** An agency's client shops, for its admins. */
    @Transactional
    public List<ShopDto> agencyShops(String agencySlug) {
        access.requireAgencyAdmin(agencySlug);
        return shops.findAccessible(Set.of(), Set.of(agencySlug)).stream().map(ShopService::toDto).toList();
    }

    /**
     * Opens a client shop of an agency (its admins only) and binds the transaction to it, so the
     * caller can go on filling it (reasons, audit) in the same transaction. A new shop has no
     * policy rules of its own: the default policy applies until a manager writes one.
     *
     * @throws ShopSlugTakenException when the slug is in use
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Shop open(String agencySlug, String slug, String name, String language, String timeZone,
                     String currency, String brandColor) {
        access.requireAgencyAdmin(agencySlug);
        Agency agency = agencies.findBySlug(agencySlug)
                .orElseThrow(() -> new NotFoundException("problem.not-found.agency", agencySlug));
        if (shops.findBySlug(slug).isPresent()) {
            throw new ShopSlugTakenException(slug);
        }
        Shop shop = new Shop(new ShopSlug(slug), name.strip(), agency, language, zone(timeZone), currency(currency));
        shop.rebrand(name, brandColor, null);
        shops.save(shop);
        shops.flush();
        tenantSession.bind(shop.id());
        return shop;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidValueException("problem.shop.unknown-time-zone", id);
        }
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("problem.shop.unknown-currency", code);
        }
    }

    public static ShopDto toDto(Shop shop) {
        ReturnAddress address = shop.returnAddress();
        return new ShopDto(shop.slug().value(), shop.name(), shop.agencySlug(), shop.defaultLanguage(),
                shop.languages(), shop.timeZone().getId(), shop.currency().getCurrencyCode(), shop.brandColor(),
                shop.logoUrl(), address == null ? null : new ReturnAddressDto(address.recipient(), address.postalCode(),
                address.prefecture(), address.city(), address.addressLine(), address.phone()));
    }
}
