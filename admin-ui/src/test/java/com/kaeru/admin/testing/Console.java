package com.kaeru.admin.testing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.i18n.AdminI18NProvider;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.api.me.MeApi;
import com.kaeru.api.me.MeDto;
import com.kaeru.api.me.ShopMembershipDto;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.reasons.ReturnReasonsApi;
import com.kaeru.api.returns.ReturnsApi;
import com.kaeru.api.shops.BrandingUpdate;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.api.shops.ShopsApi;
import com.kaeru.ui.testing.KaribuHarness;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import elemental.json.JsonObject;

/**
 * The console in a Karibu test: one person with one role in sakura-apparel (Asia/Tokyo, JPY),
 * an in-memory returns backend, Japanese UI. Also fires the browser events views listen for.
 */
public final class Console {
    public static final String SHOP = "sakura-apparel";
    /** What the backend answers as the name of {@code demo-agency}. */
    public static final String AGENCY_NAME = "デモ運営代行";

    private Console() {
    }

    /** Starts the console for {@code username} holding {@code role} in sakura-apparel. */
    public static FakeReturns start(String username, String role) {
        FakeReturns returns = new FakeReturns(username);
        start(username, role, returns);
        return returns;
    }

    private static FakeSettings settings;
    private static FakeInventory inventory;
    private static FakePurchaseOrders purchaseOrders;

    /** The purchase orders backend of the running console. */
    public static FakePurchaseOrders purchaseOrders() {
        return purchaseOrders;
    }

    private static FakeReorder reorder;

    /** The reorder backend of the running console. */
    public static FakeReorder reorder() {
        return reorder;
    }

    private static FakeFulfilments fulfilments;
    private static FakeCarriers carriers;

    /** The carriers backend of the running console. */
    public static FakeCarriers carriers() {
        return carriers;
    }

    /** The fulfilment backend of the running console. */
    public static FakeFulfilments fulfilments() {
        return fulfilments;
    }

    private static FakeCoupons coupons;
    private static FakeWebhooks webhooks;

    private static FakeImports imports;
    private static FakeDataExports dataExports;

    /** The data export and closure backend of the running console. */
    public static FakeDataExports dataExports() {
        return dataExports;
    }

    /** The imports backend of the running console. */
    public static FakeImports imports() {
        return imports;
    }

    /** The webhooks backend of the running console. */
    public static FakeWebhooks webhooks() {
        return webhooks;
    }

    /** The coupons backend of the running console. */
    public static FakeCoupons coupons() {
        return coupons;
    }

    /** The inventory backend of the running console. */
    public static FakeInventory inventory() {
        return inventory;
    }

    /** The configuration backend of the running console. */
    public static FakeSettings settings() {
        return settings;
    }

    public static void start(String username, String role, FakeReturns returns) {
        Set<String> permissions = switch (role) {
            case "OPERATOR" -> Set.of("VIEW_SHOP", "PROCESS_RETURNS");
            case "ANALYST" -> Set.of("VIEW_SHOP", "VIEW_REPORTS");
            default -> Set.of("VIEW_SHOP", "PROCESS_RETURNS", "VIEW_REPORTS", "APPROVE_REFUNDS", "MANAGE_SETTINGS",
                    "ISSUE_COUPONS");
        };
        start(username, role, permissions, List.of(), returns, new FakeTeam(username));
    }

