package com.kaeru.backend.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.kaeru.api.events.BackorderChoiceMade;
import com.kaeru.api.events.BackorderDateConfirmed;
import com.kaeru.api.events.BackorderDateMoved;
import com.kaeru.api.events.CouponIssued;
import com.kaeru.api.events.Customer;
import com.kaeru.api.events.CustomerAnswered;
import com.kaeru.api.events.ReturnRated;
import com.kaeru.api.events.CustomerQuestionAsked;
import com.kaeru.api.events.EventEnvelope;
import com.kaeru.api.events.EventPayload;
import com.kaeru.api.events.EventType;
import com.kaeru.api.events.ExchangeAllocated;
import com.kaeru.api.events.ExchangeBackordered;
import com.kaeru.api.events.ExchangeDelivered;
import com.kaeru.api.events.ExchangeShipmentRequested;
import com.kaeru.api.events.ExchangeReservationReleased;
import com.kaeru.api.events.ExchangeReserved;
import com.kaeru.api.events.ExchangeShipped;
import com.kaeru.api.events.LineGraded;
import com.kaeru.api.events.RefundApproved;
import com.kaeru.api.events.RefundFailed;
import com.kaeru.api.events.RefundIssued;
import com.kaeru.api.events.RefundRequested;
import com.kaeru.api.events.ReturnApproved;
import com.kaeru.api.events.ReturnCancelled;
import com.kaeru.api.events.ReturnCompleted;
import com.kaeru.api.events.ReturnHeldForReview;
import com.kaeru.api.events.ReturnInTransit;
import com.kaeru.api.events.ReturnInspected;
import com.kaeru.api.events.ReturnLabelIssued;
import com.kaeru.api.events.ReturnLineData;
import com.kaeru.api.events.ReturnReceived;
import com.kaeru.api.events.ReturnRejected;
import com.kaeru.api.events.ReturnRequested;
import com.kaeru.api.events.StockChanged;
import com.kaeru.api.events.UpgradePaymentCollected;
import com.kaeru.api.events.UpgradePaymentFailed;
import com.kaeru.backend.events.application.EventJson;
import com.kaeru.backend.events.application.StoredEvent;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON integrators read is pinned: each event type's envelope, with a sample payload, must
 * equal its golden file in {@code src/test/resources/events/golden}. A failing test here means a
 * schema change: add a field (optional for readers) and update the golden file, or, for a removed or
 * renamed field, raise the type's version in {@link EventType} and say so in docs/events.md.
 * Run with {@code -Devents.golden.write=true} to (re)write the golden files after such a decision.
 */
