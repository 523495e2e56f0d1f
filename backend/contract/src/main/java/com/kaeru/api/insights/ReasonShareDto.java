package com.kaeru.api.insights;

/**
 * One reason of the reasons breakdown (returned units of requests created in the period, by the
 * reason chosen on the line).
 *
 * @param code          reason code (a leaf or parent reason of the shop's tree)
 * @param parentCode    the parent's code, {@code null} for a top-level reason
 * @param units         returned units with this reason in the period
 * @param share         {@code units} ÷ all returned units of the period × 100, {@code null} if none
 * @param previousUnits the same count in the comparison period, {@code null} without comparison
 */
public record ReasonShareDto(String code, String parentCode, String labelJa, String labelEn, long units,
                             Double share, Long previousUnits, DrillDownDto drill) {
}
