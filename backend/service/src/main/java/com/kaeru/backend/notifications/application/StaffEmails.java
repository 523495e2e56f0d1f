package com.kaeru.backend.notifications.application;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

import com.kaeru.backend.tenancy.domain.Shop;
import com.samskivert.mustache.Mustache;

/**
 * E-mails to staff (not customers), from {@code mail/staff*.properties}. They go through the same
 * outbox and mailer as customer e-mails but are not shop templates: a shop cannot rewrite them, so
 * a notice that somebody gained access to a shop always says what happened.
 */
public final class StaffEmails {
    /** An existing account was given a role in a shop. Payload: email, language, role, invitedBy. */
    public static final String MEMBER_ADDED = "STAFF_MEMBER_ADDED";
    /**
     * A shop's reorder alerts of the day, to one manager. Payload: email, language, date, count,
     * alerts (a list of lines, each with sku, name, available, reorderPoint, avgDailySales,
     * leadTimeDays, safetyStock, incoming and owed: false or a map with units), more (false or a map with count).
     */
    public static final String REORDER_DIGEST = "REORDER_DIGEST";
    /**
     * A webhook endpoint was switched off automatically, to one manager. Payload: email, language,
     * url, reason (GONE: the receiver answered 410; FAILING: a message used up its retries), endpointId.
     */
    public static final String WEBHOOK_DISABLED = "WEBHOOK_DISABLED";
    /**
     * A refund ended FAILED (the {@code RefundFailed} event), to one manager. Payload: email, language, rma,
     * refundId, method, amount (formatted with its currency), code, error, attempts.
     */
    public static final String REFUND_FAILED = "STAFF_REFUND_FAILED";
    /**
     * An upgrade exchange's price difference could not be collected (the {@code UpgradePaymentFailed} event), to one
     * manager. Payload: email, language, rma, paymentId, amount (formatted with its currency), code, error, attempts.
     */
    public static final String UPGRADE_PAYMENT_FAILED = "STAFF_UPGRADE_PAYMENT_FAILED";
    /**
     * A shop's archived insights report, to one recipient, with its PDF attached (by
     * {@link MailAttachments}). Payload: email, language, reportId, kind, from, to, round.
     */
    public static final String INSIGHTS_REPORT = "INSIGHTS_REPORT";
    /**
     * An agency's archived roll-up report, to one recipient, with its PDF attached (by {@link MailAttachments});
     * queued in the outbox of the agency's first shop. Payload: email, language, reportId, kind, from, to, round,
     * agencyId, agencySlug, agencyName (the sender's name too).
     */
    public static final String AGENCY_INSIGHTS_REPORT = "AGENCY_INSIGHTS_REPORT";
    /**
     * A shop's data export is ready, to the person who asked for it. Payload: email, language, exportId, link (the
     * console page that downloads it), expiresAt (an ISO instant; the e-mail shows it in the shop's time zone).
     */
    public static final String DATA_EXPORT_READY = "DATA_EXPORT_READY";
    private static final Mustache.Compiler MUSTACHE = Mustache.compiler().escapeHTML(false).defaultValue("");

    private StaffEmails() {
    }

    public static boolean isStaffEvent(String eventType) {
        return MEMBER_ADDED.equals(eventType) || REORDER_DIGEST.equals(eventType) || WEBHOOK_DISABLED.equals(eventType)
                || REFUND_FAILED.equals(eventType) || UPGRADE_PAYMENT_FAILED.equals(eventType)
                || INSIGHTS_REPORT.equals(eventType) || AGENCY_INSIGHTS_REPORT.equals(eventType)
                || DATA_EXPORT_READY.equals(eventType);
    }

    /** Who a staff e-mail is from: the agency for its roll-up report, else the shop. */
    public static String senderName(Shop shop, String eventType, Map<String, Object> payload) {
        return AGENCY_INSIGHTS_REPORT.equals(eventType) && payload.get("agencyName") != null
                ? String.valueOf(payload.get("agencyName")) : shop.name();
    }

    /** Subject and text of a staff e-mail; empty for an event without a template. */
    public static Optional<String[]> render(Shop shop, String eventType, Map<String, Object> payload, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("mail.staff", locale, StaffEmails.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (!bundle.containsKey(eventType + ".subject")) {
            return Optional.empty();
        }
        Map<String, Object> vars = new HashMap<>(payload);
        vars.put("shopName", shop.name());
        vars.put("shopSlug", shop.slug().value());
        String roleKey = "role." + payload.get("role");
        Object reason = payload.get("reason");
        if (reason != null && bundle.containsKey("webhook.reason." + reason)) {
            vars.put("reasonText", bundle.getString("webhook.reason." + reason));
        }
        Object method = payload.get("method");
        if (method != null && bundle.containsKey("refund.method." + method)) {
            vars.put("methodText", bundle.getString("refund.method." + method));
        }
        Object kind = payload.get("kind");
        if (kind != null && bundle.containsKey("report.kind." + kind)) {
            vars.put("kindText", bundle.getString("report.kind." + kind));
        }
        Object expiresAt = payload.get("expiresAt");
        if (expiresAt != null) {
            vars.put("expiresAtLocal", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", locale)
                    .format(java.time.Instant.parse(expiresAt.toString()).atZone(shop.timeZone())));
        }
        vars.put("role", bundle.containsKey(roleKey) ? bundle.getString(roleKey) : String.valueOf(payload.get("role")));
        return Optional.of(new String[] {MUSTACHE.compile(bundle.getString(eventType + ".subject")).execute(vars),
                MUSTACHE.compile(bundle.getString(eventType + ".body")).execute(vars)});
    }
}
