package com.kaeru.admin.insights;

import java.util.List;

import com.kaeru.api.problem.Problem;
import com.kaeru.client.ApiProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@link InsightsSource} from the backend's insights API. Until that API is part of the contract the
 * console says so (a 501 problem the dashboard shows beside the period) instead of failing to deploy.
 */
@ApplicationScoped
public class RestInsightsSource implements InsightsSource {

    @Override
    public ShopInsights shop(String shop, DateRange range) {
        throw unavailable();
    }

    @Override
    public AgencyInsights agency(String agency, DateRange range) {
        throw unavailable();
    }

    @Override
    public List<DrillRow> rows(String shop, DateRange range, Drill drill, int limit) {
        throw unavailable();
    }

    private static ApiProblemException unavailable() {
        return new ApiProblemException(new Problem("about:blank", "Not Implemented", 501,
                "Insights are not available on this server yet.", null, List.of()));
    }
}
