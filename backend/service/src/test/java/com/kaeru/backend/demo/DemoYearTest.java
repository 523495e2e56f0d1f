package com.kaeru.backend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The year's plan without a database: seeded, seasonal, with history only where it is settled. */
class DemoYearTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant NOW = Instant.parse("2026-12-04T03:00:00Z");

    private static List<DemoYear.Order> plan(String shop) {
        return DemoYear.plan(shop, DemoCatalog.itemsOf(shop), NOW, TOKYO);
    }

    @Test
    void theSameDayGivesTheSamePlanAndShopsDiffer() {
        assertThat(plan("sakura-apparel")).isEqualTo(plan("sakura-apparel"));
        assertThat(plan("kumo-zakka").get(0)).isNotEqualTo(plan("umi-outdoor").get(0));
    }

    @Test
    void ordersFollowTheSeasonsAndReturnsAreSettledInTheirOrder() {
        List<DemoYear.Order> orders = plan("sakura-apparel");
        Map<Integer, Long> perMonth = orders.stream().collect(Collectors.groupingBy(
                o -> o.orderedAt().atZone(TOKYO).getMonthValue(), Collectors.counting()));
        assertThat(perMonth.get(2)).isLessThan(perMonth.get(7));
        assertThat(orders).extracting(DemoYear.Order::number).doesNotHaveDuplicates();
        assertThat(orders).isSortedAccordingTo(java.util.Comparator.comparing(DemoYear.Order::orderedAt));
        for (DemoYear.Order o : orders) {
            DemoYear.Return r = o.ret();
            if (r == null) {
                continue;
            }
            assertThat(o.finalSaleFirst()).isFalse();
            assertThat(o.deliveredAt()).isBefore(NOW.minus(DemoYear.SETTLED));
            assertThat(r.requestedAt()).isAfter(o.deliveredAt());
            assertThat(Duration.between(o.deliveredAt(), r.requestedAt())).isLessThan(Duration.ofDays(30));
            assertThat(r.receivedOrCancelledAt()).isAfter(r.requestedAt()).isBefore(NOW);
            if (!r.cancelled()) {
                assertThat(r.refundedAt()).isAfter(r.receivedOrCancelledAt()).isBefore(NOW);
            }
        }
        assertThat(orders.stream().filter(o -> o.ret() != null && !o.ret().cancelled()
                && o.ret().refundedAt().isAfter(o.ret().receivedOrCancelledAt().plus(Duration.ofHours(24))))).isNotEmpty();
    }
}