class EventSerializationTest {
    private static final Path GOLDEN = Path.of("src/test/resources/events/golden");
    private static final Customer CUSTOMER = new Customer("hanako@example.jp", "ja");

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeSerialisesExactlyAsItsGoldenFile(EventType type) throws IOException {
        EventPayload payload = sample(type);
        assertThat(EventType.of(payload)).isEqualTo(type);
        String json = EventJson.json(new EventEnvelope<>(UUID.fromString("0b9b7a4e-5f0c-4f5e-9c1e-3f2a1d0c9b8a"),
                type.wireName(), type.version(), 7L, Instant.parse("2026-12-04T05:06:07.123Z"), payload.aggregateType(),
                payload.aggregateId(), "kumo-operator", payload));
        Path file = GOLDEN.resolve(type.wireName() + ".json");
        if (Boolean.getBoolean("events.golden.write")) {
            Files.writeString(file, pretty(json), StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file)).as("golden file %s", file).isTrue();
        assertThat(parse(json)).isEqualTo(parse(Files.readString(file, StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void aStoredPayloadReadsBackAsTheSameRecord(EventType type) {
        EventPayload payload = sample(type);
        StoredEvent stored = new StoredEvent(1, UUID.randomUUID(), type.wireName(), type.version(), 7,
                Instant.now(), payload.aggregateType(), payload.aggregateId(), "policy", "k", EventJson.json(payload), null);
        assertThat(stored.typed()).isTrue();
        assertThat(stored.data()).isEqualTo(payload);
        assertThat(stored.envelope().data()).isEqualTo(payload);
    }

    /** One realistic payload per type; the switch is exhaustive, so a new type cannot go without a golden file. */
    static EventPayload sample(EventType type) {
        String rma = "R-000123";
        return switch (type) {
            case RETURN_REQUESTED -> new ReturnRequested(rma, "KM-10023", CUSTOMER, "PREPAID_LABEL", "JPY",
                    List.of(new ReturnLineData(41, 301, 1, "TOO_SMALL", "EXCHANGE", null, 512L, "EXCHANGE_ONLY", 0, 0,
                                    300, -200),
                            new ReturnLineData(42, 302, 2, "DEFECTIVE", "REFUND", "GIFT_CODE", null, "AUTO_APPROVE",
                                    3600, 0, 0, 0)), "REQUESTED", "");
            case RETURN_HELD_FOR_REVIEW -> new ReturnHeldForReview(rma, CUSTOMER, "REQUESTED", "NEEDS_REVIEW",
                    "auto-approve: some lines need review");
            case RETURN_APPROVED -> new ReturnApproved(rma, CUSTOMER, "NEEDS_REVIEW", "APPROVED", "写真を確認しました");
            case RETURN_LABEL_ISSUED -> new ReturnLabelIssued(rma, CUSTOMER, "APPROVED", "AWAITING_SHIPMENT",
                    "label issued");
            case RETURN_IN_TRANSIT -> new ReturnInTransit(rma, CUSTOMER, "AWAITING_SHIPMENT", "IN_TRANSIT", "", "YAMATO",
                    "4901-2345-6789", "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=490123456789");
            case RETURN_REJECTED -> new ReturnRejected(rma, CUSTOMER, "NEEDS_REVIEW", "REJECTED",
                    "お届けから30日を過ぎているため、返品期間が終了しています。");
            case RETURN_RECEIVED -> new ReturnReceived(rma, CUSTOMER, "AWAITING_SHIPMENT", "RECEIVED", "",
                    Instant.parse("2026-12-18T05:06:07Z"));
            case RETURN_INSPECTED -> new ReturnInspected(rma, CUSTOMER, "RECEIVED", "INSPECTED", "");
            case RETURN_COMPLETED -> new ReturnCompleted(rma, CUSTOMER, "INSPECTED", "COMPLETED", "");
            case RETURN_CANCELLED -> new ReturnCancelled(rma, CUSTOMER, "AWAITING_SHIPMENT", "CANCELLED",
                    "customer changed their mind");
            case LINE_GRADED -> new LineGraded(rma, 42, 302, List.of("A", "C"), 1, 0, 1, true);
            case EXCHANGE_RESERVED -> new ExchangeReserved(rma, 41, 512, 1);
            case EXCHANGE_BACKORDERED -> new ExchangeBackordered(rma, 41, 512, 1, CUSTOMER,
                    java.time.LocalDate.parse("2026-12-15"), false);
            case EXCHANGE_RESERVATION_RELEASED -> new ExchangeReservationReleased(rma, 41, 512, 1);
            case EXCHANGE_SHIPPED -> new ExchangeShipped(rma, CUSTOMER, 41, 512, 1, "ヤマト運輸", "4901-2345-6789",
                    Instant.parse("2026-12-05T01:02:03Z"));
            case EXCHANGE_ALLOCATED -> new ExchangeAllocated(rma, 41, 512, 1, "SHIPMENT_REQUESTED");
            case EXCHANGE_SHIPMENT_REQUESTED -> new ExchangeShipmentRequested(rma, 41, 512, "KM-TEE-L-NAVY", 1);
            case EXCHANGE_DELIVERED -> new ExchangeDelivered(rma, CUSTOMER, 41, "4901-2345-6789",
                    Instant.parse("2026-12-07T03:04:05Z"));
            case BACKORDER_DATE_CONFIRMED -> new BackorderDateConfirmed(rma, CUSTOMER, 41, 512,
                    java.time.LocalDate.parse("2026-12-15"), java.time.LocalDate.parse("2026-12-16"),
                    java.time.LocalDate.parse("2026-12-18"));
            case BACKORDER_DATE_MOVED -> new BackorderDateMoved(rma, CUSTOMER, 41, 512,
                    java.time.LocalDate.parse("2026-12-15"), java.time.LocalDate.parse("2026-12-20"), true,
                    java.time.LocalDate.parse("2026-12-21"), java.time.LocalDate.parse("2026-12-23"));
            case BACKORDER_CHOICE_MADE -> new BackorderChoiceMade(rma, CUSTOMER, 41, "CANCEL_FOR_REFUND", 512,
                    "KM-TEE-M-NAVY", 1, "CANCELLED", null, null, null, null, 3900L, "JPY", true);
            case COUPON_ISSUED -> new CouponIssued("7KQM-3XRB-HN2W", CUSTOMER, null, null, 10,
                    Instant.parse("2027-01-03T15:00:00Z"), "backorder cancelled: R-000123", rma, 41L);
            case REFUND_REQUESTED -> new RefundRequested(rma, 9001, "GIFT_CODE", 3600, "JPY", false);
            case REFUND_APPROVED -> new RefundApproved(rma, 9001, 3600, "JPY");
            case REFUND_ISSUED -> new RefundIssued(rma, CUSTOMER, 9001, "GIFT_CODE", 3600, "JPY", "GIFT-7Q2K-9XWD");
            case REFUND_FAILED -> new RefundFailed(rma, 9002, "ORIGINAL_PAYMENT", 4500, "JPY", "card_declined",
                    "card_declined: Stripe: Your card was declined.", 1);
            case UPGRADE_PAYMENT_COLLECTED -> new UpgradePaymentCollected(rma, CUSTOMER, 77, 1500, "JPY",
                    "pi_3QkM2sLkdIwHu7ix0kQ1uTdY");
            case UPGRADE_PAYMENT_FAILED -> new UpgradePaymentFailed(rma, CUSTOMER, 77, 1500, "JPY", "card_declined",
                    "card_declined: Stripe: Your card was declined.", 1);
            case CUSTOMER_QUESTION_ASKED -> new CustomerQuestionAsked(rma, CUSTOMER, 1,
                    "左袖の汚れの写真をお送りいただけますか。");
            case CUSTOMER_ANSWERED -> new CustomerAnswered(rma, CUSTOMER, "写真をメールでお送りしました。");
            case RETURN_RATED -> new ReturnRated(rma, CUSTOMER, 5, "交換品がすぐに届きました。");
            case STOCK_CHANGED -> new StockChanged("KM-TEE-M-NAVY", 512, "MAIN", 90017, "GRADE_A", rma, 1, 0, 0, 0,
                    8, 2, 1, 0, 7, Instant.parse("2026-12-04T05:06:07.123Z"));
        };
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    private static String pretty(String json) {
        var out = new java.io.StringWriter();
        try (var writer = Json.createWriterFactory(java.util.Map.of(
                jakarta.json.stream.JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(parse(json));
        }
        return out.toString().strip() + "\n";
    }
}
