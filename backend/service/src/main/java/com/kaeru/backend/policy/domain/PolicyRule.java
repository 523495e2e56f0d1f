package com.kaeru.backend.policy.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One pre-approval rule: conditions (all must hold; an empty condition matches anything) and the
 * outcome they lead to. List conditions are comma-separated and match if any value matches.
 */
@Entity
@Table(name = "policy_rule")
@Cacheable(false)
public class PolicyRule {
    /** Events the day conditions may count from. */
    public static final List<String> ANCHORS = com.kaeru.backend.tenancy.domain.WindowAnchor.names();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "shop_id", nullable = false, updatable = false)
    private long shopId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "min_days")
    private Integer minDays;
    @Column(name = "max_days")
    private Integer maxDays;
    /** {@code DELIVERY}, {@code SHIPMENT} or {@code ORDER}; {@code null}: the shop's return-window anchor. */
    @Column(name = "days_anchor")
    private String daysAnchor;
    @Column(name = "final_sale")
    private Boolean finalSale;
    @Column(name = "on_sale")
    private Boolean onSale;
    private String categories;
    private String tags;
    @Column(name = "min_line_value_minor")
    private Long minLineValueMinor;
    @Column(name = "max_line_value_minor")
    private Long maxLineValueMinor;
    @Column(name = "reason_codes")
    private String reasonCodes;
    @Column(name = "max_customer_returns")
    private Integer maxCustomerReturns;
    @Column(name = "customer_returns_window_days")
    private Integer customerReturnsWindowDays;
    private String channels;
    private Boolean blocklisted;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PolicyOutcome outcome;
    @Column(name = "message_ja")
    private String messageJa;
    @Column(name = "message_en")
    private String messageEn;
    @Column(name = "return_fee_minor", nullable = false)
    private long returnFeeMinor;
    @Column(name = "restocking_fee_minor", nullable = false)
    private long restockingFeeMinor;
    @Column(name = "restocking_fee_percent", nullable = false)
    private int restockingFeePercent;
    @Column(name = "exchange_bonus_minor", nullable = false)
    private long exchangeBonusMinor;
    @Column(name = "exchange_bonus_percent", nullable = false)
    private int exchangeBonusPercent;
    @Column(name = "free_return_shipping_for_exchange", nullable = false)
    private boolean freeReturnShippingForExchange;

    protected PolicyRule() {
    }

    public PolicyRule(long shopId, int position, String name, PolicyOutcome outcome) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A rule needs a name");
        }
        this.shopId = shopId;
        this.position = position;
        this.name = name.strip();
        this.outcome = Objects.requireNonNull(outcome);
    }

    // ---- fluent configuration (used by the API mapping, the default policy and tests) ----

    public PolicyRule days(Integer min, Integer max) {
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("minDays cannot exceed maxDays");
        }
        this.minDays = min;
        this.maxDays = max;
        return this;
    }

    /** Counts the days from this event instead of the shop's anchor ({@code null}: the shop's anchor). */
    public PolicyRule daysFrom(String event) {
        if (event != null && !ANCHORS.contains(event)) {
            throw new IllegalArgumentException("Days count from DELIVERY, SHIPMENT or ORDER");
        }
        this.daysAnchor = event;
        return this;
    }

    public PolicyRule finalSale(Boolean value) {
        this.finalSale = value;
        return this;
    }

    public PolicyRule onSale(Boolean value) {
        this.onSale = value;
        return this;
    }

    public PolicyRule categories(List<String> values) {
        this.categories = join(values);
        return this;
    }

    public PolicyRule tags(List<String> values) {
        this.tags = join(values);
        return this;
    }

    public PolicyRule lineValue(Long min, Long max) {
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("minimum line value cannot exceed the maximum");
        }
        this.minLineValueMinor = min;
        this.maxLineValueMinor = max;
        return this;
    }

    public PolicyRule reasonCodes(List<String> values) {
        this.reasonCodes = join(values);
        return this;
    }

    public PolicyRule customerReturnsAtLeast(Integer count, Integer windowDays) {
        if ((count == null) != (windowDays == null) || count != null && (count < 1 || windowDays < 1)) {
            throw new IllegalArgumentException("customer returns need both a positive count and a window in days");
        }
        this.maxCustomerReturns = count;
        this.customerReturnsWindowDays = windowDays;
        return this;
    }

    public PolicyRule channels(List<String> values) {
        this.channels = join(values);
        return this;
    }

    public PolicyRule blocklisted(Boolean value) {
        this.blocklisted = value;
        return this;
    }

    public PolicyRule message(String ja, String en) {
        this.messageJa = blankToNull(ja);
        this.messageEn = blankToNull(en);
        return this;
    }

    public PolicyRule fees(long returnFee, long restockingFee, int restockingPercent) {
        if (returnFee < 0 || restockingFee < 0 || restockingPercent < 0 || restockingPercent > 100) {
            throw new IllegalArgumentException("Fees cannot be negative; percentages are 0–100");
        }
        this.returnFeeMinor = returnFee;
        this.restockingFeeMinor = restockingFee;
        this.restockingFeePercent = restockingPercent;
        return this;
    }

    public PolicyRule exchangeIncentives(long bonus, int bonusPercent, boolean freeReturnShipping) {
        if (bonus < 0 || bonusPercent < 0 || bonusPercent > 100) {
            throw new IllegalArgumentException("Bonus cannot be negative; percentages are 0–100");
        }
        this.exchangeBonusMinor = bonus;
        this.exchangeBonusPercent = bonusPercent;
        this.freeReturnShippingForExchange = freeReturnShipping;
        return this;
    }

    public PolicyRule enabled(boolean value) {
        this.enabled = value;
        return this;
    }

    // ---- evaluation ----

    /** True when every condition of this rule holds for the line. */
    public boolean matches(LineFacts facts) {
        if (!enabled) {
            return false;
        }
        Integer days = facts.daysSince(daysAnchor);
        if ((minDays != null || maxDays != null) && days == null) {
            return false;
        }
        return (minDays == null || days >= minDays)
                && (maxDays == null || days <= maxDays)
                && (finalSale == null || finalSale == facts.finalSale())
                && (onSale == null || onSale == facts.onSale())
                && anyOf(categories, facts.category() == null ? List.of() : List.of(facts.category()))
                && anyOf(tags, facts.tags())
                && (minLineValueMinor == null || facts.lineValueMinor() >= minLineValueMinor)
                && (maxLineValueMinor == null || facts.lineValueMinor() <= maxLineValueMinor)
                && anyOf(reasonCodes, facts.reasonCode() == null ? List.of() : List.of(facts.reasonCode()))
                && (maxCustomerReturns == null
                    || facts.customerReturns().applyAsInt(customerReturnsWindowDays) >= maxCustomerReturns)
                && anyOf(channels, List.of(facts.channel()))
                && (blocklisted == null || blocklisted == facts.blocklisted());
    }

    public PolicyDecision decision() {
        return new PolicyDecision(outcome, name, messageJa, messageEn, returnFeeMinor, restockingFeeMinor,
                restockingFeePercent, exchangeBonusMinor, exchangeBonusPercent, freeReturnShippingForExchange);
    }

    private static boolean anyOf(String configured, List<String> actual) {
        if (configured == null || configured.isBlank()) {
            return true;
        }
        List<String> wanted = split(configured);
        return actual.stream().filter(Objects::nonNull)
                .anyMatch(a -> wanted.contains(a.strip().toLowerCase(Locale.ROOT)));
    }

    private static List<String> split(String joined) {
        return Arrays.stream(joined.split(",")).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values.stream().map(String::strip).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // ---- accessors (for the API) ----

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String name() {
        return name;
    }

    public boolean enabled() {
        return enabled;
    }

    public Integer minDays() {
        return minDays;
    }

    public Integer maxDays() {
        return maxDays;
    }

    public String daysAnchor() {
        return daysAnchor;
    }

    public Boolean finalSale() {
        return finalSale;
    }

    public Boolean onSale() {
        return onSale;
    }

    public List<String> categories() {
        return categories == null ? List.of() : split(categories);
    }

    public List<String> tags() {
        return tags == null ? List.of() : split(tags);
    }

    public Long minLineValueMinor() {
        return minLineValueMinor;
    }

    public Long maxLineValueMinor() {
        return maxLineValueMinor;
    }

    public List<String> reasonCodes() {
        return reasonCodes == null ? List.of() : Arrays.stream(reasonCodes.split(",")).map(String::strip).toList();
    }

    public Integer maxCustomerReturns() {
        return maxCustomerReturns;
    }

    public Integer customerReturnsWindowDays() {
        return customerReturnsWindowDays;
    }

    public List<String> channels() {
        return channels == null ? List.of() : Arrays.stream(channels.split(",")).map(String::strip).toList();
    }

    public Boolean blocklisted() {
        return blocklisted;
    }

    public PolicyOutcome outcome() {
        return outcome;
    }
}
