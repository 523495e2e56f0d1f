package com.kaeru.admin.layout;

import java.util.List;
import java.util.Locale;

import com.kaeru.admin.i18n.StaffLanguage;
import com.kaeru.admin.audit.AuditLogView;
import com.kaeru.admin.receiving.ReceivingStationView;
import com.kaeru.admin.settings.ApiKeysView;
import com.kaeru.admin.settings.BlocklistView;
import com.kaeru.admin.settings.EmailTemplatesView;
import com.kaeru.admin.settings.PolicyEditorView;
import com.kaeru.admin.settings.ReasonsView;
import com.kaeru.admin.settings.SettingsPage;
import com.kaeru.admin.settings.ShopSettingsView;
import com.kaeru.admin.returns.ReturnsQueueView;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.admin.shops.ShopDashboardView;
import com.kaeru.admin.returns.AgencyReturnsView;
import com.kaeru.admin.team.AgencyView;
import com.kaeru.admin.team.TeamView;
import com.kaeru.api.me.ShopMembershipDto;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;

/**
 * The console frame. The shop in the URL ({@code /admin/shops/{shop}/...}) is the shop being
 * worked in; the selector switches it (agency admins and people with several shops).
 */
@StyleSheet("context://styles/admin.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver, LocaleChangeObserver {
    static final String MANAGE_TEAM = "MANAGE_TEAM";
    private final CurrentStaff staff;
    private final Select<ShopMembershipDto> shopSelect = new Select<>();
    private final Select<Locale> languageSelect = new Select<>();
    private final SideNav nav = new SideNav();
    private final Span title = new Span("Kaeru");
    private final Span userName = new Span();
    private final Anchor logout = new Anchor("logout", "");
    private String currentShop;

    @Inject
    public MainLayout(CurrentStaff staff) {
        this.staff = staff;
        setPrimarySection(Section.DRAWER);
        configureShopSelect();
        configureLanguageSelect();
        logout.setId("logout");
        logout.getElement().setAttribute("router-ignore", true);
        title.addClassName("app-title");
        userName.setId("user-name");
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, shopSelect, spacer(), languageSelect,
                userName, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("top-bar");
        addToNavbar(bar);
        addToDrawer(drawerTitle(), nav);
        texts();
    }

    private static Span spacer() {
        Span spacer = new Span();
        spacer.getStyle().set("flex", "1");
        return spacer;
    }

    private Span drawerTitle() {
        Span brand = new Span("Kaeru 返る");
        brand.addClassName("drawer-brand");
        return brand;
    }

    private void configureShopSelect() {
        shopSelect.setId("shop-select");
        shopSelect.setItemLabelGenerator(ShopMembershipDto::name);
        List<ShopMembershipDto> shops = staff.me().shops();
        shopSelect.setItems(shops);
        shopSelect.setVisible(!shops.isEmpty());
        shopSelect.setEnabled(shops.size() > 1);
        shopSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(ShopDashboardView.class, new RouteParameters("shop", e.getValue().slug()));
            }
        });
    }

    private void configureLanguageSelect() {
        languageSelect.setId("language-select");
        languageSelect.setItems(Locale.JAPANESE, Locale.ENGLISH);
        languageSelect.setItemLabelGenerator(l -> "ja".equals(l.getLanguage()) ? "日本語" : "English");
        languageSelect.setWidth("8em");
        languageSelect.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                StaffLanguage.choose(UI.getCurrent(), e.getValue());
            }
        });
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        List<String> segments = event.getLocation().getSegments();
        currentShop = segments.size() >= 2 && "shops".equals(segments.get(0)) ? segments.get(1) : null;
        List<ShopMembershipDto> shops = staff.me().shops();
        if (!shops.equals(shopSelect.getListDataView().getItems().toList())) {
            // An agency admin just opened a shop (CurrentStaff was refreshed): offer it at once.
            shopSelect.setItems(shops);
            shopSelect.setVisible(!shops.isEmpty());
            shopSelect.setEnabled(shops.size() > 1);
        }
        staff.membership(currentShop == null ? "" : currentShop).ifPresent(shopSelect::setValue);
        languageSelect.setValue("ja".equals(getLocale().getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH);
        buildNav();
    }

    private void buildNav() {
        nav.removeAll();
        // Only shops the person works in: a refused shop gets no way further in.
        if (currentShop != null && staff.membership(currentShop).isPresent()) {
            RouteParameters shop = new RouteParameters("shop", currentShop);
            nav.addItem(new SideNavItem(getTranslation("admin.nav.overview"), ShopDashboardView.class, shop));
            SideNavItem returns = new SideNavItem(getTranslation("admin.nav.returns"), ReturnsQueueView.class, shop);
            returns.setId("nav-returns");
            returns.setMatchNested(true);
            nav.addItem(returns);
            // The bench is for people who process returns; others would only meet a refusal there.
            if (staff.can(currentShop, ShopContext.PROCESS_RETURNS)) {
                SideNavItem receiving = new SideNavItem(getTranslation("admin.nav.receiving"),
                        ReceivingStationView.class, shop);
                receiving.setId("nav-receiving");
                nav.addItem(receiving);
            }
            // The report archive (issue 11): for those who may see reports; the API refuses operators anyway.
            if (staff.can(currentShop, ShopContext.VIEW_REPORTS)) {
                nav.addItem(navItem("admin.nav.reports", com.kaeru.admin.insights.ReportsView.class, shop, "nav-reports"));
            }
            // Stock is read by everyone in the shop.
            nav.addItem(navItem("admin.nav.inventory", com.kaeru.admin.inventory.InventoryView.class, shop, "nav-inventory"));
            nav.addItem(navItem("admin.nav.reorderAlerts", com.kaeru.admin.inventory.ReorderAlertsView.class, shop,
                    "nav-reorder-alerts"));
            // Shipping instructions and the backorder queue: read by everyone, shipped by operators.
            nav.addItem(navItem("admin.nav.shipments", com.kaeru.admin.inventory.ShipmentsView.class, shop,
                    "nav-shipments"));
            // Coupons are read by everyone in the shop; managers issue and void them there.
            nav.addItem(navItem("admin.nav.coupons", com.kaeru.admin.coupons.CouponsView.class, shop, "nav-coupons"));
            // Configuration and the audit log are for people who may change settings (managers, agency admins).
            if (staff.can(currentShop, SettingsPage.MANAGE_SETTINGS)) {
                SideNavItem settings = new SideNavItem(getTranslation("admin.nav.settings"), ShopSettingsView.class, shop);
                settings.setId("nav-settings");
                settings.setExpanded(true);
                settings.addItem(navItem("admin.nav.policy", PolicyEditorView.class, shop, "nav-policy"));
                settings.addItem(navItem("admin.nav.reasons", ReasonsView.class, shop, "nav-reasons"));
                settings.addItem(navItem("admin.nav.emails", EmailTemplatesView.class, shop, "nav-emails"));
                settings.addItem(navItem("admin.nav.blocklist", BlocklistView.class, shop, "nav-blocklist"));
                settings.addItem(navItem("admin.nav.apiKeys", ApiKeysView.class, shop, "nav-api-keys"));
                settings.addItem(navItem("admin.nav.imports", com.kaeru.admin.settings.ImportsView.class, shop,
                        "nav-imports"));
                settings.addItem(navItem("admin.nav.webhooks", com.kaeru.admin.settings.WebhooksView.class, shop,
                        "nav-webhooks"));
                settings.addItem(navItem("admin.nav.dataExport", com.kaeru.admin.settings.DataExportView.class, shop,
                        "nav-data-export"));
                nav.addItem(settings);
                nav.addItem(navItem("admin.nav.audit", AuditLogView.class, shop, "nav-audit"));
            }
            // Managers and agency admins only; the team API refuses everyone else anyway.
            if (staff.can(currentShop, MANAGE_TEAM)) {
                SideNavItem team = new SideNavItem(getTranslation("admin.nav.team"), TeamView.class, shop);
                team.setId("nav-team");
                nav.addItem(team);
            }
        }
        for (String agency : staff.me().agencies()) {
            SideNavItem item = new SideNavItem(getTranslation("admin.nav.agency"), AgencyView.class,
                    new RouteParameters("agency", agency));
            item.setId("nav-agency-" + agency);
            SideNavItem returns = new SideNavItem(getTranslation("admin.nav.agencyReturns"), AgencyReturnsView.class,
                    new RouteParameters("agency", agency));
            returns.setId("nav-agency-returns-" + agency);
            item.addItem(returns);
            // Insights (issue 11): the agency's shops side by side.
            SideNavItem rollup = new SideNavItem(getTranslation("admin.nav.agencyInsights"),
                    com.kaeru.admin.insights.AgencyInsightsView.class, new RouteParameters("agency", agency));
            rollup.setId("nav-agency-insights-" + agency);
            item.addItem(rollup);
            item.setExpanded(true);
            nav.addItem(item);
        }
    }

    private SideNavItem navItem(String key, Class<? extends com.vaadin.flow.component.Component> view,
                                RouteParameters shop, String id) {
        SideNavItem item = new SideNavItem(getTranslation(key), view, shop);
        item.setId(id);
        return item;
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        texts();
        buildNav();
    }

    private void texts() {
        shopSelect.setLabel(null);
        shopSelect.setAriaLabel(getTranslation("admin.shopSelect.label"));
        shopSelect.setPlaceholder(getTranslation("admin.shopSelect.placeholder"));
        languageSelect.setAriaLabel(getTranslation("admin.language.label"));
        userName.setText(PersonNames.format(staff.me(), getLocale()));
        logout.setText(getTranslation("admin.logout"));
    }
}
