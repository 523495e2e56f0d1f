package com.kaeru.api.settings;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/** New operational settings; all fields are replaced together. */
public final class ShopSettingsUpdate {
    @NotNull
    @Pattern(regexp = "ja|en")
    public String defaultLanguage;
    @NotEmpty
    public List<@NotNull @Pattern(regexp = "ja|en") String> languages;
    /** 1 hour to 30 days. */
    @Min(1)
    @Max(720)
    public int refundDeadlineHours;
    /**
     * A value other than the current limit does not change it: it is proposed and applies once
     * another manager approves it (four eyes; see the approval-limit-changes endpoints).
     */
    @PositiveOrZero
    public long refundApprovalLimitMinor;
    @NotNull
    @Pattern(regexp = "DELIVERY|SHIPMENT|ORDER")
    public String returnWindowAnchor;
    @NotEmpty
    public List<@NotNull @Pattern(regexp = "PREPAID_LABEL|DROP_OFF|PICKUP") String> returnMethods;
    /** The refund methods customers may choose, in order of preference; at least one. */
    @NotEmpty
    public List<@NotNull @Pattern(regexp = "ORIGINAL_PAYMENT|STORE_CREDIT|GIFT_CODE") String> refundMethods;

    public ShopSettingsUpdate() {
    }

    public ShopSettingsUpdate(String defaultLanguage, List<String> languages, int refundDeadlineHours,
                              long refundApprovalLimitMinor, String returnWindowAnchor, List<String> returnMethods,
                              List<String> refundMethods) {
        this.defaultLanguage = defaultLanguage;
        this.languages = languages;
        this.refundDeadlineHours = refundDeadlineHours;
        this.refundApprovalLimitMinor = refundApprovalLimitMinor;
        this.returnWindowAnchor = returnWindowAnchor;
        this.returnMethods = returnMethods;
        this.refundMethods = refundMethods;
    }
}
