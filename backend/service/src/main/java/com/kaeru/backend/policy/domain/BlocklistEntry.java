package com.kaeru.backend.policy.domain;

import java.time.Instant;

/** One listed contact of a shop's customer; exactly one of e-mail and phone, normalised by {@link CustomerContact}. */
public record BlocklistEntry(long id, long shopId, String email, String phone, String reason, String createdBy,
                             Instant createdAt) {

    /** What the entry lists, as the audit trail names it. */
    public String contact() {
        return email != null ? email : phone;
    }
}
