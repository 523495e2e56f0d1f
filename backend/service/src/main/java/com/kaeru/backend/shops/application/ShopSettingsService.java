package com.kaeru.backend.shops.application;

import com.kaeru.api.vocabulary.WindowAnchor;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.backend.platform.vocabulary.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import com.kaeru.api.ApiPaths;
import com.kaeru.api.settings.ApprovalLimitChangeDto;
import com.kaeru.api.settings.ReturnAddressUpdate;
import com.kaeru.api.settings.ShopSettingsDto;
import com.kaeru.api.settings.ShopSettingsUpdate;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.backend.access.application.Caller;
import com.kaeru.backend.access.application.ShopAccess;
import com.kaeru.backend.access.domain.Permission;
import com.kaeru.backend.audit.application.AuditTrail;
import com.kaeru.backend.platform.errors.InvalidFieldsException;
import com.kaeru.backend.platform.errors.PayloadTooLargeException;
import com.kaeru.backend.platform.errors.UnsupportedMediaException;
import com.kaeru.backend.platform.media.ImageTypes;
import com.kaeru.backend.platform.persistence.TenantSession;
import com.kaeru.backend.shops.domain.ApprovalLimitChange;
import com.kaeru.backend.shops.domain.ApprovalLimitChangeRepository;
import com.kaeru.backend.shops.domain.ApprovalLimitException;
import com.kaeru.backend.shops.domain.ShopLogoRepository;
import com.kaeru.backend.tenancy.domain.ReturnAddress;
import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Managers' shop settings: languages, refund rules, return and refund methods, the return address
 * and the logo. Every change is
 * audited on the shop ({@code SHOP}, slug) with what it became.
 */
@ApplicationScoped
public class ShopSettingsService {
    /** Logos are shown small (portal header, label corner); 512 KB is plenty and keeps pages fast. */
    public static final int MAX_LOGO_BYTES = 512 * 1024;

    @Inject
    ShopAccess access;
    @Inject
    Caller caller;
    @Inject
    ShopRepository shops;
    @Inject
    ShopLogoRepository logos;
    @Inject
    TenantSession tenantSession;
    @Inject
    AuditTrail audit;
    @Inject
    ApprovalLimitChangeRepository limitChanges;

    @Transactional
    public ShopSettingsDto get(String slug) {
        return view(access.enter(slug, Permission.MANAGE_SETTINGS));
    }

