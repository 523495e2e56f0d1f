package com.kaeru.admin.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.kaeru.api.returns.FulfilmentDto;
import com.kaeru.api.returns.FulfilmentPageDto;
import com.kaeru.api.returns.FulfilmentsApi;
import com.kaeru.api.returns.ShipmentRecord;
import com.kaeru.api.vocabulary.FulfilmentState;
import jakarta.ws.rs.core.Response;

/** The fulfilment API in memory: filters by state, late and RMA; shipping as the backend rules it (409s included). */
public final class FakeFulfilments implements FulfilmentsApi {
    public final List<FulfilmentDto> items = new ArrayList<>();
    /** "ship RMA/line carrier tracking" per call. */
    public final List<String> calls = new ArrayList<>();

    public static FulfilmentDto of(String rma, long lineId, FulfilmentState state, java.time.LocalDate promised,
                                   boolean confirmed, boolean late) {
        return new FulfilmentDto(rma, lineId, "TEE-" + lineId + "-L", "リネンTシャツ", "L", "navy", 1, state, late,
                java.time.Instant.parse("2026-11-20T01:00:00Z"), promised, confirmed, 1, null, null,
                state == FulfilmentState.SHIPMENT_REQUESTED ? java.time.Instant.parse("2026-12-03T01:00:00Z") : null,
                null, null, null, null, "佐藤 美咲", "100-0005", "東京都 千代田区 丸の内1-9-1", "090-1111-2222");
    }

    @Override
    public FulfilmentPageDto list(String slug, String state, boolean late, String sku, String rma, int page, int size) {
        List<String> states = state == null ? List.of() : Arrays.asList(state.split(","));
        List<FulfilmentDto> found = items.stream()
                .filter(f -> states.isEmpty() || states.contains(f.state().name()))
                .filter(f -> !late || f.late())
                .filter(f -> rma == null || f.rma().equals(rma)).toList();
        return new FulfilmentPageDto(found, found.size(), page, size);
    }

    @Override
    public Response export(String slug, String state, boolean late, String sku, String rma, String charset, boolean bom) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FulfilmentDto ship(String slug, String rma, long lineId, ShipmentRecord shipment) {
        calls.add("ship " + rma + "/" + lineId + " " + shipment.carrier + " " + shipment.trackingNumber);
        FulfilmentDto f = items.stream().filter(i -> i.rma().equals(rma) && i.lineId() == lineId).findFirst()
                .orElseThrow(() -> FakeReturns.problem(404, "Return " + rma + " has no exchange line " + lineId + "."));
        if (f.state() != FulfilmentState.SHIPMENT_REQUESTED) {
            throw FakeReturns.problem(409, "返品 " + rma + " の交換品は現在「" + f.state() + "」のため、ship できません。");
        }
        FulfilmentDto shipped = new FulfilmentDto(f.rma(), f.lineId(), f.sku(), f.productName(), f.size(), f.color(),
                f.quantity(), FulfilmentState.SHIPPED, false, f.backorderedAt(), f.promisedDate(), f.dateConfirmed(),
                f.noticesSent() + 1, f.lastNoticeAt(), null, f.shipmentRequestedAt(), shipment.carrier,
                shipment.trackingNumber, java.time.Instant.parse("2026-12-04T02:00:00Z"), null, f.shipToName(),
                f.shipToPostalCode(), f.shipToAddress(), f.shipToPhone());
        items.set(items.indexOf(f), shipped);
        return shipped;
    }

    @Override
    public FulfilmentDto deliver(String slug, String rma, long lineId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FulfilmentDto release(String slug, String rma, long lineId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FulfilmentDto cancel(String slug, String rma, long lineId) {
        throw new UnsupportedOperationException();
    }
}
