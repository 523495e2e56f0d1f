package com.kaeru.api.reasons;

/**
 * A shop's structured return reason; reasons form a tree ("size › too small").
 *
 * @param code       stable code, unique in the shop (e.g. {@code SIZE_TOO_SMALL})
 * @param parentCode code of the parent reason, or {@code null} for a top-level reason
 * @param labelJa    Japanese label shown to customers and staff
 * @param labelEn    English label
 * @param position   order among siblings
 */
public record ReturnReasonDto(String code, String parentCode, String labelJa, String labelEn, int position) {
}
