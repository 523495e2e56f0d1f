package com.kaeru.backend.notifications.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * The day's reorder digest to one manager of the shop; the same shop, day and address is queued
     * once however often it is asked (the outbox's dedupe key).
     *
     * @param alerts lines as {@link StaffEmails#REORDER_DIGEST} describes
     * @param more   alerts not listed (0: none)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reorderDigest(long shopId, String email, String language, LocalDate date, int count,
                              List<Map<String, Object>> alerts, int more, Instant now) {
        outbox.publish(shopId, StaffEmails.REORDER_DIGEST, "reorder-digest:" + date,
                StaffEmails.REORDER_DIGEST + ":" + date + ":" + addressKey(email),
                Map.of("email", email, "language", language, "date", date.toString(), "count", count, "alerts", alerts,
                        "more", more > 0 ? Map.of("count", more) : false), now);
    }

    /** Tells one manager that a webhook endpoint was switched off; once per endpoint, address and switch-off. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void webhookDisabled(long shopId, String email, String language, long endpointId, String url, String reason,
                                Instant disabledAt) {
        outbox.publish(shopId, StaffEmails.WEBHOOK_DISABLED, "webhook:" + endpointId,
                StaffEmails.WEBHOOK_DISABLED + ":" + endpointId + ":" + disabledAt.toEpochMilli() + ":" + addressKey(email),
                Map.of("email", email, "language", language, "endpointId", endpointId, "url", url, "reason", reason),
                disabledAt);
    }

    /**
     * Tells one manager that a refund failed; once per failure ({@code failureId}: the RefundFailed event)
     * and address, however often the event is delivered.
     *
     * @param failure email-ready facts as {@link StaffEmails#REFUND_FAILED} describes (without email, language)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refundFailed(long shopId, String email, String language, String rma, String failureId,
                             Map<String, Object> failure, Instant now) {
        failure(StaffEmails.REFUND_FAILED, shopId, email, language, rma, failureId, failure, now);
    }

    /**
     * Tells one manager that the price difference of an upgrade exchange could not be collected; once per failure
     * ({@code failureId}: the UpgradePaymentFailed event) and address.
     *
     * @param failure email-ready facts as {@link StaffEmails#UPGRADE_PAYMENT_FAILED} describes (without email, language)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upgradePaymentFailed(long shopId, String email, String language, String rma, String failureId,
                                     Map<String, Object> failure, Instant now) {
        failure(StaffEmails.UPGRADE_PAYMENT_FAILED, shopId, email, language, rma, failureId, failure, now);
    }

    private void failure(String type, long shopId, String email, String language, String rma, String failureId,
                         Map<String, Object> failure, Instant now) {
        Map<String, Object> payload = new java.util.HashMap<>(failure);
        payload.put("email", email);
        payload.put("language", language);
        outbox.publish(shopId, type, rma, type + ":" + failureId + ":" + addressKey(email), payload, now);
    }

    /** The address as a name-based UUID in a dedupe key: fits the key's 200 characters whatever its length. */
    private static java.util.UUID addressKey(String email) {
        return java.util.UUID.nameUUIDFromBytes(email.strip().toLowerCase(java.util.Locale.ROOT)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Tells the person who asked for a shop's data export that it is ready, with the link and until when it works. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dataExportReady(long shopId, String email, String language, long exportId, String link,
                                Instant expiresAt, Instant now) {
        outbox.publish(shopId, StaffEmails.DATA_EXPORT_READY, "data-export:" + exportId,
                StaffEmails.DATA_EXPORT_READY + ":" + exportId,
                Map.of("email", email, "language", language, "exportId", exportId, "link", link,
                        "expiresAt", expiresAt.toString()), now);
    }
}
