package com.kaeru.admin.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.kaeru.api.inventory.InventoryApi;
import com.kaeru.api.inventory.LocationDto;
import com.kaeru.api.inventory.LocationRequest;
import com.kaeru.api.inventory.MovementDto;
import com.kaeru.api.inventory.MovementPageDto;
import com.kaeru.api.inventory.StockLevelDto;
import com.kaeru.api.inventory.StockLevelPageDto;
import com.kaeru.api.inventory.StocktakeDto;
import com.kaeru.api.inventory.StocktakeLineDto;
import com.kaeru.api.inventory.StocktakePosting;
import com.kaeru.api.inventory.StocktakeRequest;
import com.kaeru.api.inventory.WriteOffRequest;
import jakarta.ws.rs.core.Response;

/** The inventory API in memory: levels filtered as the backend does (SKU prefix, name part, location). */
public final class FakeInventory implements InventoryApi {
    public final List<LocationDto> locations = new ArrayList<>(List.of(new LocationDto(1, "MAIN", "Main warehouse", true),
            new LocationDto(2, "WH2", "第二倉庫", false)));
    public final List<StockLevelDto> levels = new ArrayList<>();
    public final List<MovementDto> movements = new ArrayList<>();
    public final List<StocktakeRequest> counts = new ArrayList<>();
    public final List<StocktakePosting> postings = new ArrayList<>();
    public final List<WriteOffRequest> writeOffs = new ArrayList<>();
    private StocktakeDto stocktake;
    /** The SKU of every ledger request. */
    public final List<String> ledgerRequests = new ArrayList<>();

    @Override
    public List<LocationDto> locations(String slug) {
        return locations;
    }

    @Override
    public LocationDto addLocation(String slug, LocationRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StockLevelPageDto levels(String slug, String query, String location, int page, int size) {
        List<StockLevelDto> found = levels.stream()
                .filter(l -> query == null || l.sku().toLowerCase(Locale.ROOT).startsWith(query.toLowerCase(Locale.ROOT))
                        || l.productNameJa().contains(query) || l.productNameEn().toLowerCase(Locale.ROOT)
                        .contains(query.toLowerCase(Locale.ROOT)))
                .filter(l -> location == null || l.location().equals(location)).toList();
        return new StockLevelPageDto(found.stream().skip((long) page * size).limit(size).toList(), found.size(), page, size);
    }

    @Override
    public List<StockLevelDto> sku(String slug, String sku) {
        return levels.stream().filter(l -> l.sku().equals(sku)).toList();
    }

    @Override
    public MovementPageDto movements(String slug, String sku, String location, String cause, String reference, int page,
                                     int size) {
        ledgerRequests.add(sku);
        List<MovementDto> found = movements.stream().filter(m -> sku == null || m.sku().equals(sku)).toList();
        return new MovementPageDto(found, found.size(), page, size);
    }

    /** Counts against the levels at the counted location, as the backend's discrepancy report. */
    @Override
    public StocktakeDto count(String slug, StocktakeRequest request) {
        counts.add(request);
        List<StocktakeLineDto> lines = request.counts.stream().map(c -> {
            StockLevelDto booked = levels.stream().filter(l -> l.sku().equals(c.sku) && l.location().equals(request.location))
                    .findFirst().orElse(null);
            int sellable = booked == null ? 0 : booked.sellable();
            int outlet = booked == null ? 0 : booked.outlet();
            return new StocktakeLineDto(1, c.sku, c.sku, c.sku, c.sellable, sellable, c.sellable - sellable, c.outlet, outlet,
                    c.outlet == null ? null : c.outlet - outlet);
        }).toList();
        int withDiscrepancy = (int) lines.stream().filter(l -> l.sellableDiscrepancy() != 0
                || (l.outletDiscrepancy() != null && l.outletDiscrepancy() != 0)).count();
        stocktake = new StocktakeDto(counts.size(), request.location, "COUNTED", request.note, "sakura-operator",
                java.time.Instant.parse("2026-12-04T01:00:00Z"), null, null, null, lines, withDiscrepancy);
        return stocktake;
    }

    @Override
    public StocktakeDto stocktake(String slug, long id) {
        return stocktake;
    }

    @Override
    public Response discrepancyReport(String slug, long id, String charset, boolean bom) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StocktakeDto post(String slug, long id, StocktakePosting posting) {
        postings.add(posting);
        StocktakeDto s = stocktake;
        stocktake = new StocktakeDto(s.id(), s.location(), "POSTED", s.note(), s.countedBy(), s.countedAt(), "sakura-manager",
                java.time.Instant.parse("2026-12-04T02:00:00Z"), posting.reason, s.lines(), s.linesWithDiscrepancy());
        return stocktake;
    }

    @Override
    public MovementDto writeOff(String slug, WriteOffRequest request) {
        writeOffs.add(request);
        return new MovementDto(99, 1, request.sku, "MAIN", "DISPOSAL", "sakura-manager", "write-off", request.reason,
                "SELLABLE".equals(request.bucket) ? -request.quantity : 0, "OUTLET".equals(request.bucket) ? -request.quantity : 0,
                0, 0, null, java.time.Instant.parse("2026-12-04T02:00:00Z"));
    }
}
