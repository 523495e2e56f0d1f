package com.kaeru.backend.returns.domain;

import java.time.Instant;
import java.util.Set;

import com.kaeru.backend.refunds.domain.RefundStatus;

/**
 * What the returns queue (and its CSV export) shows: every criterion set narrows the list.
 *
 * @param statuses    any of these states; empty for all
 * @param query       RMA, order number or e-mail (exact), or part of the customer's name; {@code null} for none
 * @param overdueOnly only requests whose refund deadline passed before completion
 * @param reasonCodes at least one line with one of these reasons; empty for all
 * @param resolution  at least one line resolved this way, or {@code null}
 * @param returnMethod how the parcel comes back, or {@code null}
 * @param dateField   which instant {@code from}/{@code to} apply to
 * @param from        inclusive lower bound, or {@code null}
 * @param to          exclusive upper bound, or {@code null}
 * @param question    where the conversation with the customer stands, or {@code null} for any
 * @param refund      at least one refund in this status (FAILED: waiting for staff to retry it), or {@code null}
 * @param upgradePayment an upgrade payment in this status (FAILED: the difference could not be charged, waiting
 *                    for staff to retry it), or {@code null}
 */
public record ReturnFilter(Set<ReturnStatus> statuses, String query, boolean overdueOnly, Set<String> reasonCodes,
                           Resolution resolution, ReturnMethod returnMethod, DateField dateField, Instant from,
                           Instant to, CustomerQuestion question, RefundStatus refund,
                           com.kaeru.backend.refunds.domain.UpgradePaymentStatus upgradePayment) {
    public static final ReturnFilter ALL = new ReturnFilter(Set.of(), null, false, Set.of(), null, null,
            DateField.CREATED, null, null, null, null);

    /** Without the upgrade payment criterion. */
    public ReturnFilter(Set<ReturnStatus> statuses, String query, boolean overdueOnly, Set<String> reasonCodes,
                        Resolution resolution, ReturnMethod returnMethod, DateField dateField, Instant from,
                        Instant to, CustomerQuestion question, RefundStatus refund) {
        this(statuses, query, overdueOnly, reasonCodes, resolution, returnMethod, dateField, from, to, question, refund,
                null);
    }

    public ReturnFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        reasonCodes = reasonCodes == null ? Set.of() : Set.copyOf(reasonCodes);
        query = query == null || query.isBlank() ? null : query.strip();
        dateField = dateField == null ? DateField.CREATED : dateField;
    }

    /** The instant a date range applies to. */
    public enum DateField {
        CREATED, RECEIVED
    }
}
