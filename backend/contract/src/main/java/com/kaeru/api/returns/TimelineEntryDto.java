package com.kaeru.api.returns;

import java.time.Instant;

/** One entry of the audit trail: who did what, when, from which state to which, and why. */
public record TimelineEntryDto(Instant at, String action, String from, String to, String actor, String reason) {
}
