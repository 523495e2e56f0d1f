package com.kaeru.backend.insights.api;

import com.kaeru.api.insights.InsightsApi;
import com.kaeru.api.insights.RebuildResultDto;
import com.kaeru.api.insights.ReturnRateTableDto;
import com.kaeru.api.insights.ShopInsightsDto;
import com.kaeru.api.insights.WorkTilesDto;
import com.kaeru.api.returns.ReturnPageDto;
import com.kaeru.backend.insights.application.InsightsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

@RequestScoped
@SecurityRequirement(name = "bearer")
public class InsightsResource implements InsightsApi {
    @Inject
    InsightsService service;

    @Override
    public ShopInsightsDto overview(String slug, String from, String to, String compare) {
        return service.overview(slug, from, to, compare);
    }

    @Override
    public WorkTilesDto work(String slug) {
        return service.work(slug);
    }

    @Override
    public ReturnRateTableDto returnRates(String slug, String dimension, String from, String to, String compare, int limit) {
        return service.returnRates(slug, dimension, from, to, compare, limit);
    }

    @Override
    public ReturnPageDto drill(String slug, String figure, String key, String from, String to, int page, int size) {
        return service.drill(slug, figure, key, from, to, page, size);
    }

    @Override
    public RebuildResultDto rebuild(String slug) {
        return service.rebuild(slug);
    }
}
