package com.kaeru.backend.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import com.kaeru.backend.orders.domain.SalesChannel;
import com.kaeru.backend.returns.domain.Grade;

/**
 * A year of a demo shop's business, planned before anything is written: orders every day of the
 * last 365 (more at year end, in the January and July sales, fewer in February), a return on a
 * share of them with its request, receipt and refund times, one variant that runs small (its
 * returns are mostly "too small"), two customers who return nearly everything, and refunds that
 * came late (a manager's approval, a busy warehouse). Pure and seeded by the shop's slug, so every
 * machine plans the same year for the same {@code now}.
 */
final class DemoYear {
    /** Orders per day on an ordinary day, per shop. */
    private static final double APPAREL_RATE = 1.0;
    private static final double ZAKKA_RATE = 0.8;
    private static final double OUTDOOR_RATE = 0.7;
    /** Month factors January..December: New Year and summer sales, year-end gifts, a quiet February. */
    private static final double[] SEASON = {1.3, 0.7, 0.9, 1.0, 0.9, 1.0, 1.3, 0.9, 0.8, 0.9, 1.2, 1.6};
    /** Outdoor sells jackets for winter and gear for summer. */
    private static final double[] OUTDOOR_SEASON = {1.0, 0.6, 0.8, 1.0, 1.0, 1.2, 1.4, 1.2, 0.8, 1.2, 1.4, 1.5};
    /** Returns are planned only for orders delivered this long ago, so they are settled by now. */
    static final Duration SETTLED = Duration.ofDays(35);

    private static final String[] NAMES = {"佐藤 美咲", "鈴木 大翔", "高橋 結衣", "田中 蓮", "伊藤 陽菜",
            "渡辺 湊", "山本 凛", "中村 悠真", "小林 さくら", "加藤 陽翔", "吉田 葵", "山田 樹", "佐々木 結菜",
            "松本 大和", "井上 芽依", "木村 颯太", "林 美桜", "斎藤 奏", "清水 心春", "山口 蒼", "Emily Clark",
            "Lucas Martin"};

    /** One line to order: the variant by SKU, units, price and line discount. */
    record Line(String sku, int quantity, long unitPriceMinor, long discountMinor) {
    }

    /** A planned return of one unit of the order's first line. */
    record Return(String reason, String refundMethod, String returnMethod, String dropOffPoint, boolean cancelled,
                  Instant requestedAt, Instant receivedOrCancelledAt, Instant refundedAt, Grade grade) {
    }

    /** A planned order; {@code ret} is its return, if it gets one. */
    record Order(String number, String customerName, String email, String phone, SalesChannel channel,
                 long orderDiscountMinor, Instant orderedAt, Instant shippedAt, Instant deliveredAt, List<Line> lines,
                 boolean finalSaleFirst, Return ret) {
    }

    /** The two customers per shop who return nearly everything (their addresses start with this). */
    static final String ABUSER_PREFIX = "henpin.";

    private DemoYear() {
    }

    /** The variant whose sizes run small in this shop. */
    static String runsSmall(String slug) {
        return switch (slug) {
            case "sakura-apparel" -> "LINEN-SHIRT-S-WHITE";
            case "kumo-zakka" -> "WOOD-TRAY-S-OAK";
            default -> "TREK-SHOES-255-BROWN";
        };
    }

