package com.kaeru.api.insights;

import java.util.List;

/** Return rates per value of one dimension, highest returned units first. */
public record ReturnRateTableDto(String shop, InsightsPeriodDto period, String dimension, List<ReturnRateRowDto> rows) {
}
