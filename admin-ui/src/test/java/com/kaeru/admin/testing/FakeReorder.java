package com.kaeru.admin.testing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.kaeru.api.replenishment.RecomputationDto;
import com.kaeru.api.replenishment.ReorderAlertDto;
import com.kaeru.api.replenishment.ReorderAlertPageDto;
import com.kaeru.api.replenishment.ReorderAlertsApi;
import com.kaeru.api.replenishment.ReorderOverrideDto;
import com.kaeru.api.replenishment.ReorderOverrideRequest;
import com.kaeru.api.replenishment.ReorderSettingsApi;
import com.kaeru.api.replenishment.ReorderSettingsDto;
import com.kaeru.api.replenishment.ReorderSettingsRequest;
import jakarta.ws.rs.core.Response;

/** Reorder settings and alerts in memory; records the sorts and exports asked for. */
public final class FakeReorder implements ReorderAlertsApi, ReorderSettingsApi {
    public final List<ReorderAlertDto> alerts = new ArrayList<>();
    public ReorderSettingsDto settings = new ReorderSettingsDto(7, 0, 28, true, List.of());
    public final List<String> sorts = new ArrayList<>();
    public final List<String> exports = new ArrayList<>();
    public int recomputations;

    @Override
    public ReorderAlertPageDto alerts(String slug, String sort, String direction, int page, int size) {
        sorts.add(sort + " " + direction);
        Comparator<ReorderAlertDto> order = switch (sort == null ? "shortfall" : sort) {
            case "sku" -> Comparator.comparing(ReorderAlertDto::sku);
            case "available" -> Comparator.comparingLong(ReorderAlertDto::available);
            default -> Comparator.comparingLong(ReorderAlertDto::shortfall).reversed();
        };
        if ("desc".equals(direction) && sort != null && !"shortfall".equals(sort)) {
            order = order.reversed();
        }
        List<ReorderAlertDto> sorted = alerts.stream().sorted(order).toList();
        return new ReorderAlertPageDto(sorted.stream().skip((long) page * size).limit(size).toList(), sorted.size(), page,
                size, Instant.parse("2026-12-04T23:00:00Z"));
    }

    @Override
    public Response export(String slug, String sort, String direction, String charset, boolean bom) {
        exports.add(charset);
        return Response.ok(new ByteArrayInputStream("sku\r\n".getBytes(StandardCharsets.UTF_8))).build();
    }

    @Override
    public RecomputationDto recompute(String slug) {
        recomputations++;
        return new RecomputationDto(alerts.size(), alerts.size(), Instant.now());
    }

    @Override
    public ReorderSettingsDto settings(String slug) {
        return settings;
    }

    @Override
    public ReorderSettingsDto update(String slug, ReorderSettingsRequest r) {
        settings = new ReorderSettingsDto(r.leadTimeDays, r.safetyStock, r.salesWindowDays, false, settings.overrides());
        return settings;
    }

    @Override
    public ReorderSettingsDto overrideVariant(String slug, String sku, ReorderOverrideRequest r) {
        return override("VARIANT", sku, r);
    }

    @Override
    public ReorderSettingsDto removeVariantOverride(String slug, String sku) {
        return remove("VARIANT", sku);
    }

    @Override
    public ReorderSettingsDto overrideProduct(String slug, String product, ReorderOverrideRequest r) {
        return override("PRODUCT", product, r);
    }

    @Override
    public ReorderSettingsDto removeProductOverride(String slug, String product) {
        return remove("PRODUCT", product);
    }

    private ReorderSettingsDto override(String scope, String key, ReorderOverrideRequest r) {
        List<ReorderOverrideDto> overrides = new ArrayList<>(settings.overrides());
        overrides.removeIf(o -> o.scope().equals(scope) && o.key().equals(key));
        overrides.add(new ReorderOverrideDto(scope, key, "リネンTシャツ", "Linen tee", r.leadTimeDays, r.safetyStock));
        settings = new ReorderSettingsDto(settings.leadTimeDays(), settings.safetyStock(), settings.salesWindowDays(),
                settings.defaults(), overrides);
        return settings;
    }

    private ReorderSettingsDto remove(String scope, String key) {
        settings = new ReorderSettingsDto(settings.leadTimeDays(), settings.safetyStock(), settings.salesWindowDays(),
                settings.defaults(), settings.overrides().stream()
                        .filter(o -> !(o.scope().equals(scope) && o.key().equals(key))).toList());
        return settings;
    }
}