    /**
     * The shop's orders of the last 365 days (numbers {@code PREFIX-10002} on, in order of time),
     * history returns planned on those delivered at least {@link #SETTLED} ago.
     */
    static List<Order> plan(String slug, List<DemoCatalog.Item> items, Instant now, ZoneId zone) {
        Random random = new Random(31L * slug.hashCode() + 2026);
        List<Line> variants = new ArrayList<>();
        List<Boolean> finalSale = new ArrayList<>();
        for (DemoCatalog.Item item : items) {
            for (String size : item.sizes()) {
                for (String color : item.colors()) {
                    variants.add(new Line(DemoCatalog.sku(item, size, color), 1, item.price(), 0));
                    finalSale.add(item.finalSale());
                }
            }
        }
        double rate = switch (slug) {
            case "sakura-apparel" -> APPAREL_RATE;
            case "kumo-zakka" -> ZAKKA_RATE;
            default -> OUTDOOR_RATE;
        };
        double[] season = "umi-outdoor".equals(slug) ? OUTDOOR_SEASON : SEASON;
        String small = runsSmall(slug);
        List<Draft> drafts = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (int daysAgo = 365; daysAgo >= 1; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            double expected = rate * season[day.getMonthValue() - 1];
            int count = (int) expected + (random.nextDouble() < expected - (int) expected ? 1 : 0);
            for (int n = 0; n < count; n++) {
                int customer = random.nextInt(150);
                drafts.add(new Draft(orderedAt(day, zone, random), NAMES[customer % NAMES.length],
                        "customer" + customer + "@example.jp", "090-0000-" + String.format("%04d", customer)));
            }
        }
        // Two customers who order about once a month and send nearly everything back.
        String[][] abusers = {{"高橋 健太", ABUSER_PREFIX + "kenta@example.jp", "080-5555-0101"},
                {"森 さやか", ABUSER_PREFIX + "sayaka@example.jp", "080-5555-0202"}};
        for (String[] abuser : abusers) {
            for (int month = 11; month >= 0; month--) {
                LocalDate day = today.minusDays(month * 30L + 5 + random.nextInt(20));
                drafts.add(new Draft(orderedAt(day, zone, random), abuser[0], abuser[1], abuser[2]));
            }
        }
        // Two orders of today still on their way (the demo's "needs review" and "rejected" returns need them).
        drafts.add(new Draft(now.minus(Duration.ofHours(30)), NAMES[3], "customer3@example.jp", "090-0000-0003"));
        drafts.add(new Draft(now.minus(Duration.ofHours(26)), NAMES[7], "customer7@example.jp", "090-0000-0007"));
        drafts.sort(Comparator.comparing(Draft::orderedAt));
        String prefix = DemoCatalog.prefix(slug);
        List<Order> orders = new ArrayList<>();
        int number = 10002;
        for (Draft d : drafts) {
            boolean abuser = d.email().startsWith(ABUSER_PREFIX);
            Instant shipped = d.orderedAt().plus(Duration.ofHours(14 + random.nextInt(24)));
            Instant delivered = shipped.plus(Duration.ofHours(20 + random.nextInt(30)));
            List<Line> lines = new ArrayList<>();
            int lineCount = 1 + random.nextInt(3);
            for (int l = 0; l < lineCount; l++) {
                // The runs-small variant is a best seller: one first line in eight.
                int index = l == 0 && random.nextInt(8) == 0 ? indexOf(variants, small) : random.nextInt(variants.size());
                Line v = variants.get(index);
                if (lines.stream().noneMatch(x -> x.sku().equals(v.sku()))) {
                    int quantity = 1 + (random.nextInt(4) == 0 ? 1 : 0);
                    long discount = random.nextInt(6) == 0 ? v.unitPriceMinor() * quantity / 10 : 0;
                    lines.add(new Line(v.sku(), quantity, v.unitPriceMinor(), discount));
                }
            }
            SalesChannel channel = random.nextInt(4) != 0 ? SalesChannel.values()[random.nextInt(4)] : SalesChannel.OWN_SITE;
            long orderDiscount = random.nextInt(5) == 0 ? 500 : 0;
            boolean finalSaleFirst = finalSale.get(indexOf(variants, lines.get(0).sku()));
            boolean returnable = !finalSaleFirst && !delivered.isAfter(now.minus(SETTLED));
            Return ret = null;
            double share = abuser ? 0.85 : lines.get(0).sku().equals(small) ? 0.35 : returnShare(slug);
            if (returnable && random.nextDouble() < share) {
                ret = plannedReturn(slug, lines.get(0), abuser, lines.get(0).sku().equals(small), delivered, zone, random);
            }
            orders.add(new Order(prefix + "-" + number++, d.customerName(), d.email(), d.phone(), channel, orderDiscount,
                    d.orderedAt(), shipped, delivered, lines, finalSaleFirst, ret));
        }
        return orders;
    }

    private record Draft(Instant orderedAt, String customerName, String email, String phone) {
    }

    private static double returnShare(String slug) {
        return switch (slug) {
            case "sakura-apparel" -> 0.12;
            case "kumo-zakka" -> 0.09;
            default -> 0.10;
        };
    }

    private static int indexOf(List<Line> variants, String sku) {
        for (int i = 0; i < variants.size(); i++) {
            if (variants.get(i).sku().equals(sku)) {
                return i;
            }
        }
        throw new IllegalArgumentException(sku);
    }

