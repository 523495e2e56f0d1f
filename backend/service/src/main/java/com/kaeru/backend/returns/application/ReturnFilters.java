package com.kaeru.backend.returns.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import com.kaeru.backend.reasons.domain.ReturnReason;
import com.kaeru.backend.refunds.domain.RefundStatus;
import com.kaeru.backend.returns.domain.CustomerQuestion;
import com.kaeru.backend.returns.domain.Resolution;
import com.kaeru.backend.returns.domain.ReturnFilter;
import com.kaeru.backend.returns.domain.ReturnMethod;
import com.kaeru.backend.returns.domain.ReturnRuleViolation;
import com.kaeru.backend.returns.domain.ReturnStatus;

/**
 * Reads the queue's query parameters into a {@link ReturnFilter}. Dates are calendar days in the
 * shop's time zone (what staff mean by "received today"); an unknown value is refused (422)
 * rather than ignored, so a typo in a saved link does not silently show everything.
 */
public record ReturnFilters(String status, String query, boolean overdueOnly, String reason, String resolution,
                            String returnMethod, String from, String to, String dateField, String question,
                            String refund, String upgradePayment) {

    /** Without the upgrade payment criterion (the agency queue). */
    public ReturnFilters(String status, String query, boolean overdueOnly, String reason, String resolution,
                         String returnMethod, String from, String to, String dateField, String question,
                         String refund) {
        this(status, query, overdueOnly, reason, resolution, returnMethod, from, to, dateField, question, refund, null);
    }

    public ReturnFilter resolve(ZoneId shopZone, List<ReturnReason> reasons) {
        Set<ReturnStatus> statuses = new HashSet<>();
        if (status != null) {
            Arrays.stream(status.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(s -> statuses.add(parse(s, ReturnStatus::valueOf, "problem.return.unknown-status")));
        }
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        return new ReturnFilter(statuses, query, overdueOnly, reasonWithChildren(reasons),
                parse(resolution, Resolution::valueOf, "problem.return.unknown-resolution"),
                parse(returnMethod, ReturnMethod::valueOf, "problem.return.unknown-method"),
                parse(dateField, ReturnFilter.DateField::valueOf, "problem.return.unknown-date-field"),
                fromDay == null ? null : fromDay.atStartOfDay(shopZone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(shopZone).toInstant(),
                parse(question, CustomerQuestion::valueOf, "problem.return.unknown-question"),
                parse(refund, RefundStatus::valueOf, "problem.return.unknown-refund-status"),
                parse(upgradePayment, com.kaeru.backend.refunds.domain.UpgradePaymentStatus::valueOf,
                        "problem.return.unknown-upgrade-payment-status"));
    }

    /** A parent reason ("size") stands for itself and its children ("too small", "too large"). */
    private Set<String> reasonWithChildren(List<ReturnReason> reasons) {
        if (reason == null || reason.isBlank()) {
            return Set.of();
        }
        String code = reason.strip();
        Set<String> codes = new HashSet<>(Set.of(code));
        reasons.stream().filter(r -> code.equals(r.parentCode())).map(ReturnReason::code).forEach(codes::add);
        return codes;
    }

    private static <E> E parse(String value, Function<String, E> valueOf, String problemKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf.apply(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReturnRuleViolation(problemKey, value);
        }
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new ReturnRuleViolation("problem.return.bad-date", value);
        }
    }
}
