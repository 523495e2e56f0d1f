package com.kaeru.backend.returns.domain;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.kaeru.backend.money.domain.MoneyText;
import com.kaeru.backend.refunds.domain.Payout;
import com.kaeru.backend.refunds.domain.RefundMethod;

/**
 * The money of a whole return: whether its exchange fees are covered (at submission), and what it
 * pays back once every unit is graded. Exchange fees come off the exchange credit (bonus, cheaper
 * item) first, then off the refunds, then off the held refunds; Kaeru cannot charge the customer,
 * so what is still owed is not collectable (and a return whose fees exceed all it pays back is
 * refused when it is requested).
 */
public final class ReturnSettlement {
    private ReturnSettlement() {
    }

    /**
     * Refuses a return whose exchange fees exceed what the same return pays back (the exchanges'
     * credit plus the refunds), with both amounts in the customer's language.
     */
    public static void requireExchangeFeesCovered(List<ReturnLine.Spec> specs, Currency currency, String language) {
        long fees = 0;
        long paysBack = 0;
        for (ReturnLine.Spec spec : specs) {
            if (spec.resolution() == Resolution.EXCHANGE) {
                fees += spec.settlement().feeMinor();
                paysBack += spec.settlement().exchangeCreditMinor();
            } else {
                paysBack += spec.settlement().refundMinor();
            }
        }
        if (fees > paysBack) {
            throw new ReturnRuleViolation("problem.return.exchange-fee-uncovered",
                    MoneyText.format(fees, currency, language), MoneyText.format(paysBack, currency, language));
        }
    }

    /**
     * What a fully graded return pays back, per refund method. A refund line pays per its grades
     * ({@link ReturnLine#refundByGrade}): grade-C units whose reason is not the shop's fault are held
     * for a manager, missing units pay nothing. Exchange credit left after the exchange fees goes
     * out as store credit.
     *
     * @param shopFault whether a reason code is the shop's fault (defective, damaged, wrong item)
     */
    public static Settled atInspection(List<ReturnLine> lines, Predicate<String> shopFault) {
        Map<RefundMethod, Long> payable = new LinkedHashMap<>();
        Map<RefundMethod, Long> held = new LinkedHashMap<>();
        long credit = 0;
        long exchangeFees = 0;
        for (ReturnLine line : lines) {
            if (!line.fullyGraded()) {
                throw new IllegalStateException("Line " + line.id() + " is not graded yet");
            }
            if (line.resolution() == Resolution.REFUND) {
                long[] split = line.refundByGrade(shopFault.test(line.reasonCode()));
                payable.merge(line.refundMethod(), split[0], Long::sum);
                held.merge(line.refundMethod(), split[1], Long::sum);
            } else {
                credit += line.bonusMinor() + Math.max(0, -line.priceDifferenceMinor());
                exchangeFees += line.feeMinor();
            }
        }
        long fromCredit = Math.min(credit, exchangeFees);
        credit -= fromCredit;
        if (credit > 0) {
            payable.merge(RefundMethod.STORE_CREDIT, credit, Long::sum);
        }
        long uncollectable = deduct(held, deduct(payable, exchangeFees - fromCredit));
        return new Settled(new Payout(payable, held), exchangeFees, uncollectable);
    }

    /** Takes {@code amount} off the amounts in order, never below zero; returns what is left to take. */
    private static long deduct(Map<RefundMethod, Long> amounts, long amount) {
        long left = amount;
        for (Map.Entry<RefundMethod, Long> e : amounts.entrySet()) {
            long off = Math.min(left, e.getValue());
            e.setValue(e.getValue() - off);
            left -= off;
        }
        return left;
    }

    /**
     * @param payout        the refunds to ask for
     * @param exchangeFees  the exchange fees the return owed
     * @param uncollectable the part of them nothing was left to take from
     */
    public record Settled(Payout payout, long exchangeFees, long uncollectable) {
        public long exchangeFeesDeducted() {
            return exchangeFees - uncollectable;
        }
    }
}
