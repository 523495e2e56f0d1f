package com.kaeru.backend.integration.api;

import java.util.List;

import com.kaeru.api.integration.BatchResult;
import com.kaeru.api.integration.IntegrationApi;
import com.kaeru.api.integration.OrderRecord;
import com.kaeru.api.integration.ProductRecord;
import com.kaeru.api.integration.StockRecord;
import com.kaeru.backend.integration.application.IntegrationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class IntegrationResource implements IntegrationApi {
    @Inject
    IntegrationService service;

    @Override
    public BatchResult upsertProducts(String slug, List<ProductRecord> products) {
        return service.upsertProducts(slug, products);
    }

    @Override
    public BatchResult upsertStock(String slug, List<StockRecord> stock) {
        return service.upsertStock(slug, stock);
    }

    @Override
    public BatchResult upsertOrders(String slug, List<OrderRecord> orders) {
        return service.upsertOrders(slug, orders);
    }
}
