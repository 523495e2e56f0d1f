package com.kaeru.api.dataexport;

import java.util.List;
import java.util.Map;

/**
 * What an import of an export ZIP restored into the shop.
 *
 * @param sourceShop  the shop the archive was exported from (its manifest's {@code shop})
 * @param restored    rows restored per table, in restore order, then {@code team_membership}: the people of the
 *                    archive's team given their role here (docs/data-export.md)
 * @param notRestored the archive's other tables, which an import leaves out (docs/data-export.md says why)
 */
public record DataImportDto(String sourceShop, Map<String, Long> restored, List<String> notRestored) {
}