    /**
     * The console for a person with {@code role} and exactly {@code permissions} in sakura-apparel,
     * administering {@code agencies}, with {@code team} answering the team and agency calls.
     */
    public static void start(String username, String role, Set<String> permissions, List<String> agencies,
                             FakeReturns returns, FakeTeam team) {
        FakeSettings config = new FakeSettings();
        settings = config;
        FakeInventory stock = new FakeInventory();
        inventory = stock;
        FakePurchaseOrders supply = new FakePurchaseOrders(username);
        purchaseOrders = supply;
        FakeReorder reorderPoints = new FakeReorder();
        reorder = reorderPoints;
        FakeFulfilments shipping = new FakeFulfilments();
        fulfilments = shipping;
        FakeCarriers carrierFiles = new FakeCarriers();
        carriers = carrierFiles;
        FakeCoupons couponsApi = new FakeCoupons(username);
        coupons = couponsApi;
        FakeWebhooks webhooksApi = new FakeWebhooks();
        webhooks = webhooksApi;
        FakeImports importsApi = new FakeImports();
        imports = importsApi;
        FakeDataExports exportsApi = new FakeDataExports();
        dataExports = exportsApi;
        MeDto me = new MeDto(username, username, "花子", "佐藤", null, List.of(new ShopMembershipDto(SHOP,
                "さくらアパレル", "demo-agency", Set.of(role), permissions)), agencies,
                agencies.contains("demo-agency") ? Map.of("demo-agency", AGENCY_NAME) : Map.of());
        ShopsApi shops = new ShopsApi() {
            @Override
            public ShopDto shop(String slug) {
                if (!SHOP.equals(slug)) {
                    throw FakeReturns.problem(403, "You have no role in shop \"" + slug + "\".");
                }
                return config.shop;
            }

            @Override
            public ShopDto updateBranding(String slug, BrandingUpdate branding) {
                config.brandings.add(branding);
                return new ShopDto(SHOP, branding.name, "demo-agency", "ja", List.of("ja", "en"), "Asia/Tokyo", "JPY",
                        branding.brandColor.toUpperCase(Locale.ROOT), branding.logoUrl);
            }
        };
        ReturnReasonsApi reasons = slug -> List.of(
                new ReturnReasonDto("SIZE", null, "サイズが合わない", "Size did not fit", 10),
                new ReturnReasonDto("SIZE_TOO_SMALL", "SIZE", "小さすぎる", "Too small", 11),
                new ReturnReasonDto("DEFECTIVE", null, "不良・破損", "Defective or damaged", 30));
        StaffBackend backend = new StaffBackend() {
            @Override
            public MeApi me() {
                return () -> me;
            }

            @Override
            public ShopsApi shops() {
                return shops;
            }

            @Override
            public ReturnsApi returns() {
                return returns;
            }

            @Override
            public ReturnReasonsApi returnReasons() {
                return reasons;
            }

            @Override
            public com.kaeru.api.policy.PolicyApi policy() {
                return config.policyApi;
            }

            @Override
            public com.kaeru.api.settings.ShopSettingsApi settings() {
                return config;
            }

            @Override
            public com.kaeru.api.keys.ApiKeysApi apiKeys() {
                return config;
            }

            @Override
            public com.kaeru.api.policy.BlocklistApi blocklist() {
                return config.blocklistApi;
            }

            @Override
            public com.kaeru.api.audit.AuditApi audit() {
                return config;
            }

            @Override
            public com.kaeru.api.inventory.InventoryApi inventory() {
                return stock;
            }

            @Override
            public com.kaeru.api.inventory.PurchaseOrdersApi purchaseOrders() {
                return supply;
            }

            @Override
            public com.kaeru.api.replenishment.ReorderAlertsApi reorderAlerts() {
                return reorderPoints;
            }

            @Override
            public com.kaeru.api.replenishment.ReorderSettingsApi reorderSettings() {
                return reorderPoints;
            }

            @Override
            public com.kaeru.api.returns.FulfilmentsApi fulfilments() {
                return shipping;
            }

            @Override
            public com.kaeru.api.carriers.CarriersApi carriers() {
                return carrierFiles;
            }

            @Override
            public com.kaeru.api.coupons.CouponsApi coupons() {
                return couponsApi;
            }

            @Override
            public com.kaeru.api.webhooks.WebhooksApi webhooks() {
                return webhooksApi;
            }

            @Override
            public com.kaeru.api.integration.ImportsApi imports() {
                return importsApi;
            }

            @Override
            public com.kaeru.api.dataexport.DataExportsApi dataExports() {
                return exportsApi;
            }

            @Override
            public com.kaeru.api.dataexport.ShopClosureApi shopClosure() {
                return exportsApi;
            }

            @Override
            public com.kaeru.api.team.TeamApi team() {
                return team;
            }

            @Override
            public com.kaeru.api.team.AgencyApi agency() {
                return team;
            }

            @Override
            public com.kaeru.api.returns.AgencyReturnsApi agencyReturns() {
                return team;
            }
        };
        CurrentStaff staff = new CurrentStaff() {
            @Override
            public MeDto me() {
                return me;
            }
        };
        FakeInsights insightsSource = new FakeInsights();
        insights = insightsSource;
        FakeReportArchive archive = new FakeReportArchive(!permissions.contains("VIEW_REPORTS"));
        reports = archive;
        KaribuHarness.setUp("com.kaeru.admin", new AdminI18NProvider(),
                Map.of(CurrentStaff.class, staff, StaffBackend.class, backend,
                        com.kaeru.admin.insights.InsightsSource.class, insightsSource,
                        com.kaeru.admin.insights.ReportArchiveSource.class, archive));
        UI.getCurrent().setLocale(Locale.JAPANESE);
    }

    private static FakeInsights insights;
    private static FakeReportArchive reports;

    /** The report archive of the running console. */
    public static FakeReportArchive reports() {
        return reports;
    }

    /** The insights (dashboard, roll-up) of the running console. */
    public static FakeInsights insights() {
        return insights;
    }

    public static void stop() {
        KaribuHarness.tearDown();
    }

    /** A keydown the browser let through {@code filter}, with the given event data. */
    public static void keydown(Element element, String filter, Map<String, String> data) {
        JsonObject json = Json.createObject();
        json.put(filter, true);
        data.forEach(json::put);
        ElementUtilsKt._fireDomEvent(element, new DomEvent(element, "keydown", json));
        MockVaadin.clientRoundtrip();
    }

    /** One poll round trip, as the browser makes while a poll interval is set. */
    public static void poll() {
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        MockVaadin.clientRoundtrip();
    }
}
