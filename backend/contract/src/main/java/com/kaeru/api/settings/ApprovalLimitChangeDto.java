package com.kaeru.api.settings;

import java.time.Instant;

/**
 * A proposed refund approval limit waiting for a second person (four eyes).
 *
 * @param id         the proposal (to approve or reject)
 * @param limitMinor the proposed limit in minor units
 * @param proposedBy who proposed it (cannot approve it)
 * @param proposedAt when
 */
public record ApprovalLimitChangeDto(long id, long limitMinor, String proposedBy, Instant proposedAt) {
}
