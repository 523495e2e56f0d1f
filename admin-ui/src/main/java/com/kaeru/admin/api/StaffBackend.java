package com.kaeru.admin.api;

import java.net.URI;
import java.util.Locale;

import com.kaeru.api.audit.AuditApi;
import com.kaeru.api.keys.ApiKeysApi;
import com.kaeru.api.me.MeApi;
import com.kaeru.api.policy.BlocklistApi;
import com.kaeru.api.policy.PolicyApi;
import com.kaeru.api.reasons.ReturnReasonsApi;
import com.kaeru.api.returns.ReturnsApi;
import com.kaeru.api.settings.ShopSettingsApi;
import com.kaeru.api.shops.ShopsApi;
import com.kaeru.api.team.AgencyApi;
import com.kaeru.api.team.TeamApi;
import com.kaeru.client.ApiClients;
import com.vaadin.flow.component.UI;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Typed access to the backend for the signed-in person. The access token is read at each call
 * from the session's {@link OpenIdContext} (refreshed by the OIDC mechanism near expiry), and the
 * UI's language is sent along so problem details come back in it.
 */
@ApplicationScoped
public class StaffBackend {
    @Inject
    @ConfigProperty(name = "kaeru.api.url")
    String apiUrl;
    @Inject
    OpenIdContext openIdContext;

    private ApiClients clients;

    @PostConstruct
    void init() {
        clients = new ApiClients(URI.create(apiUrl));
    }

    public MeApi me() {
        return clients.authenticated(MeApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public ShopsApi shops() {
        return clients.authenticated(ShopsApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public ReturnsApi returns() {
        return clients.authenticated(ReturnsApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public ReturnReasonsApi returnReasons() {
        return clients.authenticated(ReturnReasonsApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public PolicyApi policy() {
        return clients.authenticated(PolicyApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public ShopSettingsApi settings() {
        return clients.authenticated(ShopSettingsApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public ApiKeysApi apiKeys() {
        return clients.authenticated(ApiKeysApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public com.kaeru.api.integration.ImportsApi imports() {
        return clients.authenticated(com.kaeru.api.integration.ImportsApi.class, this::accessToken,
                StaffBackend::uiLocale);
    }

    public com.kaeru.api.dataexport.DataExportsApi dataExports() {
        return clients.authenticated(com.kaeru.api.dataexport.DataExportsApi.class, this::accessToken,
                StaffBackend::uiLocale);
    }

    public com.kaeru.api.dataexport.ShopClosureApi shopClosure() {
        return clients.authenticated(com.kaeru.api.dataexport.ShopClosureApi.class, this::accessToken,
                StaffBackend::uiLocale);
    }

    public BlocklistApi blocklist() {
        return clients.authenticated(BlocklistApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public com.kaeru.api.returns.FulfilmentsApi fulfilments() {
        return clients.authenticated(com.kaeru.api.returns.FulfilmentsApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public com.kaeru.api.carriers.CarriersApi carriers() {
        return clients.authenticated(com.kaeru.api.carriers.CarriersApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public com.kaeru.api.inventory.InventoryApi inventory() {
        return clients.authenticated(com.kaeru.api.inventory.InventoryApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public com.kaeru.api.inventory.PurchaseOrdersApi purchaseOrders() {
        return clients.authenticated(com.kaeru.api.inventory.PurchaseOrdersApi.class, this::accessToken,
                StaffBackend::uiLocale);
    }

    public com.kaeru.api.replenishment.ReorderAlertsApi reorderAlerts() {
        return clients.authenticated(com.kaeru.api.replenishment.ReorderAlertsApi.class, this::accessToken,
                StaffBackend::uiLocale);
    }

    public com.kaeru.api.replenishment.ReorderSettingsApi reorderSettings() {
        return clients.authenticated(com.kaeru.api.replenishment.ReorderSettingsApi.class, this::accessToken,
                StaffBackend::uiLocale);
    }

    public com.kaeru.api.coupons.CouponsApi coupons() {
        return clients.authenticated(com.kaeru.api.coupons.CouponsApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public com.kaeru.api.webhooks.WebhooksApi webhooks() {
        return clients.authenticated(com.kaeru.api.webhooks.WebhooksApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public AuditApi audit() {
        return clients.authenticated(AuditApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public TeamApi team() {
        return clients.authenticated(TeamApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public com.kaeru.api.returns.AgencyReturnsApi agencyReturns() {
        return clients.authenticated(com.kaeru.api.returns.AgencyReturnsApi.class, this::accessToken,
                StaffBackend::uiLocale);
    }

    public AgencyApi agency() {
        return clients.authenticated(AgencyApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public com.kaeru.api.insights.InsightsApi insights() {
        return clients.authenticated(com.kaeru.api.insights.InsightsApi.class, this::accessToken, StaffBackend::uiLocale);
    }

    public com.kaeru.api.insights.InsightsReportsApi insightsReports() {
        return clients.authenticated(com.kaeru.api.insights.InsightsReportsApi.class, this::accessToken,
                StaffBackend::uiLocale);
    }

    public com.kaeru.api.insights.AgencyReportsApi agencyReports() {
        return clients.authenticated(com.kaeru.api.insights.AgencyReportsApi.class, this::accessToken,
                StaffBackend::uiLocale);
    }

    public com.kaeru.api.insights.AgencyInsightsApi agencyInsights() {
        return clients.authenticated(com.kaeru.api.insights.AgencyInsightsApi.class, this::accessToken,
                StaffBackend::uiLocale);
    }

    private String accessToken() {
        return openIdContext.getAccessToken().getToken();
    }

    private static Locale uiLocale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.JAPANESE : ui.getLocale();
    }
}
