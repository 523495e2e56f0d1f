package com.kaeru.api.policy;

import java.time.Instant;

/**
 * One blocklisted customer contact: an e-mail address or a phone number, stored normalised the
 * way the policy compares them (e-mail in lower case, phone as digits only).
 *
 * @param id        the entry's id (to remove it)
 * @param email     the e-mail address, or {@code null} for a phone entry
 * @param phone     the phone number's digits, or {@code null} for an e-mail entry
 * @param reason    why the customer is listed (staff only)
 * @param createdBy who added it
 * @param createdAt when it was added
 */
public record BlocklistEntryDto(long id, String email, String phone, String reason, String createdBy,
                                Instant createdAt) {
}
