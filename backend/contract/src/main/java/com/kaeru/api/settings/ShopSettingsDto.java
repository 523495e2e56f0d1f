package com.kaeru.api.settings;

import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.WindowAnchor;

import java.util.List;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * A shop's operational settings.
 *
 * @param defaultLanguage          language the portal opens in without a browser preference
 * @param languages                languages the portal offers
 * @param refundDeadlineHours      refunds are due this long after the parcel arrives
 * @param refundApprovalLimitMinor when the refunds of an order (all methods, all returns) add up to more, they wait
 *                                 for a manager
 * @param returnWindowAnchor       what return windows count from
 * @param returnMethods            return methods offered, in order of preference
 * @param supportedReturnMethods   every method Kaeru supports
 * @param refundMethods            refund methods customers may choose, in order of preference
 * @param supportedRefundMethods   every refund method Kaeru supports
 * @param currency                 ISO currency of the amounts
 * @param timeZone                 the shop's time zone
 * @param pendingApprovalLimit     a proposed new limit waiting for a second person, or {@code null}
 */
public record ShopSettingsDto(String defaultLanguage, List<String> languages, int refundDeadlineHours,
                              long refundApprovalLimitMinor, WindowAnchor returnWindowAnchor, List<ReturnMethod> returnMethods,
                              List<ReturnMethod> supportedReturnMethods, List<RefundMethod> refundMethods,
                              List<RefundMethod> supportedRefundMethods, String currency, String timeZone,
                              ApprovalLimitChangeDto pendingApprovalLimit) {
    /** Named for JSON-B: Yasson refuses to pick between a record's constructors (it would fail in the UIs' clients). */
    @JsonbCreator
    public ShopSettingsDto {
    }

    /** Settings with no limit change waiting. */
    public ShopSettingsDto(String defaultLanguage, List<String> languages, int refundDeadlineHours,
                           long refundApprovalLimitMinor, WindowAnchor returnWindowAnchor, List<ReturnMethod> returnMethods,
                           List<ReturnMethod> supportedReturnMethods, List<RefundMethod> refundMethods,
                           List<RefundMethod> supportedRefundMethods, String currency, String timeZone) {
        this(defaultLanguage, languages, refundDeadlineHours, refundApprovalLimitMinor, returnWindowAnchor, returnMethods,
                supportedReturnMethods, refundMethods, supportedRefundMethods, currency, timeZone, null);
    }
}
