package com.kaeru.admin.team;

import java.util.List;
import java.util.Locale;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.ConsolePage;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.shops.ShopDto;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;

/**
 * {@code /admin/agencies/{agency}}: the agency's client shops, each with a way to its team, and
 * opening a new shop. For the agency's admins only.
 */
@Route(value = "agencies/:agency", layout = MainLayout.class)
public class AgencyView extends ConsolePage {
    private final StaffBackend backend;
    private final CurrentStaff staff;
    private String agency;
    private List<ShopDto> shops = List.of();

    @Inject
    public AgencyView(StaffBackend backend, CurrentStaff staff) {
        this.backend = backend;
        this.staff = staff;
        setId("agency");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        agency = event.getRouteParameters().get("agency").orElse("");
        shops = backend.agency().shops(agency);
        render();
    }

    @Override
    protected String refusedTitleKey() {
        return "admin.agency.refused.title";
    }

    @Override
    protected void localeChanged(Locale locale) {
        render();
    }

    private void render() {
        removeAll();
        Button create = new Button(getTranslation("admin.agency.create"), e -> openCreate());
        create.setId("create-shop");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("admin.agency.title", staff.agencyName(agency))), create);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        header.setJustifyContentMode(JustifyContentMode.BETWEEN);
        add(header, grid());
    }

    private Grid<ShopDto> grid() {
        Grid<ShopDto> grid = new Grid<>();
        grid.setId("agency-shops");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("admin.agency.name")).setKey("name")
                .setAutoWidth(true);
        grid.addColumn(ShopDto::slug).setHeader(getTranslation("admin.agency.slug")).setKey("slug").setAutoWidth(true);
        grid.addColumn(s -> "ja".equals(s.defaultLanguage()) ? "日本語" : "English")
                .setHeader(getTranslation("admin.agency.language")).setKey("language").setAutoWidth(true);
        grid.addColumn(ShopDto::timeZone).setHeader(getTranslation("admin.agency.timeZone")).setKey("timeZone")
                .setAutoWidth(true);
        grid.addColumn(ShopDto::currency).setHeader(getTranslation("admin.agency.currency")).setKey("currency")
                .setAutoWidth(true);
        grid.addComponentColumn(this::teamLink).setHeader(getTranslation("admin.agency.team")).setKey("team")
                .setAutoWidth(true);
        grid.setItems(shops);
        return grid;
    }

    private Component nameCell(ShopDto shop) {
        Div swatch = new Div();
        swatch.addClassName("brand-swatch");
        swatch.getStyle().set("background", shop.brandColor());
        return new Span(swatch, new Span(shop.name()));
    }

    private RouterLink teamLink(ShopDto shop) {
        RouterLink link = new RouterLink(getTranslation("admin.agency.teamLink"), TeamView.class,
                new RouteParameters("shop", shop.slug()));
        link.setId("team-link-" + shop.slug());
        return link;
    }

    private void openCreate() {
        new NewShopDialog(request -> backend.agency().create(agency, request), this::created).open();
    }

    private void created(ShopDto shop) {
        // The new shop belongs in the shop selector at once.
        staff.refresh();
        if (reloadOrRefuse(() -> shops = backend.agency().shops(agency))) {
            render();
        }
        Notification.show(getTranslation("admin.agency.created", shop.name()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("admin.agency.title", staff.agencyName(agency));
    }
}
