package com.kaeru.backend.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class PolicyEngineTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static LineFacts facts(Integer days, boolean finalSale, boolean onSale, long value, String reason,
                                   int customerReturns, String channel, boolean blocklisted) {
        return new LineFacts(days, finalSale, onSale, "tops", List.of("linen"), value, reason, window -> customerReturns,
                channel, blocklisted);
    }

    private static LineFacts ordinary(int days) {
        return facts(days, false, false, 5000, "SIZE_TOO_SMALL", 0, "OWN_SITE", false);
    }

    @Test
    void defaultPolicyApprovesWithin30DaysRefusesAfterAndRefusesFinalSale() {
        List<PolicyRule> rules = DefaultPolicy.rules(1, "en");
        assertThat(PolicyEngine.evaluate(rules, ordinary(0)).outcome()).isEqualTo(PolicyOutcome.AUTO_APPROVE);
        assertThat(PolicyEngine.evaluate(rules, ordinary(30)).outcome()).isEqualTo(PolicyOutcome.AUTO_APPROVE);
        assertThat(PolicyEngine.evaluate(rules, ordinary(31)).outcome()).isEqualTo(PolicyOutcome.REJECT);
        PolicyDecision finalSale = PolicyEngine.evaluate(rules, facts(3, true, false, 5000, null, 0, "OWN_SITE", false));
        assertThat(finalSale.outcome()).isEqualTo(PolicyOutcome.REJECT);
        assertThat(finalSale.ruleName()).isEqualTo("Final sale");
        assertThat(finalSale.message("en")).contains("Final-sale");
        assertThat(PolicyEngine.evaluate(rules, ordinary(3)).freeReturnShippingForExchange()).isTrue();
    }

    @Test
    void defaultRuleNamesAreInTheShopsLanguage() {
        assertThat(DefaultPolicy.rules(1, "ja")).extracting(PolicyRule::name)
                .containsExactly("セール最終品", "30日以内", "30日経過後");
        assertThat(DefaultPolicy.rules(1, "en")).extracting(PolicyRule::name)
                .containsExactly("Final sale", "Within 30 days", "After 30 days");
        // Same conditions and outcomes whatever the language: only the names differ.
        assertThat(PolicyEngine.evaluate(DefaultPolicy.rules(1, "ja"), ordinary(30)).ruleName()).isEqualTo("30日以内");
    }

    @Test
    void notYetDeliveredGoesToAPerson() {
        PolicyDecision decision = PolicyEngine.evaluate(DefaultPolicy.rules(1, "en"),
                facts(null, false, false, 5000, null, 0, "OWN_SITE", false));
        assertThat(decision.outcome()).isEqualTo(PolicyOutcome.NEEDS_REVIEW);
        assertThat(decision.ruleName()).isEqualTo(PolicyDecision.NO_RULE_MATCHED);
    }

    @Test
    void firstMatchingRuleDecidesInPositionOrder() {
        List<PolicyRule> rules = List.of(
                new PolicyRule(1, 20, "Everything", PolicyOutcome.AUTO_APPROVE),
                new PolicyRule(1, 10, "Expensive", PolicyOutcome.NEEDS_REVIEW).lineValue(20_000L, null));
        assertThat(PolicyEngine.evaluate(rules, facts(1, false, false, 25_000, null, 0, "OWN_SITE", false)).ruleName())
                .isEqualTo("Expensive");
        assertThat(PolicyEngine.evaluate(rules, facts(1, false, false, 19_999, null, 0, "OWN_SITE", false)).ruleName())
                .isEqualTo("Everything");
    }

    @Test
    void everyConditionNarrowsTheRule() {
        assertThat(new PolicyRule(1, 1, "sale", PolicyOutcome.EXCHANGE_ONLY).onSale(true)
                .matches(facts(1, false, true, 1, null, 0, "OWN_SITE", false))).isTrue();
        assertThat(new PolicyRule(1, 1, "sale", PolicyOutcome.EXCHANGE_ONLY).onSale(true)
                .matches(ordinary(1))).isFalse();
        assertThat(new PolicyRule(1, 1, "cat", PolicyOutcome.REJECT).categories(List.of("Shoes", "TOPS"))
                .matches(ordinary(1))).isTrue();
        assertThat(new PolicyRule(1, 1, "tag", PolicyOutcome.REJECT).tags(List.of("wool")).matches(ordinary(1))).isFalse();
        assertThat(new PolicyRule(1, 1, "reason", PolicyOutcome.NEEDS_REVIEW).reasonCodes(List.of("DEFECTIVE"))
                .matches(ordinary(1))).isFalse();
        assertThat(new PolicyRule(1, 1, "serial", PolicyOutcome.NEEDS_REVIEW).customerReturnsAtLeast(3, 90)
                .matches(facts(1, false, false, 1, null, 3, "OWN_SITE", false))).isTrue();
        assertThat(new PolicyRule(1, 1, "serial", PolicyOutcome.NEEDS_REVIEW).customerReturnsAtLeast(3, 90)
                .matches(facts(1, false, false, 1, null, 2, "OWN_SITE", false))).isFalse();
        assertThat(new PolicyRule(1, 1, "mall", PolicyOutcome.NEEDS_REVIEW).channels(List.of("RAKUTEN", "AMAZON"))
                .matches(facts(1, false, false, 1, null, 0, "rakuten", false))).isTrue();
        assertThat(new PolicyRule(1, 1, "block", PolicyOutcome.REJECT).blocklisted(true)
                .matches(facts(1, false, false, 1, null, 0, "OWN_SITE", true))).isTrue();
        assertThat(new PolicyRule(1, 1, "off", PolicyOutcome.REJECT).enabled(false).matches(ordinary(1))).isFalse();
    }

    @Test
    void rulesRefuseNonsense() {
        assertThatThrownBy(() -> new PolicyRule(1, 1, " ", PolicyOutcome.REJECT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PolicyRule(1, 1, "x", PolicyOutcome.REJECT).days(10, 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PolicyRule(1, 1, "x", PolicyOutcome.REJECT).fees(0, 0, 101))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PolicyRule(1, 1, "x", PolicyOutcome.REJECT).customerReturnsAtLeast(3, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void returnWindowCountsCalendarDaysInTheShopsTimeZone() {
        Instant delivered = Instant.parse("2026-03-01T14:50:00Z"); // 23:50 on 1 March in Tokyo
        assertThat(ReturnWindow.daysSince(delivered, Instant.parse("2026-03-01T15:10:00Z"), TOKYO)).isEqualTo(1);
        assertThat(ReturnWindow.daysSince(delivered, Instant.parse("2026-03-01T14:55:00Z"), TOKYO)).isZero();
        assertThat(ReturnWindow.daysSince(delivered, Instant.parse("2026-03-31T14:59:59Z"), TOKYO)).isEqualTo(30);
        assertThat(ReturnWindow.daysSince(delivered, Instant.parse("2026-03-31T15:00:00Z"), TOKYO)).isEqualTo(31);
        assertThat(ReturnWindow.daysSince(null, Instant.now(), TOKYO)).isNull();
    }

    @Test
    void returnWindowAcrossADaylightSavingChange() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant delivered = Instant.parse("2026-03-07T12:00:00Z"); // Saturday before the switch
        assertThat(ReturnWindow.daysSince(delivered, Instant.parse("2026-03-09T04:30:00Z"), newYork)).isEqualTo(2);
    }

    @Test
    void aRuleMayCountDaysFromAnotherEventThanTheShopsAnchor() {
        // Ordered 40 days ago, delivered 10 days ago; the shop counts from delivery.
        LineFacts facts = new LineFacts(10, false, false, "tops", List.of(), 5000, null, w -> 0, "OWN_SITE", false,
                java.util.Map.of("ORDER", 40, "SHIPMENT", 12, "DELIVERY", 10));
        List<PolicyRule> rules = List.of(
                new PolicyRule(1, 10, "60 days from order", PolicyOutcome.AUTO_APPROVE).days(null, 30).daysFrom("ORDER"),
                new PolicyRule(1, 20, "Anchor", PolicyOutcome.NEEDS_REVIEW).days(0, 30));
        assertThat(PolicyEngine.evaluate(rules, facts).ruleName()).isEqualTo("Anchor");
        assertThat(PolicyEngine.evaluate(rules.subList(0, 1), new LineFacts(10, false, false, "tops", List.of(), 5000,
                null, w -> 0, "OWN_SITE", false, java.util.Map.of("ORDER", 20))).ruleName()).isEqualTo("60 days from order");
        // Not shipped yet: a rule counting from shipment cannot match.
        PolicyRule fromShipment = new PolicyRule(1, 10, "From shipment", PolicyOutcome.AUTO_APPROVE).days(0, 30)
                .daysFrom("SHIPMENT");
        assertThat(fromShipment.matches(new LineFacts(null, false, false, "tops", List.of(), 5000, null, w -> 0,
                "OWN_SITE", false, java.util.Map.of("ORDER", 2)))).isFalse();
        assertThatThrownBy(() -> fromShipment.daysFrom("PAYMENT")).isInstanceOf(IllegalArgumentException.class);
    }
}
