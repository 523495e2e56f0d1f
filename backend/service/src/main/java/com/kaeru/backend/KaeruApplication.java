package com.kaeru.backend;

import java.util.Set;

import com.kaeru.backend.access.api.MeResource;
import com.kaeru.backend.address.api.AddressesResource;
import com.kaeru.backend.audit.api.AuditResource;
import com.kaeru.backend.coupons.api.CouponsResource;
import com.kaeru.backend.integration.api.ApiKeysResource;
import com.kaeru.backend.integration.api.IntegrationResource;
import com.kaeru.backend.platform.web.ConstraintViolationMapper;
import com.kaeru.backend.platform.web.FaultToleranceExceptionMapper;
import com.kaeru.backend.platform.web.KaeruExceptionMapper;
import com.kaeru.backend.platform.web.SqlStatementCountFilter;
import com.kaeru.backend.platform.web.UnexpectedExceptionMapper;
import com.kaeru.backend.platform.web.WebApplicationExceptionMapper;
import com.kaeru.backend.policy.api.BlocklistResource;
import com.kaeru.backend.policy.api.PolicyResource;
import com.kaeru.backend.reasons.api.ReturnReasonsResource;
import com.kaeru.backend.replenishment.api.ReorderAlertsResource;
import com.kaeru.backend.replenishment.api.ReorderSettingsResource;
import com.kaeru.backend.returns.api.AgencyReturnsResource;
import com.kaeru.backend.returns.api.PortalReturnsResource;
import com.kaeru.backend.returns.api.ReturnsResource;
import com.kaeru.backend.shops.api.PortalShopsResource;
import com.kaeru.backend.shops.api.ShopLogoResource;
import com.kaeru.backend.shops.api.ShopSettingsResource;
import com.kaeru.backend.shops.api.ShopsResource;
import com.kaeru.backend.team.api.AgencyResource;
import com.kaeru.backend.team.api.TeamResource;
import com.kaeru.backend.warehouse.api.InventoryResource;
import com.kaeru.backend.warehouse.api.PurchaseOrderResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The JAX-RS application: served at {@code /api/v1} (WAR context {@code /api}).
 * It must be a CDI bean, or MP-JWT's {@code JsonWebToken} cannot be injected (stack facts).
 * Its OpenAPI title, version and security schemes are in {@code platform.openapi.KaeruOpenApiModel}.
 */
@ApplicationScoped
@ApplicationPath("/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "kaeru")
public class KaeruApplication extends Application {

    /**
     * Listed explicitly: scanning would also pick up the contract's {@code @Path} interfaces from
     * WEB-INF/lib and try to instantiate them.
     */
    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                MeResource.class,
                ShopsResource.class,
                PortalShopsResource.class,
                ReturnReasonsResource.class,
                IntegrationResource.class,
                com.kaeru.backend.integration.api.ImportsResource.class,
                com.kaeru.backend.dataexport.api.DataExportsResource.class,
                com.kaeru.backend.dataexport.api.DataImportsResource.class,
                com.kaeru.backend.dataexport.api.ShopClosureResource.class,
                com.kaeru.backend.integration.api.ShopifyInboundResource.class,
                ReturnsResource.class,
                PolicyResource.class,
                BlocklistResource.class,
                ApiKeysResource.class,
                PortalReturnsResource.class,
                AddressesResource.class,
                ShopSettingsResource.class,
                ShopLogoResource.class,
                AuditResource.class,
                TeamResource.class,
                AgencyResource.class,
                AgencyReturnsResource.class,
                InventoryResource.class,
                PurchaseOrderResource.class,
                ReorderAlertsResource.class,
                ReorderSettingsResource.class,
                com.kaeru.backend.returns.api.FulfilmentsResource.class,
                CouponsResource.class,
                com.kaeru.backend.webhooks.api.WebhooksResource.class,
                com.kaeru.backend.carriers.api.CarriersResource.class,
                com.kaeru.backend.insights.api.InsightsResource.class,
                com.kaeru.backend.insights.api.AgencyInsightsResource.class,
                com.kaeru.backend.insights.api.InsightsReportsResource.class,
                com.kaeru.backend.insights.api.AgencyReportsResource.class,
                com.kaeru.backend.credit.api.StoreCreditResource.class,
                com.kaeru.backend.credit.api.GiftCodesResource.class,
                FaultToleranceExceptionMapper.class,
                KaeruExceptionMapper.class,
                ConstraintViolationMapper.class,
                WebApplicationExceptionMapper.class,
                UnexpectedExceptionMapper.class,
                SqlStatementCountFilter.class,
                com.kaeru.backend.integration.api.ImportUploadLimit.class);
    }
}
