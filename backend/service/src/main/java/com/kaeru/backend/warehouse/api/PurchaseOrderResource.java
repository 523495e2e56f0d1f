package com.kaeru.backend.warehouse.api;

import com.kaeru.api.inventory.PurchaseOrderDto;
import com.kaeru.api.inventory.PurchaseOrderPageDto;
import com.kaeru.api.inventory.PurchaseOrderRequest;
import com.kaeru.api.inventory.PurchaseOrderSchedule;
import com.kaeru.api.inventory.PurchaseOrdersApi;
import com.kaeru.api.inventory.ReceiptRequest;
import com.kaeru.backend.platform.web.RequestBodies;
import com.kaeru.backend.warehouse.application.PurchaseOrderService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class PurchaseOrderResource implements PurchaseOrdersApi {
    @Inject
    PurchaseOrderService orders;
    @Inject
    RequestBodies bodies;

    @Override
    public PurchaseOrderPageDto list(String slug, String status, String sku, boolean overdue, int page, int size) {
        return orders.list(slug, status, sku, overdue, page, size);
    }

    @Override
    public PurchaseOrderDto place(String slug, PurchaseOrderRequest request) {
        return orders.place(slug, bodies.validated(request));
    }

    @Override
    public PurchaseOrderDto get(String slug, String number) {
        return orders.get(slug, number);
    }

    @Override
    public PurchaseOrderDto reschedule(String slug, String number, PurchaseOrderSchedule schedule) {
        return orders.reschedule(slug, number, bodies.validated(schedule));
    }

    @Override
    public PurchaseOrderDto receive(String slug, String number, String idempotencyKey, ReceiptRequest request) {
        return orders.receive(slug, number, idempotencyKey, bodies.validated(request));
    }

    @Override
    public PurchaseOrderDto cancel(String slug, String number) {
        return orders.cancel(slug, number);
    }
}
