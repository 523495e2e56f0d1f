package com.kaeru.admin.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.returns.FulfilmentDto;
import com.kaeru.api.returns.FulfilmentsApi;
import com.kaeru.api.returns.ShipmentRecord;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/shipments}: the warehouse's exchange work. The shipping instructions
 * (replacements ready to ship, oldest first) with a bulk "mark shipped": scan or type one parcel per
 * line — the RMA (or {@code RMA/line} when a return has several replacements) and the tracking
 * number — for one carrier; each line answers on its own, so one bad scan does not stop the rest.
 * Below, the backorder queue: waiting and held replacements with the promised date, whether it is
 * confirmed, the notices sent, late ones highlighted. Everyone in the shop reads; operators ship.
 */
@Route(value = "shops/:shop/shipments", layout = MainLayout.class)
public class ShipmentsView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {
    static final List<String> CARRIERS = List.of("ヤマト運輸", "佐川急便", "日本郵便", "西濃運輸", "福山通運");
    static final int ROWS = 200;

    private final StaffBackend backend;
    private final CurrentStaff staff;
    private ShopContext context;
    private final H1 title = new H1();
    private final H2 instructionsTitle = new H2();
    private final H2 queueTitle = new H2();
    final Grid<FulfilmentDto> instructions = new Grid<>();
    final Grid<FulfilmentDto> queue = new Grid<>();
    final ComboBox<String> carrier = new ComboBox<>();
    final TextArea scans = new TextArea();
    final Button ship = new Button();
    final Checkbox lateOnly = new Checkbox();
    final UnorderedList results = new UnorderedList();
    private final Paragraph refused = new Paragraph();

    @Inject
    public ShipmentsView(StaffBackend backend, CurrentStaff staff) {
        this.backend = backend;
        this.staff = staff;
        setId("shipments");
        setSizeFull();
        refused.setId("access-refused");
        instructions.setId("shipment-instructions");
        instructions.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        instructions.addColumn(FulfilmentDto::rma).setKey("rma").setAutoWidth(true);
        instructions.addColumn(FulfilmentDto::lineId).setKey("line").setAutoWidth(true);
        instructions.addColumn(FulfilmentDto::sku).setKey("sku").setAutoWidth(true);
        instructions.addColumn(FulfilmentDto::productName).setKey("product").setFlexGrow(2);
        instructions.addColumn(FulfilmentDto::quantity).setKey("quantity").setAutoWidth(true);
        instructions.addColumn(f -> f.shipmentRequestedAt() == null ? "" : context.formats().dateTime(f.shipmentRequestedAt()))
                .setKey("requested").setAutoWidth(true);
        instructions.addColumn(f -> join(f.shipToPostalCode(), f.shipToAddress(), f.shipToName())).setKey("shipTo")
                .setFlexGrow(3);
        instructions.setPartNameGenerator(f -> f.late() ? "late" : null);
        carrier.setId("shipment-carrier");
        carrier.setItems(CARRIERS);
        carrier.setAllowCustomValue(true);
        carrier.addCustomValueSetListener(e -> carrier.setValue(e.getDetail()));
        scans.setId("shipment-scans");
        scans.setWidthFull();
        ship.setId("shipment-mark-shipped");
        ship.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ship.addClickListener(e -> markShipped());
        results.setId("shipment-results");
        lateOnly.setId("backorders-late");
        lateOnly.addValueChangeListener(e -> refresh());
        queue.setId("backorder-queue");
        queue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        queue.addColumn(FulfilmentDto::rma).setKey("rma").setAutoWidth(true);
        queue.addColumn(FulfilmentDto::sku).setKey("sku").setAutoWidth(true);
        queue.addColumn(FulfilmentDto::productName).setKey("product").setFlexGrow(2);
        queue.addColumn(FulfilmentDto::quantity).setKey("quantity").setAutoWidth(true);
        queue.addColumn(f -> getTranslation("admin.fulfilment.state." + f.state())).setKey("state").setAutoWidth(true);
        queue.addColumn(f -> f.backorderedAt() == null ? "" : context.formats().dateTime(f.backorderedAt()))
                .setKey("since").setAutoWidth(true);
        queue.addColumn(f -> f.promisedDate() == null ? "" : f.promisedDate().toString()).setKey("promised")
                .setAutoWidth(true);
        queue.addColumn(f -> getTranslation(f.dateConfirmed() ? "admin.shipments.confirmed.yes"
                : "admin.shipments.confirmed.no")).setKey("confirmed").setAutoWidth(true);
        queue.addColumn(FulfilmentDto::noticesSent).setKey("notices").setAutoWidth(true);
        queue.addColumn(f -> f.late() ? getTranslation("admin.shipments.late") : "").setKey("late").setAutoWidth(true);
        queue.setPartNameGenerator(f -> f.late() ? "late" : null);
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
        add(title, instructionsTitle, instructions);
        if (context.canProcess()) {
            HorizontalLayout form = new HorizontalLayout(carrier, ship);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            add(scans, form, results);
        }
        add(new CarrierFilesSection(backend::carriers, context.slug(), context.canProcess()));
        add(queueTitle, lateOnly, queue);
        texts();
        refresh();
    }

