package com.kaeru.admin.insights;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import com.kaeru.admin.layout.ConsolePage;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopFormats;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;

/**
 * {@code /admin/agencies/{agency}/reports}: the agency's archive of roll-up reports (docs/insights.md, "Agency
 * roll-up report") — the monthly roll-up made on the 1st and e-mailed to the recipients, the ones generated here,
 * their PDF and CSV, "send again", and the recipients ({@link ReportArchivePanel}). For the agency's admins; the API
 * refuses everyone else (the refusal page) and never shows another agency's report.
 */
@Route(value = "agencies/:agency/reports", layout = MainLayout.class)
public class AgencyReportsView extends ConsolePage {
    /** The roll-up's periods are days of Japan time unless all the agency's shops share another zone (the backend's rule). */
    private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private final ReportArchiveSource archive;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final RouterLink back = new RouterLink();
    private ReportArchivePanel panel;
    private String agency = "";

    private final CurrentStaff staff;

    @Inject
    public AgencyReportsView(ReportArchiveSource archive, CurrentStaff staff) {
        this.archive = archive;
        this.staff = staff;
        setId("agency-reports");
        back.setId("agency-reports-insights");
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        agency = event.getRouteParameters().get("agency").orElse("");
        // Someone who is not the agency's admin is refused here by the API (403): the refusal page.
        panel = new ReportArchivePanel(archive, ReportArchiveSource.Archive.agency(agency),
                () -> new ShopFormats(ZONE, getLocale()), LocalDate.now(ZONE), "ja".equals(getLocale().getLanguage()) ? "ja" : "en",
                true, "admin.agencyReports.language.default");
        back.setRoute(AgencyInsightsView.class, new RouteParameters("agency", agency));
        add(title, intro, back, panel);
        localeChanged(getLocale());
    }

    @Override
    protected String refusedTitleKey() {
        return "admin.agency.refused.title";
    }

    @Override
    protected void localeChanged(Locale locale) {
        title.setText(getTranslation("admin.agencyReports.title", staff.agencyName(agency)));
        intro.setText(getTranslation("admin.agencyReports.intro"));
        back.setText(getTranslation("admin.agencyReports.back"));
        if (panel != null) {
            panel.render();
        }
    }

    @Override
    protected String pageTitle() {
        return getTranslation("admin.agencyReports.title", staff.agencyName(agency));
    }
}
