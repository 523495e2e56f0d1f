package com.kaeru.api.settings;

import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.WindowAnchor;

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
    public WindowAnchor returnWindowAnchor;
    @NotEmpty
    public List<@NotNull ReturnMethod> returnMethods;
    /** The refund methods customers may choose, in order of preference; at least one. */
    @NotEmpty
    public List<@NotNull RefundMethod> refundMethods;

    public ShopSettingsUpdate() {
    }

    public ShopSettingsUpdate(String defaultLanguage, List<String> languages, int refundDeadlineHours,
                              long refundApprovalLimitMinor, WindowAnchor returnWindowAnchor,
                              List<ReturnMethod> returnMethods, List<RefundMethod> refundMethods) {
        this.defaultLanguage = defaultLanguage;
        this.languages = languages;
        this.refundDeadlineHours = refundDeadlineHours;
        this.refundApprovalLimitMinor = refundApprovalLimitMinor;
        this.returnWindowAnchor = returnWindowAnchor;
        this.returnMethods = returnMethods;
        this.refundMethods = refundMethods;
    }
}
