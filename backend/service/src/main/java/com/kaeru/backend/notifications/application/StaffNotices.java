package com.kaeru.backend.notifications.application;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Queues staff e-mails ({@link StaffEmails}) in the caller's transaction, through the shop's outbox. */
@ApplicationScoped
public class StaffNotices {
    @Inject
    Outbox outbox;

    /** Tells a person with an existing account that a shop gave them a role, and who did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void memberAdded(long shopId, String userId, String email, String language, String role, String invitedBy,
                            Instant now) {
        outbox.publish(shopId, StaffEmails.MEMBER_ADDED, userId,
                StaffEmails.MEMBER_ADDED + ":" + userId + ":" + role + ":" + now.toEpochMilli(),
                Map.of("email", email, "language", language, "role", role, "invitedBy", invitedBy), now);
    }
}
