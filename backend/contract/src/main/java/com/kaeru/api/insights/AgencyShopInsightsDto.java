package com.kaeru.api.insights;

import java.util.List;

/**
 * One client shop's row of the agency roll-up.
 *
 * @param kpis the same tiles as a shop's dashboard, same order; money in this shop's {@code currency}
 */
public record AgencyShopInsightsDto(String slug, String name, String currency, String timeZone,
                                    List<KpiDto> kpis) {
}
