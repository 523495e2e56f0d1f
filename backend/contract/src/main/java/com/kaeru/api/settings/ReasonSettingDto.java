package com.kaeru.api.settings;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * A return reason as managers maintain it, inactive ones included.
 *
 * @param code       stable code (reports group by it; never renamed)
 * @param parentCode parent reason or {@code null} for a top-level one
 * @param labelJa    Japanese label
 * @param labelEn    English label
 * @param position   order among siblings
 * @param active     offered to customers; inactive reasons stay on old returns and in reports
 * @param shopFault  the shop caused it (defective, damaged, wrong item): units graded C still refund at once;
 *                   children inherit their parent's flag
 */
public record ReasonSettingDto(String code, String parentCode, String labelJa, String labelEn, int position,
                               boolean active, boolean shopFault) {
    /** Named for JSON-B: Yasson refuses to pick between a record's constructors (it would fail in the UIs' clients). */
    @JsonbCreator
    public ReasonSettingDto {
    }

    public ReasonSettingDto(String code, String parentCode, String labelJa, String labelEn, int position,
                            boolean active) {
        this(code, parentCode, labelJa, labelEn, position, active, false);
    }
}
