package com.kaeru.api.insights;

import java.util.List;

/**
 * The agency roll-up: every shop of the agency side by side (only shops of this agency).
 *
 * @param period the requested dates (each shop's figures use those dates in its own time zone);
 *               timeZone and currency are {@code null}
 * @param shops  one row per shop, by shop name
 */
public record AgencyInsightsDto(String agency, InsightsPeriodDto period, List<AgencyShopInsightsDto> shops) {
}
