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
import com.kaeru.api.inventory.StocktakePosting;
import com.kaeru.api.inventory.StocktakeRequest;
import jakarta.ws.rs.core.Response;

/** The inventory API in memory: levels filtered as the backend does (SKU prefix, name part, location). */
public final class FakeInventory implements InventoryApi {
    public final List<LocationDto> locations = new ArrayList<>(List.of(new LocationDto(1, "MAIN", "Main warehouse", true),
            new LocationDto(2, "WH2", "第二倉庫", false)));
    public final List<StockLevelDto> levels = new ArrayList<>();
    public final List<MovementDto> movements = new ArrayList<>();
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

    @Override
    public StocktakeDto count(String slug, StocktakeRequest request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StocktakeDto stocktake(String slug, long id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Response discrepancyReport(String slug, long id, String charset, boolean bom) {
        throw new UnsupportedOperationException();
    }

    @Override
    public StocktakeDto post(String slug, long id, StocktakePosting posting) {
        throw new UnsupportedOperationException();
    }
}
