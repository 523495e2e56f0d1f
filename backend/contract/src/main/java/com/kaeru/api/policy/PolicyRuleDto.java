package com.kaeru.api.policy;

import com.kaeru.api.vocabulary.PolicyOutcome;
import com.kaeru.api.vocabulary.SalesChannel;
import com.kaeru.api.vocabulary.WindowAnchor;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One rule. Conditions left {@code null} (or empty lists) match anything; all given conditions
 * must hold. The first enabled matching rule in list order decides.
 */
public final class PolicyRuleDto {
    @NotBlank
    @Size(max = 100)
    public String name;
    public boolean enabled = true;

    /** Days since {@link #daysFrom}, inclusive range, counted in the shop's calendar days. */
    @PositiveOrZero
    public Integer minDays;
    @PositiveOrZero
    public Integer maxDays;
    /** What the days count from; {@code null} for the shop's return-window anchor. */
    public WindowAnchor daysFrom;
    public Boolean finalSale;
    public Boolean onSale;
    public List<@Size(max = 100) String> categories;
    public List<@Size(max = 40) String> tags;
    @PositiveOrZero
    public Long minLineValueMinor;
    @PositiveOrZero
    public Long maxLineValueMinor;
    public List<@Size(max = 40) String> reasonCodes;
    /** Matches customers with at least this many return requests in the window. */
    @Min(1)
    public Integer customerReturnsAtLeast;
    @Min(1)
    @Max(3650)
    public Integer customerReturnsWindowDays;
    public List<@NotNull SalesChannel> channels;
    public Boolean blocklisted;

    @NotNull
    public PolicyOutcome outcome;
    @Size(max = 500)
    public String messageJa;
    @Size(max = 500)
    public String messageEn;
    @PositiveOrZero
    public long returnFeeMinor;
    @PositiveOrZero
    public long restockingFeeMinor;
    @Min(0)
    @Max(100)
    public int restockingFeePercent;
    @PositiveOrZero
    public long exchangeBonusMinor;
    @Min(0)
    @Max(100)
    public int exchangeBonusPercent;
    public boolean freeReturnShippingForExchange;
}