    private FulfilmentsApi api() {
        return backend.fulfilments();
    }

    private void refresh() {
        if (context == null) {
            return;
        }
        instructions.setItems(api().list(context.slug(), "SHIPMENT_REQUESTED", false, null, null, 0, ROWS).items());
        queue.setItems(api().list(context.slug(), "BACKORDERED,HELD", Boolean.TRUE.equals(lateOnly.getValue()), null,
                null, 0, ROWS).items());
    }

    /** Ships every scanned parcel with the chosen carrier; answers each line with its outcome. */
    void markShipped() {
        results.removeAll();
        String chosen = carrier.getValue() == null ? "" : carrier.getValue().strip();
        if (chosen.isEmpty()) {
            results.add(new ListItem(getTranslation("admin.shipments.carrierRequired")));
            return;
        }
        List<String> left = new ArrayList<>();
        for (ParcelScan scan : ParcelScan.parse(scans.getValue())) {
            String outcome;
            Optional<FulfilmentDto> target = scan.rma() == null ? Optional.empty() : target(scan);
            if (target.isEmpty()) {
                outcome = getTranslation("admin.shipments.unknown", scan.raw());
                left.add(scan.raw());
            } else {
                try {
                    FulfilmentDto shipped = api().ship(context.slug(), target.get().rma(), target.get().lineId(),
                            new ShipmentRecord(chosen, scan.tracking()));
                    outcome = getTranslation("admin.shipments.shipped", shipped.rma(), shipped.trackingNumber());
                } catch (ApiProblemException e) {
                    outcome = target.get().rma() + ": " + e.problem().detail();
                    left.add(scan.raw());
                }
            }
            ListItem item = new ListItem(outcome);
            results.add(item);
        }
        // What did not ship stays in the box to correct and scan again.
        scans.setValue(String.join("\n", left));
        refresh();
    }

    /** The instruction a scan names: RMA/line, or the return's only open instruction. */
    private Optional<FulfilmentDto> target(ParcelScan scan) {
        List<FulfilmentDto> open = api().list(context.slug(), null, false, null, scan.rma(), 0, 50).items();
        if (scan.lineId() != null) {
            return open.stream().filter(f -> f.lineId() == scan.lineId()).findFirst();
        }
        List<FulfilmentDto> shippable = open.stream()
                .filter(f -> f.state() == com.kaeru.api.vocabulary.FulfilmentState.SHIPMENT_REQUESTED
                        || scan.tracking().equals(f.trackingNumber())).toList();
        return shippable.size() == 1 ? Optional.of(shippable.get(0)) : Optional.empty();
    }

    private static String join(String... parts) {
        return String.join(" ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private void texts() {
        title.setText(getTranslation("admin.shipments.title"));
        instructionsTitle.setText(getTranslation("admin.shipments.instructions"));
        queueTitle.setText(getTranslation("admin.shipments.queue"));
        carrier.setLabel(getTranslation("admin.shipments.carrier"));
        scans.setLabel(getTranslation("admin.shipments.scans"));
        scans.setHelperText(getTranslation("admin.shipments.scansHelp"));
        ship.setText(getTranslation("admin.shipments.markShipped"));
        lateOnly.setLabel(getTranslation("admin.shipments.lateOnly"));
        for (String key : List.of("rma", "line", "sku", "product", "quantity", "requested", "shipTo")) {
            instructions.getColumnByKey(key).setHeader(getTranslation("admin.shipments.col." + key));
        }
        for (String key : List.of("rma", "sku", "product", "quantity", "state", "since", "promised", "confirmed",
                "notices", "late")) {
            queue.getColumnByKey(key).setHeader(getTranslation("admin.shipments.col." + key));
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (context != null) {
            context = context.in(event.getLocale());
            texts();
            refresh();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.shipments.title") + (context == null ? "" : " | " + context.shop().name());
    }

    /**
     * One scanned or typed parcel: {@code RMA tracking} or {@code RMA/line tracking} (spaces, tabs or
     * a comma between, as a scanner or a spreadsheet gives them). A line that is not that has no RMA.
     */
    record ParcelScan(String raw, String rma, Long lineId, String tracking) {
        static List<ParcelScan> parse(String text) {
            List<ParcelScan> scans = new ArrayList<>();
            if (text == null) {
                return scans;
            }
            for (String line : text.split("\\R")) {
                String raw = line.strip();
                if (raw.isEmpty()) {
                    continue;
                }
                String[] parts = raw.split("[\\s,\\t]+");
                if (parts.length != 2) {
                    scans.add(new ParcelScan(raw, null, null, null));
                    continue;
                }
                String[] target = parts[0].split("/");
                Long line2 = null;
                if (target.length == 2) {
                    try {
                        line2 = Long.parseLong(target[1]);
                    } catch (NumberFormatException e) {
                        scans.add(new ParcelScan(raw, null, null, null));
                        continue;
                    }
                }
                scans.add(new ParcelScan(raw, target[0].toUpperCase(Locale.ROOT), line2, parts[1]));
            }
            return scans;
        }
    }
}
