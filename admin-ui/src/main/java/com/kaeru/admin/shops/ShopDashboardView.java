package com.kaeru.admin.shops;

import java.util.Set;
import java.util.TreeSet;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.insights.DashboardCharts;
import com.kaeru.admin.insights.DateRange;
import com.kaeru.admin.insights.DateRangeBar;
import com.kaeru.admin.insights.DownloadLink;
import com.kaeru.admin.insights.InsightsSource;
import com.kaeru.admin.insights.KpiTiles;
import com.kaeru.admin.insights.WorkTiles;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.api.me.ShopMembershipDto;
import com.kaeru.api.returns.ReturnPageDto;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}}: the shop's dashboard and the analyst's home. Everyone sees today's
 * work ({@link WorkTiles}, each opening the queue's matching view); people who may see reports
 * (analysts, managers, agency admins: {@code VIEW_REPORTS}) also see the period's KPIs with their
 * trend and the charts, for the range in the URL ({@code ?range=last-month} or {@code ?from=&to=}).
 * The person's roles stay in the header, their permissions and the shop's settings in a closed section.
 */
@Route(value = "shops/:shop", layout = MainLayout.class)
public class ShopDashboardView extends ShopPage {
    private final InsightsSource insights;
    private final WorkTiles work = new WorkTiles();
    private final DateRangeBar rangeBar = new DateRangeBar();
    private final KpiTiles kpis = new KpiTiles();
    private final DashboardCharts charts = new DashboardCharts();
    private ShopMembershipDto membership;
    private DateRange range;
    private InsightsSource.ShopInsights data;
    private String refusal;

    @Inject
    public ShopDashboardView(StaffBackend backend, CurrentStaff staff, InsightsSource insights) {
        super(backend, staff);
        this.insights = insights;
        setId("shop-dashboard");
        addClassName("dashboard");
        rangeBar.addRangeChosenListener(e -> UI.getCurrent().navigate(ShopDashboardView.class,
                new RouteParameters("shop", context.slug()), e.range().toUrl()));
    }

    /** Whether the person sees the KPIs and charts here, not only today's work. */
    boolean seesInsights() {
        return staff.can(context.slug(), ShopContext.VIEW_REPORTS);
    }

    @Override
    protected void enterShop(BeforeEnterEvent event) {
        membership = staff.membership(context.slug()).orElse(null);
        range = DateRange.fromUrl(event.getLocation().getQueryParameters(), context.formats().today());
        data = null;
        refusal = null;
        if (seesInsights() && range.problem() == null) {
            try {
                data = insights.shop(context.slug(), range);
            } catch (ApiProblemException e) {
                if (e.isForbidden()) {
                    throw e; // no right (any more): the refusal page
                }
                // The shop exists (checked on entry): a 404 means this server has no insights API.
                refusal = e.isNotFound() || e.problem().detail() == null || e.problem().detail().isBlank()
                        ? getTranslation("admin.dashboard.unavailable") : e.problem().detail(); // e.g. beyond the allowed span: said beside the range
            }
        }
        render(true);
    }

    @Override
    protected void relocalize() {
        render(false); // keeps what the person typed into the range, and its message, in the new language
    }

    /** The period's report as PDF (in the console's language) and CSV (UTF-8 or Shift_JIS), streamed from the backend. */
    private Div downloads() {
        String language = "ja".equals(getLocale().getLanguage()) ? "ja" : "en";
        DateRange shown = range;
        String shop = context.slug();
        Anchor pdf = DownloadLink.of("report-pdf", getTranslation("admin.dashboard.reportPdf"),
                () -> insights.report(shop, shown, "PDF", null, language));
        Anchor utf8 = DownloadLink.of("report-csv-utf8", getTranslation("admin.dashboard.reportCsvUtf8"),
                () -> insights.report(shop, shown, "CSV", "UTF-8", language));
        Anchor sjis = DownloadLink.of("report-csv-sjis", getTranslation("admin.dashboard.reportCsvShiftJis"),
                () -> insights.report(shop, shown, "CSV", "Shift_JIS", language));
        Div links = new Div(pdf, utf8, sjis);
        links.setId("report-downloads");
        links.addClassName("report-downloads");
        return links;
    }

    private void render(boolean entered) {
        removeAll();
        add(header());
        add(new H2(getTranslation("admin.dashboard.work")));
        work.show(context.slug(), context.formats().today(), q -> {
            ReturnPageDto page = q.search(backend.returns(), context.slug(), 0, 1);
            return page.moreThanTotal() ? -1 : page.total();
        });
        add(work);
        if (seesInsights()) {
            H2 heading = new H2(getTranslation("admin.dashboard.insights"));
            heading.setId("insights-heading");
            rangeBar.texts();
            if (entered) {
                rangeBar.show(range, context.formats().today());
            }
            add(heading, rangeBar);
            if (entered && refusal != null) {
                rangeBar.showRefusal(refusal);
            }
            if (data != null) {
                kpis.show(data.kpis(), data.currency(), context.formats());
                charts.show(context.slug(), range, context.formats(), data,
                        drill -> insights.rows(context.slug(), range, drill, com.kaeru.admin.insights.DrillRowsDialog.LIMIT));
                add(downloads(), kpis, charts);
            }
        }
        add(aboutYou());
    }

    private Div header() {
        ShopDto shop = context.shop();
        H1 name = new H1(shop.name());
        name.setId("shop-name");
        Div swatch = new Div();
        swatch.addClassName("brand-swatch");
        swatch.getStyle().set("background", shop.brandColor());
        Div header = new Div(swatch, name, roles());
        header.addClassName("dashboard-header");
        return header;
    }

    private Div roles() {
        Div chips = new Div();
        chips.setId("roles");
        chips.addClassName("chips");
        for (String role : membership == null ? Set.<String>of() : new TreeSet<>(membership.roles())) {
            Span chip = new Span(getTranslation("admin.role." + role));
            chip.getElement().getThemeList().add("badge");
            chips.add(chip);
        }
        return chips;
    }

    /** What the overview listed before it became a dashboard: kept, closed, for whoever wonders. */
    private Details aboutYou() {
        UnorderedList permissions = new UnorderedList();
        permissions.setId("permissions");
        if (membership != null) {
            new TreeSet<>(membership.permissions()).forEach(p ->
                    permissions.add(new ListItem(getTranslation("admin.permission." + p))));
        }
        ShopDto shop = context.shop();
        UnorderedList settings = new UnorderedList(
                new ListItem(getTranslation("admin.shop.slug", shop.slug())),
                new ListItem(getTranslation("admin.shop.languages", String.join(", ", shop.languages()))),
                new ListItem(getTranslation("admin.shop.timeZone", shop.timeZone())),
                new ListItem(getTranslation("admin.shop.currency", shop.currency())));
        settings.setId("shop-settings");
        Details details = new Details(getTranslation("admin.dashboard.about"),
                new Div(new H2(getTranslation("admin.shop.youMay")), permissions,
                        new H2(getTranslation("admin.shop.settings")), settings));
        details.setId("about-you");
        return details;
    }

    @Override
    protected String pageTitle() {
        return null;
    }
}
