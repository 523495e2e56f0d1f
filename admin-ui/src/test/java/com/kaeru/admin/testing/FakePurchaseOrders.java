package com.kaeru.admin.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.api.inventory.PurchaseOrderDto;
import com.kaeru.api.inventory.PurchaseOrderLineDto;
import com.kaeru.api.inventory.PurchaseOrderPageDto;
import com.kaeru.api.inventory.PurchaseOrderRequest;
import com.kaeru.api.inventory.PurchaseOrderSchedule;
import com.kaeru.api.inventory.PurchaseOrdersApi;
import com.kaeru.api.inventory.ReceiptRequest;
import com.kaeru.api.inventory.SkuQuantity;
import com.kaeru.api.problem.Problem;
import com.kaeru.client.ApiProblemException;

/**
 * Purchase orders in memory: numbered PO-000001…, receipts checked against what is still due
 * (422 with the line's field, as the backend), every receipt and its Idempotency-Key recorded.
 */
public final class FakePurchaseOrders implements PurchaseOrdersApi {
    public final Map<String, PurchaseOrderDto> orders = new LinkedHashMap<>();
    public final List<PurchaseOrderRequest> placed = new ArrayList<>();
    public final List<ReceiptRequest> receipts = new ArrayList<>();
    public final List<String> idempotencyKeys = new ArrayList<>();
    public final List<PurchaseOrderSchedule> schedules = new ArrayList<>();
    private final String username;

    FakePurchaseOrders(String username) {
        this.username = username;
    }

    /** An open order with these lines (sku → ordered), expected on {@code expected}. */
    public PurchaseOrderDto add(String supplier, LocalDate expected, boolean confirmed, Map<String, Integer> lines) {
        String number = String.format("PO-%06d", orders.size() + 1);
        List<PurchaseOrderLineDto> dtoLines = new ArrayList<>();
        long id = 100;
        for (var line : lines.entrySet()) {
            dtoLines.add(new PurchaseOrderLineDto(id++, line.getKey(), "シャツ " + line.getKey(), "Shirt " + line.getKey(),
                    line.getValue(), 0, line.getValue()));
        }
        PurchaseOrderDto order = dto(number, supplier, "MAIN", expected, confirmed, "OPEN", dtoLines);
        orders.put(number, order);
        return order;
    }

    private PurchaseOrderDto dto(String number, String supplier, String location, LocalDate expected, boolean confirmed,
                                 String status, List<PurchaseOrderLineDto> lines) {
        int ordered = lines.stream().mapToInt(PurchaseOrderLineDto::ordered).sum();
        int received = lines.stream().mapToInt(PurchaseOrderLineDto::received).sum();
        return new PurchaseOrderDto(number, supplier, location, expected, confirmed, null, status, false, ordered, received,
                username, Instant.parse("2026-12-04T01:00:00Z"), null, null, lines);
    }

    @Override
    public PurchaseOrderPageDto list(String slug, String status, String sku, boolean overdue, int page, int size) {
        List<PurchaseOrderDto> found = orders.values().stream()
                .filter(o -> status == null || o.status().equals(status))
                .filter(o -> sku == null || o.lines().stream().anyMatch(l -> l.sku().equals(sku)))
                .filter(o -> !overdue || o.overdue()).toList();
        return new PurchaseOrderPageDto(found, found.size(), page, size);
    }

    @Override
    public PurchaseOrderDto place(String slug, PurchaseOrderRequest request) {
        placed.add(request);
        Map<String, Integer> lines = new LinkedHashMap<>();
        request.lines.forEach(l -> lines.put(l.sku, l.quantity));
        PurchaseOrderDto order = add(request.supplier, request.expectedDate, request.confirmed, lines);
        return order;
    }

    @Override
    public PurchaseOrderDto get(String slug, String number) {
        return orders.get(number);
    }

    @Override
    public PurchaseOrderDto reschedule(String slug, String number, PurchaseOrderSchedule schedule) {
        schedules.add(schedule);
        PurchaseOrderDto o = orders.get(number);
        PurchaseOrderDto changed = dto(number, o.supplier(), o.location(), schedule.expectedDate, schedule.confirmed,
                o.status(), o.lines());
        orders.put(number, changed);
        return changed;
    }

    @Override
    public PurchaseOrderDto receive(String slug, String number, String idempotencyKey, ReceiptRequest request) {
        PurchaseOrderDto o = orders.get(number);
        List<PurchaseOrderLineDto> lines = new ArrayList<>(o.lines());
        for (int i = 0; i < request.lines.size(); i++) {
            SkuQuantity q = request.lines.get(i);
            int at = -1;
            for (int j = 0; j < lines.size(); j++) {
                if (lines.get(j).sku().equals(q.sku)) {
                    at = j;
                }
            }
            if (at < 0 || q.quantity > lines.get(at).remaining()) {
                throw new ApiProblemException(new Problem("https://kaeru.app/problems/validation", "Invalid", 422,
                        "Check the highlighted fields.", null, List.of(new Problem.FieldError("lines[" + i + "].quantity",
                        "Only " + (at < 0 ? 0 : lines.get(at).remaining()) + " still due."))));
            }
        }
        receipts.add(request);
        idempotencyKeys.add(idempotencyKey);
        for (SkuQuantity q : request.lines) {
            for (int j = 0; j < lines.size(); j++) {
                PurchaseOrderLineDto l = lines.get(j);
                if (l.sku().equals(q.sku)) {
                    lines.set(j, new PurchaseOrderLineDto(l.variantId(), l.sku(), l.productNameJa(), l.productNameEn(),
                            l.ordered(), l.received() + q.quantity, l.remaining() - q.quantity));
                }
            }
        }
        String status = lines.stream().allMatch(l -> l.remaining() == 0) ? "RECEIVED" : "PARTIALLY_RECEIVED";
        PurchaseOrderDto changed = dto(number, o.supplier(), o.location(), o.expectedDate(), o.confirmed(), status, lines);
        orders.put(number, changed);
        return changed;
    }

    @Override
    public PurchaseOrderDto cancel(String slug, String number) {
        PurchaseOrderDto o = orders.get(number);
        PurchaseOrderDto changed = dto(number, o.supplier(), o.location(), o.expectedDate(), o.confirmed(), "CANCELLED",
                o.lines());
        orders.put(number, changed);
        return changed;
    }
}