    /** Orders come in all day, most in the evening (shop time). */
    private static Instant orderedAt(LocalDate day, ZoneId zone, Random random) {
        int[] hours = {8, 10, 12, 12, 13, 15, 18, 19, 20, 20, 21, 21, 22, 22, 23};
        return day.atTime(hours[random.nextInt(hours.length)], random.nextInt(60), random.nextInt(60)).atZone(zone)
                .toInstant();
    }

    private static Return plannedReturn(String slug, Line line, boolean abuser, boolean runsSmall, Instant delivered,
                                        ZoneId zone, Random random) {
        String reason = reason(slug, abuser, runsSmall, random);
        int method = random.nextInt(10);
        String refundMethod = method < 6 ? "ORIGINAL_PAYMENT" : method < 9 ? "STORE_CREDIT" : "GIFT_CODE";
        boolean dropOff = random.nextInt(3) == 0;
        String point = dropOff ? List.of("SEVEN_ELEVEN", "FAMILYMART", "LAWSON").get(random.nextInt(3)) : null;
        // Most customers ask within days of delivery; a few near the end of the 30-day window.
        int afterDays = random.nextInt(4) == 0 ? 8 + random.nextInt(18) : 1 + random.nextInt(7);
        Instant requested = at(delivered.plus(Duration.ofDays(afterDays)), zone, 7 + random.nextInt(16), random);
        if (random.nextInt(12) == 0) {
            // Changed their mind again within a day or two.
            return new Return(reason, refundMethod, dropOff ? "DROP_OFF" : "PREPAID_LABEL", point, true, requested,
                    requested.plus(Duration.ofMinutes(60 + random.nextInt(36 * 60))), null, null);
        }
        // Parcels arrive at the warehouse on working hours, 2 to 6 days later.
        Instant received = at(requested.plus(Duration.ofDays(2 + random.nextInt(5))), zone, 9 + random.nextInt(8), random);
        long price = line.unitPriceMinor();
        // Refunds above the approval limit wait for a manager; one in twelve others waits for a busy bench.
        boolean late = price > 30_000 || random.nextInt(12) == 0;
        Instant refunded = late ? received.plus(Duration.ofHours(26 + random.nextInt(60)))
                : received.plus(Duration.ofMinutes(20 + random.nextInt(8 * 60)));
        int g = random.nextInt(20);
        Grade grade = "DEFECTIVE".equals(reason) ? (g < 12 ? Grade.C : Grade.B)
                : abuser ? (g < 8 ? Grade.A : g < 16 ? Grade.B : Grade.C)
                : g < 16 ? Grade.A : g < 19 ? Grade.B : Grade.C;
        return new Return(reason, refundMethod, dropOff ? "DROP_OFF" : "PREPAID_LABEL", point, false, requested,
                received, refunded, grade);
    }

    /** The same day at {@code hour} shop time (minutes random). */
    private static Instant at(Instant day, ZoneId zone, int hour, Random random) {
        ZonedDateTime z = day.atZone(zone);
        return z.withHour(hour).withMinute(random.nextInt(60)).withSecond(random.nextInt(60)).withNano(0).toInstant();
    }

    private static String reason(String slug, boolean abuser, boolean runsSmall, Random random) {
        int r = random.nextInt(100);
        if (runsSmall) {
            return r < 72 ? "SIZE_TOO_SMALL" : r < 80 ? "SIZE_TOO_LARGE" : r < 90 ? "COLOR_DIFFERENT" : "CHANGED_MIND";
        }
        if (abuser) {
            return r < 50 ? "CHANGED_MIND" : r < 70 ? "MATERIAL_DIFFERENT" : r < 85 ? "COLOR_DIFFERENT" : "DEFECTIVE";
        }
        if ("kumo-zakka".equals(slug)) {
            return r < 30 ? "DEFECTIVE" : r < 50 ? "COLOR_DIFFERENT" : r < 62 ? "MATERIAL_DIFFERENT"
                    : r < 67 ? "WRONG_ITEM" : r < 70 ? "SIZE_TOO_SMALL" : "CHANGED_MIND";
        }
        return r < 15 ? "SIZE_TOO_SMALL" : r < 33 ? "SIZE_TOO_LARGE" : r < 45 ? "COLOR_DIFFERENT"
                : r < 55 ? "MATERIAL_DIFFERENT" : r < 65 ? "DEFECTIVE" : r < 70 ? "WRONG_ITEM" : "CHANGED_MIND";
    }
}
