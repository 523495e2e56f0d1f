package com.kaeru.backend.warehouse.api;

import java.util.List;

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
import com.kaeru.api.inventory.WriteOffRequest;
import com.kaeru.backend.inventory.domain.Stocktake;
import com.kaeru.backend.platform.text.CsvEncoding;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.platform.web.RequestLanguage;
import com.kaeru.backend.warehouse.application.InventoryService;
import com.kaeru.backend.warehouse.application.StocktakeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class InventoryResource implements InventoryApi {
    @Inject
    InventoryService inventory;
    @Inject
    StocktakeService stocktakes;
    @Inject
    RequestBodies bodies;
    @Context
    HttpHeaders headers;

    @Override
    public List<LocationDto> locations(String slug) {
        return inventory.locations(slug);
    }

    @Override
    public LocationDto addLocation(String slug, LocationRequest request) {
        return inventory.addLocation(slug, bodies.validated(request));
    }

    @Override
    public StockLevelPageDto levels(String slug, String query, String location, int page, int size) {
        return inventory.levels(slug, query, location, page, size);
    }

    @Override
    public List<StockLevelDto> sku(String slug, String sku) {
        return inventory.sku(slug, sku);
    }

    @Override
    public MovementPageDto movements(String slug, String sku, String location, String cause, String reference,
                                     int page, int size) {
        return inventory.movements(slug, sku, location, cause, reference, page, size);
    }

    @Override
    public StocktakeDto count(String slug, StocktakeRequest request) {
        return stocktakes.count(slug, bodies.validated(request));
    }

    @Override
    public StocktakeDto stocktake(String slug, long id) {
        return stocktakes.get(slug, id);
    }

    @Override
    public Response discrepancyReport(String slug, long id, String charset, boolean bom) {
        CsvEncoding encoding = CsvEncoding.of(charset);
        Stocktake stocktake = stocktakes.report(slug, id);
        return Response.ok(StocktakeCsv.of(stocktake, encoding, bom, RequestLanguage.of(headers)), encoding.mediaType())
                .header("Content-Disposition", "attachment; filename=\"stocktake-" + stocktake.id() + "-discrepancies.csv\"")
                .header("Cache-Control", "no-store").build();
    }

    @Override
    public StocktakeDto post(String slug, long id, StocktakePosting posting) {
        return stocktakes.post(slug, id, bodies.validated(posting));
    }

    @Override
    public MovementDto writeOff(String slug, WriteOffRequest request) {
        return inventory.writeOff(slug, bodies.validated(request));
    }
}