    @Transactional
    public ShopSettingsDto update(String slug, ShopSettingsUpdate u) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        if (!u.languages.contains(u.defaultLanguage)) {
            throw new InvalidFieldsException(java.util.List.of(new InvalidFieldsException.Issue("defaultLanguage",
                    "problem.settings.default-language-offered")));
        }
        java.util.List<InvalidFieldsException.Issue> duplicates = new java.util.ArrayList<>();
        if (u.returnMethods.stream().distinct().count() != u.returnMethods.size()) {
            duplicates.add(new InvalidFieldsException.Issue("returnMethods", "problem.settings.duplicate"));
        }
        if (u.refundMethods.stream().distinct().count() != u.refundMethods.size()) {
            duplicates.add(new InvalidFieldsException.Issue("refundMethods", "problem.settings.duplicate-refund"));
        }
        if (!duplicates.isEmpty()) {
            throw new InvalidFieldsException(duplicates);
        }
        shop.offerLanguages(u.defaultLanguage, u.languages.stream().distinct().toList());
        // The limit itself changes only with a second person: a different value becomes a proposal.
        long currentLimit = shop.refundApprovalLimitMinor();
        shop.configureRefunds(u.refundDeadlineHours, currentLimit, u.returnWindowAnchor.name());
        if (u.refundApprovalLimitMinor != currentLimit) {
            propose(shop, u.refundApprovalLimitMinor);
        }
        shop.offerReturnMethods(Vocabulary.names(u.returnMethods));
        shop.offerRefundMethods(Vocabulary.names(u.refundMethods));
        audit.record(shop.id(), "SHOP", shop.slug().value(), "SETTINGS_CHANGED", null, null, caller.username(),
                "languages=" + shop.languages() + " (default " + shop.defaultLanguage() + "), refund deadline "
                        + u.refundDeadlineHours + " h, approval limit " + currentLimit + ", window from "
                        + u.returnWindowAnchor + ", methods=" + shop.returnMethods() + ", refunds="
                        + shop.refundMethods(), Instant.now());
        return view(shop);
    }

    /** Proposes a new approval limit; it applies when another manager approves it. */
    @Transactional
    public ShopSettingsDto proposeApprovalLimit(String slug, long limitMinor) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        propose(shop, limitMinor);
        return view(shop);
    }

    private void propose(Shop shop, long limitMinor) {
        Instant now = Instant.now();
        limitChanges.pendingForUpdate(shop.id()).ifPresent(old -> {
            old.supersede(caller.username(), now);
            limitChanges.save(old);
        });
        ApprovalLimitChange change = limitChanges.save(new ApprovalLimitChange(shop.id(), limitMinor, caller.username(), now));
        audit.record(shop.id(), "SHOP", shop.slug().value(), "APPROVAL_LIMIT_PROPOSED", null, null, caller.username(),
                "proposal " + change.id() + ": " + shop.refundApprovalLimitMinor() + " -> " + limitMinor, now);
    }

    /** A second person approves a proposed limit: it applies at once. */
    @Transactional
    public ShopSettingsDto approveApprovalLimit(String slug, long id) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        ApprovalLimitChange change = waiting(shop, id);
        long before = shop.refundApprovalLimitMinor();
        Instant now = Instant.now();
        change.approve(shop, caller.username(), now);
        limitChanges.save(change);
        audit.record(shop.id(), "SHOP", shop.slug().value(), "APPROVAL_LIMIT_CHANGED", null, null, caller.username(),
                "proposal " + id + " by " + change.proposedBy() + ": " + before + " -> " + change.limitMinor(), now);
        return view(shop);
    }

    /** Rejects (or, by its proposer, withdraws) a proposed limit; the limit stays. */
    @Transactional
    public ShopSettingsDto rejectApprovalLimit(String slug, long id) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        ApprovalLimitChange change = waiting(shop, id);
        Instant now = Instant.now();
        change.reject(caller.username(), now);
        limitChanges.save(change);
        audit.record(shop.id(), "SHOP", shop.slug().value(), "APPROVAL_LIMIT_REJECTED", null, null, caller.username(),
                "proposal " + id + " by " + change.proposedBy() + ": " + change.limitMinor(), now);
        return view(shop);
    }

    private ApprovalLimitChange waiting(Shop shop, long id) {
        return limitChanges.pendingForUpdate(shop.id()).filter(c -> c.id() == id)
                .orElseThrow(() -> ApprovalLimitException.notPending(id));
    }

    private ShopSettingsDto view(Shop shop) {
        ShopSettingsDto dto = toDto(shop);
        return limitChanges.pending(shop.id())
                .map(c -> new ShopSettingsDto(dto.defaultLanguage(), dto.languages(), dto.refundDeadlineHours(),
                        dto.refundApprovalLimitMinor(), dto.returnWindowAnchor(), dto.returnMethods(),
                        dto.supportedReturnMethods(), dto.refundMethods(), dto.supportedRefundMethods(), dto.currency(),
                        dto.timeZone(), new ApprovalLimitChangeDto(c.id(), c.limitMinor(), c.proposedBy(),
                        c.proposedAt())))
                .orElse(dto);
    }

    /**
     * Sets where returned parcels go: every prepaid label issued from now on is addressed to it
     * (labels are drawn on download, so reprints of open returns follow too).
     */
    @Transactional
    public ShopDto changeReturnAddress(String slug, ReturnAddressUpdate u) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        ReturnAddress address;
        try {
            address = new ReturnAddress(u.recipient, u.postalCode == null ? null : u.postalCode.strip(), u.prefecture,
                    u.city, u.addressLine, u.phone);
        } catch (IllegalArgumentException e) {
            // Bean validation has already checked each field; this is the value object's last word.
            throw new InvalidFieldsException(java.util.List.of(new InvalidFieldsException.Issue("postalCode",
                    "problem.settings.return-address")));
        }
        shop.changeReturnAddress(address);
        audit.record(shop.id(), "SHOP", shop.slug().value(), "RETURN_ADDRESS_CHANGED", null, null, caller.username(),
                "〒" + address.postalCode() + " " + address.prefecture() + address.city() + " " + address.addressLine()
                        + " " + address.recipient() + (address.phone() == null ? "" : " " + address.phone()),
                Instant.now());
        return ShopService.toDto(shop);
    }

    /** Stores the image (its type read from its bytes) and points the shop's logo URL at the public copy. */
    @Transactional
    public ShopDto uploadLogo(String slug, InputStream image) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        byte[] data = readCapped(image);
        String type = ImageTypes.sniff(data).orElseThrow(() -> new UnsupportedMediaException("problem.logo.type"));
        // Labels decode the logo: its declared size is checked before anything decodes it.
        ImageTypes.Size size = ImageTypes.size(data).orElseThrow(() -> new UnsupportedMediaException("problem.logo.type"));
        if (!size.within(ImageTypes.LOGO_MAX_SIDE, (long) ImageTypes.LOGO_MAX_SIDE * ImageTypes.LOGO_MAX_SIDE)) {
            throw new PayloadTooLargeException("problem.logo.too-many-pixels", ImageTypes.LOGO_MAX_SIDE);
        }
        String sha = sha256(data);
        logos.save(shop.id(), new ShopLogoRepository.Logo(type, sha, data));
        shop.rebrand(shop.name(), shop.brandColor(), logoPath(shop.slug().value(), sha));
        audit.record(shop.id(), "SHOP", shop.slug().value(), "LOGO_UPLOADED", null, null, caller.username(),
                type + ", " + data.length + " bytes, sha256 " + sha.substring(0, 12), Instant.now());
        return ShopService.toDto(shop);
    }

    @Transactional
    public ShopDto removeLogo(String slug) {
        Shop shop = access.enter(slug, Permission.MANAGE_SETTINGS);
        logos.delete(shop.id());
        shop.rebrand(shop.name(), shop.brandColor(), null);
        audit.record(shop.id(), "SHOP", shop.slug().value(), "LOGO_REMOVED", null, null, caller.username(), null,
                Instant.now());
        return ShopService.toDto(shop);
    }

    /** The public logo (no login: the portal, e-mails and labels load it); bound to the shop for RLS. */
    @Transactional
    public Optional<ShopLogoRepository.Logo> publicLogo(String slug) {
        return shops.findBySlug(slug).flatMap(shop -> {
            tenantSession.bind(shop.id());
            return logos.find(shop.id());
        });
    }

    /**
     * Site-relative, so the portal loads it from its own origin and the label renderer resolves it
     * against the portal's base URL; the hash makes each upload a new URL (safe to cache for long).
     */
    public static String logoPath(String slug, String sha256) {
        return ApiPaths.BASE + "/portal/shops/" + slug + "/logo/" + sha256.substring(0, 16);
    }

    private static byte[] readCapped(InputStream upload) {
        try {
            byte[] data = upload == null ? new byte[0] : upload.readNBytes(MAX_LOGO_BYTES + 1);
            if (data.length > MAX_LOGO_BYTES) {
                throw new PayloadTooLargeException("problem.logo.too-large", MAX_LOGO_BYTES / 1024);
            }
            if (data.length == 0) {
                throw new UnsupportedMediaException("problem.logo.type");
            }
            return data;
        } catch (IOException e) {
            throw new UnsupportedMediaException("problem.logo.type");
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static ShopSettingsDto toDto(Shop shop) {
        return new ShopSettingsDto(shop.defaultLanguage(), shop.languages(), (int) shop.refundDeadline().toHours(),
                shop.refundApprovalLimitMinor(), Vocabulary.named(shop.returnWindowAnchor(), WindowAnchor.class),
                Vocabulary.allNamed(shop.returnMethods(), ReturnMethod.class),
                Vocabulary.allNamed(Shop.RETURN_METHODS, ReturnMethod.class),
                Vocabulary.allNamed(shop.refundMethods(), RefundMethod.class),
                Vocabulary.allNamed(Shop.REFUND_METHODS, RefundMethod.class),
                shop.currency().getCurrencyCode(), shop.timeZone().getId());
    }
}
