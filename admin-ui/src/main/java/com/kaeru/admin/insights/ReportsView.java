package com.kaeru.admin.insights;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopPage;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/reports}: the shop's report archive (docs/insights.md) — every archived
 * report with its PDF and CSV downloads, "generate now" for a week, month or quarter chosen by a day
 * inside it, and who receives the monthly report ({@link ReportArchivePanel}). Analysts, managers and agency
 * admins ({@code VIEW_REPORTS}) see it; the API refuses operators, who get the refusal page. Only people who
 * may change settings edit the recipients and re-send; the API decides either way.
 */
@Route(value = "shops/:shop/reports", layout = MainLayout.class)
public class ReportsView extends ShopPage {
    static final String MANAGE_SETTINGS = "MANAGE_SETTINGS";

    private final ReportArchiveSource archive;
    private ReportArchivePanel panel;

    @Inject
    public ReportsView(StaffBackend backend, CurrentStaff staff, ReportArchiveSource archive) {
        super(backend, staff);
        this.archive = archive;
        setId("reports");
    }

    @Override
    protected void enterShop(BeforeEnterEvent event) {
        // An operator is refused here by the API (403): the refusal page says what it says.
        panel = new ReportArchivePanel(archive, ReportArchiveSource.Archive.shop(context.slug()), context::formats,
                context.formats().today(), context.shop().defaultLanguage(), staff.can(context.slug(), MANAGE_SETTINGS),
                "admin.reports.language.default");
        render();
    }

    @Override
    protected void relocalize() {
        render();
    }

    private void render() {
        if (panel == null) {
            return;
        }
        removeAll();
        add(new H1(getTranslation("admin.reports.title")));
        add(new Paragraph(getTranslation("admin.reports.intro")));
        panel.render();
        add(panel);
    }

    @Override
    protected String pageTitle() {
        return getTranslation("admin.reports.title");
    }
}
