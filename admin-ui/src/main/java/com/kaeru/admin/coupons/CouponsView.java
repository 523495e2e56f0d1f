package com.kaeru.admin.coupons;

import java.util.List;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.coupons.CouponDto;
import com.kaeru.api.coupons.CouponPageDto;
import com.kaeru.api.coupons.CouponStatus;
import com.kaeru.api.coupons.CouponsApi;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/coupons}: the shop's coupons, newest first, filtered by status and
 * by the start of a code, an e-mail address or an RMA number, paged by the backend. Everyone in
 * the shop reads; managers (ISSUE_COUPONS) issue one in a dialog (a yen amount or a percentage,
 * valid through a chosen day in the shop's time zone) and void unused ones with a reason. The new
 * code is shown once the coupon exists, to pass on to the customer.
 */
@Route(value = "shops/:shop/coupons", layout = MainLayout.class)
public class CouponsView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
    public static final String ISSUE_COUPONS = "ISSUE_COUPONS";
    static final int DEFAULT_VALID_DAYS = 90;

    private final StaffBackend backend;
    private final CurrentStaff staff;
    private ShopContext context;
    private boolean canIssue;
    private final H1 title = new H1();
    final TextField search = new TextField();
    final ComboBox<CouponStatus> status = new ComboBox<>();
    private final Span total = new Span();
    final Button issue = new Button();
    final Grid<CouponDto> grid = new Grid<>();
    private final Paragraph refused = new Paragraph();

    @Inject
    public CouponsView(StaffBackend backend, CurrentStaff staff) {
        this.backend = backend;
        this.staff = staff;
        setId("coupons");
        setSizeFull();
        refused.setId("access-refused");
        search.setId("coupon-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        status.setId("coupon-status-filter");
        status.setItems(CouponStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("admin.coupons.status." + s.name()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());
        total.setId("coupon-total");
        issue.setId("coupon-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issue.addClickListener(e -> openIssueDialog());
        grid.setId("coupons-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CouponDto::code).setKey("code").setAutoWidth(true);
        grid.addColumn(this::value).setKey("value").setAutoWidth(true);
        grid.addColumn(c -> getTranslation("admin.coupons.status." + c.status().name())).setKey("status").setAutoWidth(true);
        grid.addColumn(c -> context.formats().dateTime(c.expiresAt())).setKey("expiresAt").setAutoWidth(true);
        grid.addColumn(c -> nonNull(c.issuedToEmail())).setKey("issuedTo").setAutoWidth(true);
        grid.addColumn(c -> c.rmaNumber() == null ? c.reason() : c.reason() + "（" + c.rmaNumber() + "）")
                .setKey("reason").setFlexGrow(2);
        grid.addColumn(c -> c.issuedBy() + " · " + context.formats().dateTime(c.issuedAt())).setKey("issued").setAutoWidth(true);
        grid.addColumn(this::outcome).setKey("outcome").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        grid.setItems(new CallbackDataProvider<CouponDto, Void>(
                q -> page(q.getPage(), q.getPageSize()).items().stream(),
                q -> {
                    long count = page(0, 1).total();
                    total.setText(getTranslation("admin.coupons.total", count));
                    return (int) Math.min(count, Integer.MAX_VALUE);
                }, CouponDto::code));
        grid.setPageSize(50);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("shop").orElse("");
        context = ShopContext.load(backend, staff, slug, getLocale(), p -> refused.setText(p.problem().detail()))
                .orElse(null);
        removeAll();
        if (context == null) {
            add(new H1(getTranslation("admin.shop.refused.title")), refused);
            return;
        }
        canIssue = staff.can(slug, ISSUE_COUPONS);
        issue.setVisible(canIssue);
        HorizontalLayout filters = new HorizontalLayout(search, status, total, issue);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(title, new CouponOfferSection(coupons(), context, canIssue), filters, grid);
        setFlexGrow(1, grid);
        texts();
        refresh();
    }

    private CouponsApi coupons() {
        return backend.coupons();
    }

    CouponPageDto page(int page, int size) {
        if (context == null) {
            return new CouponPageDto(List.of(), 0, page, size);
        }
        String q = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        return coupons().list(context.slug(), status.getValue() == null ? null : status.getValue().name(), q, page,
                Math.min(size, 200));
    }

    private void refresh() {
        if (context != null) {
            grid.getDataProvider().refreshAll();
        }
    }

    String value(CouponDto c) {
        return c.percent() != null ? getTranslation("admin.coupons.percentOff", c.percent())
                : getTranslation("admin.coupons.amountOff", context.formats().money(c.amountMinor(), c.currency()));
    }

    private String outcome(CouponDto c) {
        if (c.status() == CouponStatus.REDEEMED) {
            return getTranslation("admin.coupons.redeemed", c.orderReference(), c.redeemedBy(),
                    context.formats().dateTime(c.redeemedAt()));
        }
        if (c.status() == CouponStatus.VOID) {
            return getTranslation("admin.coupons.voided", c.voidReason(), c.voidedBy(), context.formats().dateTime(c.voidedAt()));
        }
        return "";
    }

    private com.vaadin.flow.component.Component actions(CouponDto c) {
        boolean unused = c.status() == CouponStatus.ACTIVE || c.status() == CouponStatus.EXPIRED;
        if (!canIssue || !unused) {
            return new Span();
        }
        Button voidButton = new Button(getTranslation("admin.coupons.void"), e -> openVoidDialog(c));
        voidButton.setId("coupon-void-" + c.code());
        voidButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        return voidButton;
    }

    /** The issue dialog; the new code is shown once the coupon exists. */
    Dialog openIssueDialog() {
        IssueCouponDialog dialog = new IssueCouponDialog(coupons(), context, issued -> {
            refresh();
            showIssued(issued);
        });
        dialog.open();
        return dialog;
    }

    private void showIssued(CouponDto issued) {
        Dialog shown = new Dialog();
        shown.setId("coupon-issued-dialog");
        shown.setHeaderTitle(getTranslation("admin.coupons.issued.title"));
        TextField code = new TextField(getTranslation("admin.coupons.col.code"));
        code.setId("coupon-issued-code");
        code.setValue(issued.code());
        code.setReadOnly(true);
        Paragraph what = new Paragraph(getTranslation("admin.coupons.issued.text", value(issued),
                context.formats().dateTime(issued.expiresAt())));
        Button done = new Button(getTranslation("admin.coupons.issued.done"), e -> shown.close());
        done.setId("coupon-issued-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        shown.add(code, what);
        shown.getFooter().add(done);
        shown.open();
    }

    /** Voiding asks for the reason first; the coupon keeps it. */
    Dialog openVoidDialog(CouponDto coupon) {
        VoidCouponDialog dialog = new VoidCouponDialog(coupons(), context.slug(), coupon, value(coupon), this::refresh);
        dialog.open();
        return dialog;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private void texts() {
        title.setText(getTranslation("admin.coupons.title"));
        search.setLabel(getTranslation("admin.coupons.search"));
        search.setPlaceholder(getTranslation("admin.coupons.search.placeholder"));
        status.setLabel(getTranslation("admin.coupons.statusFilter"));
        status.setPlaceholder(getTranslation("admin.coupons.allStatuses"));
        issue.setText(getTranslation("admin.coupons.issue"));
        for (String key : List.of("code", "value", "status", "expiresAt", "issuedTo", "reason", "issued", "outcome")) {
            grid.getColumnByKey(key).setHeader(getTranslation("admin.coupons.col." + key));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (context != null) {
            context = context.in(event.getLocale());
            texts();
            grid.getDataProvider().refreshAll();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.coupons.title") + (context == null ? "" : " | " + context.shop().name());
    }
}
