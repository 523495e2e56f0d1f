package com.kaeru.admin.returns;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.kaeru.api.returns.ReturnPageDto;
import com.kaeru.api.returns.ReturnsApi;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.vaadin.flow.router.QueryParameters;
import jakarta.ws.rs.core.Response;

/**
 * The queue's filters as they live in the URL, so any filtered queue can be bookmarked and shared
 * (a saved view). Parameter names match the API's, so the same link logic serves the export.
 *
 * @param statuses  any of these states (empty: all)
 * @param text      RMA, order number, e-mail or name
 * @param overdue   only refunds past their 24 h deadline
 * @param reason    reason code (a parent includes its children)
 * @param resolution REFUND or EXCHANGE
 * @param method    return method
 * @param from      first day (shop's time zone), or {@code null}
 * @param to        last day, or {@code null}
 * @param received  the dates are receipt dates instead of request dates
 * @param question  WAITING (asked, no answer yet) or ANSWERED (the customer answered), or {@code null}
 * @param refund    only returns with a refund in this status ({@code FAILED}: waiting for a retry), or {@code null}
 * @param upgradePayment only returns whose upgrade price difference is in this status ({@code FAILED}: it could not
 *                  be charged, waiting for a retry), or {@code null}
 */
public record ReturnQuery(Set<String> statuses, String text, boolean overdue, String reason, String resolution,
                          String method, LocalDate from, LocalDate to, boolean received, String question,
                          String refund, String upgradePayment) {
    public static final ReturnQuery ALL = new ReturnQuery(Set.of(), null, false, null, null, null, null, null, false,
            null, null, null);
    /** The states in which a return still waits for someone: closed ones need no more attention. */
    static final Set<ReturnStatus> OPEN = java.util.EnumSet.of(ReturnStatus.REQUESTED, ReturnStatus.NEEDS_REVIEW,
            ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT, ReturnStatus.IN_TRANSIT, ReturnStatus.RECEIVED,
            ReturnStatus.INSPECTED);

    /** The refund status of {@link SavedView#REFUND_FAILED}. */
    public static final String FAILED = "FAILED";

    public ReturnQuery {
        statuses = statuses == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(statuses));
        text = blankToNull(text);
        reason = blankToNull(reason);
        resolution = blankToNull(resolution);
        method = blankToNull(method);
        question = blankToNull(question);
        refund = blankToNull(refund);
        upgradePayment = blankToNull(upgradePayment);
    }

    /** As before the upgrade payment criterion: none. */
    public ReturnQuery(Set<String> statuses, String text, boolean overdue, String reason, String resolution,
                       String method, LocalDate from, LocalDate to, boolean received, String question, String refund) {
        this(statuses, text, overdue, reason, resolution, method, from, to, received, question, refund, null);
    }

    /** The built-in saved views; their links stay relative ("today" means the day it is opened). */
    public enum SavedView {
        ALL("all"), NEEDS_REVIEW("needs-review"), REFUND_OVERDUE("refund-overdue"), REFUND_FAILED("refund-failed"),
        UPGRADE_PAYMENT_FAILED("upgrade-payment-failed"), RECEIVED_TODAY("received-today"), AWAITING_PARCEL("awaiting-parcel"), CUSTOMER_ANSWERED("customer-answered");

        private final String key;

        SavedView(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public ReturnQuery query(LocalDate today) {
            return switch (this) {
                case ALL -> ReturnQuery.ALL;
                case NEEDS_REVIEW -> ReturnQuery.ALL.withStatuses(Set.of("NEEDS_REVIEW"));
                case REFUND_OVERDUE -> ReturnQuery.ALL.withOverdue(true);
                // A refund the payment service refused, or that used up its retries: a person must act.
                case REFUND_FAILED -> ReturnQuery.ALL.withRefund(FAILED);
                // An upgrade's price difference the card was refused for: the replacement waits until a person acts.
                case UPGRADE_PAYMENT_FAILED -> ReturnQuery.ALL.withUpgradePayment(FAILED);
                case RECEIVED_TODAY -> ReturnQuery.ALL.withDates(today, today, true);
                case AWAITING_PARCEL -> ReturnQuery.ALL.withStatuses(new LinkedHashSet<>(List.of("AWAITING_SHIPMENT", "IN_TRANSIT")));
                // Answers to read: the customer answered and the return is still open.
                case CUSTOMER_ANSWERED -> ReturnQuery.ALL
                        .withStatuses(new LinkedHashSet<>(OPEN.stream().map(Enum::name).toList())).withQuestion("ANSWERED");
            };
        }

        static SavedView byKey(String key) {
            return Arrays.stream(values()).filter(v -> v.key.equals(key)).findFirst().orElse(null);
        }
    }

    /** Reads the URL; a built-in view ({@code ?view=received-today}) wins over single parameters. Unreadable dates are dropped. */
    public static ReturnQuery fromUrl(QueryParameters parameters, LocalDate today) {
        Map<String, List<String>> p = parameters.getParameters();
        SavedView view = SavedView.byKey(first(p, "view"));
        if (view != null) {
            return view.query(today);
        }
        Set<String> statuses = new LinkedHashSet<>();
        String status = first(p, "status");
        if (status != null) {
            Arrays.stream(status.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(statuses::add);
        }
        return new ReturnQuery(statuses, first(p, "q"), "true".equals(first(p, "overdue")), first(p, "reason"),
                first(p, "resolution"), first(p, "method"), day(first(p, "from")), day(first(p, "to")),
                "RECEIVED".equals(first(p, "dateField")), first(p, "question"), first(p, "refund"),
                first(p, "upgradePayment"));
    }

    /** Which built-in view this query is, if any. */
    public SavedView savedView(LocalDate today) {
        return Arrays.stream(SavedView.values()).filter(v -> v.query(today).equals(this)).findFirst().orElse(null);
    }

    /** The URL form: a built-in view by its name (stays relative), otherwise only the criteria set. */
    public QueryParameters toUrl(LocalDate today) {
        SavedView view = savedView(today);
        if (view == SavedView.ALL) {
            return QueryParameters.empty();
        }
        if (view != null) {
            return QueryParameters.simple(Map.of("view", view.key()));
        }
        Map<String, String> p = new LinkedHashMap<>();
        if (!statuses.isEmpty()) {
            p.put("status", String.join(",", statuses));
        }
        put(p, "q", text);
        if (overdue) {
            p.put("overdue", "true");
        }
        put(p, "reason", reason);
        put(p, "resolution", resolution);
        put(p, "method", method);
        put(p, "from", from == null ? null : from.toString());
        put(p, "to", to == null ? null : to.toString());
        if (received) {
            p.put("dateField", "RECEIVED");
        }
        put(p, "question", question);
        put(p, "refund", refund);
        put(p, "upgradePayment", upgradePayment);
        return QueryParameters.simple(p);
    }

    public ReturnPageDto search(ReturnsApi api, String shop, int page, int size) {
        return api.search(shop, statusParam(), text, overdue, reason, resolution, method, dateParam(from),
                dateParam(to), received ? "RECEIVED" : null, question, refund, upgradePayment, page, size);
    }

    public Response export(ReturnsApi api, String shop, String charset, boolean bom) {
        return api.export(shop, statusParam(), text, overdue, reason, resolution, method, dateParam(from),
                dateParam(to), received ? "RECEIVED" : null, question, refund, upgradePayment, charset, bom);
    }

    public ReturnQuery withStatuses(Set<String> newStatuses) {
        return new ReturnQuery(newStatuses, text, overdue, reason, resolution, method, from, to, received, question,
                refund, upgradePayment);
    }

    public ReturnQuery withText(String newText) {
        return new ReturnQuery(statuses, newText, overdue, reason, resolution, method, from, to, received, question,
                refund, upgradePayment);
    }

    public ReturnQuery withOverdue(boolean newOverdue) {
        return new ReturnQuery(statuses, text, newOverdue, reason, resolution, method, from, to, received, question,
                refund, upgradePayment);
    }

    public ReturnQuery withReason(String newReason) {
        return new ReturnQuery(statuses, text, overdue, newReason, resolution, method, from, to, received, question,
                refund, upgradePayment);
    }

    public ReturnQuery withResolution(String newResolution) {
        return new ReturnQuery(statuses, text, overdue, reason, newResolution, method, from, to, received, question,
                refund, upgradePayment);
    }

    public ReturnQuery withMethod(String newMethod) {
        return new ReturnQuery(statuses, text, overdue, reason, resolution, newMethod, from, to, received, question,
                refund, upgradePayment);
    }

    public ReturnQuery withQuestion(String newQuestion) {
        return new ReturnQuery(statuses, text, overdue, reason, resolution, method, from, to, received, newQuestion,
                refund, upgradePayment);
    }

    public ReturnQuery withRefund(String newRefund) {
        return new ReturnQuery(statuses, text, overdue, reason, resolution, method, from, to, received, question,
                newRefund, upgradePayment);
    }

    public ReturnQuery withUpgradePayment(String newUpgradePayment) {
        return new ReturnQuery(statuses, text, overdue, reason, resolution, method, from, to, received, question,
                refund, newUpgradePayment);
    }

    public ReturnQuery withDates(LocalDate newFrom, LocalDate newTo, boolean byReceipt) {
        return new ReturnQuery(statuses, text, overdue, reason, resolution, method, newFrom, newTo, byReceipt, question,
                refund, upgradePayment);
    }

    private String statusParam() {
        return statuses.isEmpty() ? null : String.join(",", statuses);
    }

    private static String dateParam(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }

    private static String first(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        return values == null || values.isEmpty() ? null : blankToNull(values.get(0));
    }

    private static LocalDate day(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
