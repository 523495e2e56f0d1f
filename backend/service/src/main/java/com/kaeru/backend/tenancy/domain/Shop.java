package com.kaeru.backend.tenancy.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A shop: the tenant. Knows its locale, time zone, currency and portal branding, and refuses
 * values that would break the portal (unknown language, bad colour, unknown zone).
 */
@Entity
@Table(name = "shop")
@Cacheable(false)
public class Shop {
    public static final List<String> SUPPORTED_LANGUAGES = List.of("ja", "en");
    /** Every return method Kaeru supports; a shop offers a non-empty subset. */
    public static final List<String> RETURN_METHODS = List.of("PREPAID_LABEL", "DROP_OFF", "PICKUP");
    /** Every refund method Kaeru supports (all digital); a shop offers a non-empty subset. */
    public static final List<String> REFUND_METHODS = List.of("ORIGINAL_PAYMENT", "STORE_CREDIT", "GIFT_CODE");
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 63)
    private String slug;

    @Column(nullable = false, length = 80)
    private String name;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(name = "default_language", nullable = false, length = 8)
    private String defaultLanguage;

    /** Comma-separated, e.g. {@code ja,en}. */
    @Column(nullable = false, length = 40)
    private String languages;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "brand_color", nullable = false, length = 7)
    private String brandColor;

    @Column(name = "logo_url", length = 500)
    private String logoUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "refund_deadline_hours", nullable = false)
    private int refundDeadlineHours = 24;

    @Column(name = "refund_approval_limit_minor", nullable = false)
    private long refundApprovalLimitMinor = 30_000;

    @Column(name = "return_window_anchor", nullable = false)
    private String returnWindowAnchor = "DELIVERY";

    /** Comma-separated codes of the return methods offered, in the shop's order of preference. */
    @Column(name = "return_methods", nullable = false, length = 60)
    private String returnMethods = String.join(",", RETURN_METHODS);

    /** Comma-separated codes of the refund methods offered, in the shop's order of preference (V70). */
    @Column(name = "refund_methods", nullable = false, length = 60)
    private String refundMethods = String.join(",", REFUND_METHODS);

    // The return address: all set or all null (a check constraint in V20 says the same).
    @Column(name = "return_recipient", length = 120)
    private String returnRecipient;
    @Column(name = "return_postal_code", length = 8)
    private String returnPostalCode;
    @Column(name = "return_prefecture", length = 10)
    private String returnPrefecture;
    @Column(name = "return_city", length = 100)
    private String returnCity;
    @Column(name = "return_address_line", length = 200)
    private String returnAddressLine;
    @Column(name = "return_phone", length = 20)
    private String returnPhone;

    /** Closing (docs/data-export.md): set together, cleared together by {@link #reopen}. */
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by", length = 200)
    private String closedBy;
    @Column(name = "deletion_due_at")
    private Instant deletionDueAt;
    /** Written only by the deletion job (as the schema owner), never through this entity. */
    @Column(name = "data_deleted_at", insertable = false, updatable = false)
    private Instant dataDeletedAt;

    @Version
    private long version;

    protected Shop() {
    }

    public Shop(ShopSlug slug, String name, Agency agency, String defaultLanguage, ZoneId timeZone,
                Currency currency) {
        this.slug = slug.value();
        this.agency = agency;
        this.defaultLanguage = requireLanguage(defaultLanguage);
        this.languages = String.join(",", SUPPORTED_LANGUAGES);
        this.timeZone = timeZone.getId();
        this.currency = currency.getCurrencyCode();
        this.createdAt = Instant.now();
        rebrand(name, "#2F6F5E", null);
    }

    /**
     * Closes the shop: its portal takes no new returns, and its data may be deleted once {@code grace} has passed.
     *
     * @throws ShopClosedException when it is closed already
     */
    public void close(String actor, Instant now, java.time.Duration grace) {
        if (isClosed()) {
            throw new ShopClosedException("problem.shop.already-closed", name);
        }
        this.closedAt = now;
        this.closedBy = actor;
        this.deletionDueAt = now.plus(grace);
    }

    /**
     * Opens a closed shop again, before its data was deleted.
     *
     * @throws ShopClosedException when it is open, or its data is gone
     */
    public void reopen() {
        if (!isClosed() || dataDeletedAt != null) {
            throw new ShopClosedException(isClosed() ? "problem.shop.data-deleted" : "problem.shop.not-closed", name);
        }
        this.closedAt = null;
        this.closedBy = null;
        this.deletionDueAt = null;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** Refuses (409) what a closed shop no longer does: order lookups and new returns in its portal. */
    public void requireOpen() {
        if (isClosed()) {
            throw new ShopClosedException("problem.shop.closed", name);
        }
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant deletionDueAt() {
        return deletionDueAt;
    }

    public Instant dataDeletedAt() {
        return dataDeletedAt;
    }

    /** Changes the portal branding; refuses an empty name or a malformed colour. */
    public void rebrand(String newName, String newBrandColor, String newLogoUrl) {
        if (newName == null || newName.isBlank() || newName.length() > 80) {
            throw new IllegalArgumentException("Shop name must have 1–80 characters");
        }
        if (newBrandColor == null || !COLOR.matcher(newBrandColor).matches()) {
            throw new IllegalArgumentException("Brand colour must look like #RRGGBB");
        }
        this.name = newName.strip();
        this.brandColor = newBrandColor.toUpperCase(java.util.Locale.ROOT);
        this.logoUrl = newLogoUrl == null || newLogoUrl.isBlank() ? null : newLogoUrl.strip();
    }

    private static String requireLanguage(String language) {
        if (!SUPPORTED_LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
        return language;
    }

    public long id() {
        return id;
    }

    public ShopSlug slug() {
        return new ShopSlug(slug);
    }

    public String name() {
        return name;
    }

    /** The agency's slug, or {@code null} for an independent shop. */
    public String agencySlug() {
        return agency == null ? null : agency.slug();
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    public List<String> languages() {
        return Arrays.stream(languages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public String brandColor() {
        return brandColor;
    }

    public String logoUrl() {
        return logoUrl;
    }

    /** Refunds are due this long after the parcel arrives (24 h by default). */
    public java.time.Duration refundDeadline() {
        return java.time.Duration.ofHours(refundDeadlineHours);
    }

    /** Refunds above this amount need a manager's approval. */
    public long refundApprovalLimitMinor() {
        return refundApprovalLimitMinor;
    }

    /** What the return window counts from: {@code DELIVERY}, {@code SHIPMENT} or {@code ORDER}. */
    public String returnWindowAnchor() {
        return returnWindowAnchor;
    }

    /** Changes the refund rules; refuses deadlines outside 1 h – 30 days and negative limits. */
    public void configureRefunds(int deadlineHours, long approvalLimitMinor, String windowAnchor) {
        if (deadlineHours < 1 || deadlineHours > 720 || approvalLimitMinor < 0
                || !WindowAnchor.names().contains(windowAnchor)) {
            throw new IllegalArgumentException("Invalid refund settings");
        }
        this.refundDeadlineHours = deadlineHours;
        this.refundApprovalLimitMinor = approvalLimitMinor;
        this.returnWindowAnchor = windowAnchor;
    }

    /** The return methods offered to customers, in the shop's order of preference. */
    public List<String> returnMethods() {
        return Arrays.stream(returnMethods.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Chooses the offered return methods; at least one, only known ones, no repeats. */
    public void offerReturnMethods(List<String> methods) {
        if (methods == null || methods.isEmpty() || !RETURN_METHODS.containsAll(methods)
                || methods.stream().distinct().count() != methods.size()) {
            throw new IllegalArgumentException("Return methods must be a non-empty subset of " + RETURN_METHODS);
        }
        this.returnMethods = String.join(",", methods);
    }

    /** The refund methods offered to customers, in the shop's order of preference. */
    public List<String> refundMethods() {
        return Arrays.stream(refundMethods.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether customers may choose this refund method. */
    public boolean offersRefundMethod(String method) {
        return refundMethods().contains(method);
    }

    /**
     * Chooses the offered refund methods; at least one (a refund must be able to go somewhere), only
     * known ones, no repeats.
     */
    public void offerRefundMethods(List<String> methods) {
        if (methods == null || methods.isEmpty() || !REFUND_METHODS.containsAll(methods)
                || methods.stream().distinct().count() != methods.size()) {
            throw new IllegalArgumentException("Refund methods must be a non-empty subset of " + REFUND_METHODS);
        }
        this.refundMethods = String.join(",", methods);
    }

    /** Where returned parcels go (the prepaid label's recipient), or {@code null} while the shop has not set it. */
    public ReturnAddress returnAddress() {
        return returnRecipient == null ? null : new ReturnAddress(returnRecipient, returnPostalCode, returnPrefecture,
                returnCity, returnAddressLine, returnPhone);
    }

    /** Sets where returned parcels go; the value object has validated it. */
    public void changeReturnAddress(ReturnAddress address) {
        Objects.requireNonNull(address, "address");
        this.returnRecipient = address.recipient();
        this.returnPostalCode = address.postalCode();
        this.returnPrefecture = address.prefecture();
        this.returnCity = address.city();
        this.returnAddressLine = address.addressLine();
        this.returnPhone = address.phone();
    }

    /**
     * The portal's languages: a non-empty set of supported ones, in Kaeru's order, that includes
     * the default (customers without a preference must land in a language the portal offers).
     */
    public void offerLanguages(String newDefault, List<String> offered) {
        requireLanguage(newDefault);
        if (offered == null || offered.isEmpty() || !SUPPORTED_LANGUAGES.containsAll(offered)
                || !offered.contains(newDefault)) {
            throw new IllegalArgumentException("Languages must be supported ones and include the default");
        }
        this.defaultLanguage = newDefault;
        this.languages = String.join(",", SUPPORTED_LANGUAGES.stream().filter(offered::contains).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shop other && Objects.equals(slug, other.slug);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(slug);
    }
}
