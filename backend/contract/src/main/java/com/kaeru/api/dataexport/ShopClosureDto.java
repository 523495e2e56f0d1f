package com.kaeru.api.dataexport;

import java.time.Instant;

/**
 * Whether a shop is closed, and what happens when.
 *
 * @param closed        whether the shop is closed (its portal shows a closed page and takes no new returns)
 * @param closedAt      when it was closed; null when open
 * @param closedBy      who closed it; null when open
 * @param deletionDueAt from when every row of the shop may be deleted (closing plus the grace period); null when open
 * @param dataDeletedAt when the shop's data was deleted; null before
 * @param finalExportId the export queued when the shop was closed; null when open
 */
public record ShopClosureDto(boolean closed, Instant closedAt, String closedBy, Instant deletionDueAt,
                             Instant dataDeletedAt, Long finalExportId) {
}
