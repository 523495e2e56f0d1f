package com.kaeru.admin.receiving;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.returns.GradeSubmission;
import com.kaeru.api.returns.RefundDto;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnLineDto;
import com.kaeru.api.vocabulary.Grade;
import com.kaeru.api.vocabulary.RefundStatus;
import com.kaeru.api.vocabulary.Resolution;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/receiving}: the warehouse bench. The scan field always has the
 * focus; a keyboard-wedge scanner types the RMA and Enter. The parcel is marked received if it
 * was not yet, its units are listed, and each is graded with one key — A (restock), B (outlet),
 * C (dispose); Backspace takes the last grade back, Escape sets the parcel aside. With the last
 * grade the grades are sent, the backend fires the refund or exchange shipment, the outcome is
 * shown and the field is ready for the next parcel: a one-unit parcel is scan + one key.
 */
@Route(value = "shops/:shop/receiving", layout = MainLayout.class)
public class ReceivingStationView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver,
        HasDynamicTitle {
    static final Set<ReturnStatus> RECEIVABLE = EnumSet.of(ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT,
            ReturnStatus.IN_TRANSIT);
    /** Grades a key press gives (a missing unit is recorded in the detail view, not at the bench). */
    private static final Set<Grade> KEY_GRADES = EnumSet.of(Grade.A, Grade.B, Grade.C);
    /**
     * Enter always reaches the server (with what was typed); grade keys only while a parcel is
     * being graded and nothing is typed — then they are not typed into the field either.
     */
    public static final String KEY_FILTER = "event.key === 'Enter' || (element.hasAttribute('grading')"
            + " && element.value === '' && ['a','b','c','A','B','C','Backspace','Escape'].includes(event.key)"
            + " && (event.preventDefault() || true))";
    public static final String KEY = "event.key";
    public static final String VALUE = "element.value";
    private static final String COUNT = "kaeru.receiving.count.";

    private final StaffBackend backend;
    private final CurrentStaff staff;
    private ShopContext context;
    private List<ReturnReasonDto> reasons = List.of();

    private final H1 title = new H1();
    private final Paragraph instructions = new Paragraph();
    private final TextField scan = new TextField();
    private final Div result = new Div();
    private final Span count = new Span();
    private final Div parcel = new Div();
    private final Paragraph refused = new Paragraph();

    private ReturnDto current;
    /** The line of each unit still to grade, in order. */
    private final List<ReturnLineDto> units = new ArrayList<>();
    private final List<Grade> grades = new ArrayList<>();
    private Message message = new Message("admin.receiving.ready", "result-ready");

    /** What the result banner says, kept as a key so a language switch re-renders it. */
    private record Message(String key, String style, Object... args) {
    }

    @Inject
    public ReceivingStationView(StaffBackend backend, CurrentStaff staff) {
        this.backend = backend;
        this.staff = staff;
        setId("receiving-station");
        scan.setId("scan");
        scan.setAutofocus(true);
        scan.setWidth("22em");
        scan.addClassName("scan-field");
        scan.getElement().setAttribute("autocomplete", "off");
        scan.getElement().addEventListener("keydown", e -> onKey(e.getEventData().getString(KEY),
                        e.getEventData().getString(VALUE)))
                .addEventData(KEY).addEventData(VALUE).setFilter(KEY_FILTER);
        result.setId("result");
        result.addClassName("receiving-result");
        count.setId("count");
        parcel.setId("parcel");
        refused.setId("access-refused");
        // A click anywhere on the bench brings the scanner's target back.
        getElement().addEventListener("click", e -> scan.focus());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("shop").orElse("");
        context = ShopContext.load(backend, staff, slug, getLocale(), problem -> refused.setText(problem.problem().detail()))
                .orElse(null);
        removeAll();
        if (context == null) {
            add(new H1(getTranslation("admin.shop.refused.title")), refused);
            return;
        }
        if (!context.canProcess()) {
            refused.setText(getTranslation("admin.receiving.notAllowed"));
            add(new H1(getTranslation("admin.receiving.title")), refused);
            return;
        }
        reasons = backend.returnReasons().list(slug);
        add(title, instructions, scan, result, count, parcel);
        reset();
        render();
        scan.focus();
    }

    // ---- keys

    void onKey(String key, String typed) {
        if ("Enter".equals(key)) {
            String rma = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
            scan.clear();
            if (!rma.isEmpty()) {
                scanned(rma);
            }
        } else if (current != null && "Backspace".equals(key)) {
            if (!grades.isEmpty()) {
                grades.remove(grades.size() - 1);
                message = nextUnitMessage();
            }
        } else if (current != null && "Escape".equals(key)) {
            message = new Message("admin.receiving.setAside", "result-warning", current.rmaNumber());
            reset();
        } else if (current != null && key != null && key.length() == 1) {
            grade(key.toUpperCase(Locale.ROOT));
        }
        render();
        scan.focus();
    }

    private void scanned(String rma) {
        ReturnDto found;
        try {
            found = backend.returns().get(context.slug(), rma);
        } catch (ApiProblemException e) {
            if (!e.isNotFound()) {
                throw e;
            }
            reset();
            message = new Message("admin.receiving.unknown", "result-error", rma);
            return;
        }
        if (RECEIVABLE.contains(found.status())) {
            found = backend.returns().receive(context.slug(), rma);
        }
        if (found.status() != ReturnStatus.RECEIVED) {
            reset();
            message = new Message("admin.receiving.nothingToDo", "result-warning", rma,
                    getTranslation("admin.status." + found.status()));
            return;
        }
        reset();
        current = found;
        for (ReturnLineDto line : found.lines()) {
            int ungraded = line.ungradedUnits();
            for (int i = 0; i < ungraded; i++) {
                units.add(line);
            }
        }
        scan.getElement().setAttribute("grading", true);
        message = nextUnitMessage();
    }

    private void grade(String pressed) {
        Grade grade = KEY_GRADES.stream().filter(g -> g.name().equals(pressed)).findFirst().orElse(null);
        if (grade == null || grades.size() >= units.size()) {
            return;
        }
        grades.add(grade);
        if (grades.size() < units.size()) {
            message = nextUnitMessage();
            return;
        }
        // All units graded: one call per line; the last one fires refunds and exchange shipments.
        Map<Long, List<Grade>> byLine = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            byLine.computeIfAbsent(units.get(i).id(), id -> new ArrayList<>()).add(grades.get(i));
        }
        ReturnDto after = current;
        for (Map.Entry<Long, List<Grade>> line : byLine.entrySet()) {
            after = backend.returns().grade(context.slug(), current.rmaNumber(), line.getKey(),
                    new GradeSubmission(line.getValue()));
        }
        message = outcome(after);
        String key = COUNT + context.slug();
        Object done = ComponentUtil.getData(UI.getCurrent(), key);
        ComponentUtil.setData(UI.getCurrent(), key, (done instanceof Integer n ? n : 0) + 1);
        reset();
    }

    /** What happened to the money and the goods, in the words the bench needs. */
    private Message outcome(ReturnDto after) {
        List<RefundDto> pending = after.refunds().stream().filter(r -> r.status() == RefundStatus.PENDING_APPROVAL)
                .toList();
        if (!pending.isEmpty()) {
            long amount = pending.stream().mapToLong(RefundDto::amountMinor).sum();
            return new Message("admin.receiving.outcome.pending", "result-pending", after.rmaNumber(),
                    context.formats().money(amount, after.currency()));
        }
        boolean exchange = after.lines().stream().anyMatch(l -> l.resolution() == Resolution.EXCHANGE);
        boolean backorder = after.lines().stream().anyMatch(l -> l.resolution() == Resolution.EXCHANGE && !l.reserved());
        long issued = after.refunds().stream().filter(r -> r.status() == RefundStatus.ISSUED)
                .mapToLong(RefundDto::amountMinor).sum();
        if (backorder) {
            return new Message("admin.receiving.outcome.backorder", "result-pending", after.rmaNumber());
        }
        String money = context.formats().money(issued, after.currency());
        if (exchange && issued > 0) {
            return new Message("admin.receiving.outcome.both", "result-done", after.rmaNumber(), money);
        }
        if (exchange) {
            return new Message("admin.receiving.outcome.exchange", "result-done", after.rmaNumber());
        }
        return new Message("admin.receiving.outcome.refunded", "result-done", after.rmaNumber(), money);
    }

    private Message nextUnitMessage() {
        ReturnLineDto line = units.get(grades.size());
        return new Message("admin.receiving.gradeUnit", "result-grading", grades.size() + 1, units.size(),
                line.productName(), line.sku());
    }

    private void reset() {
        current = null;
        units.clear();
        grades.clear();
        scan.getElement().removeAttribute("grading");
    }

    // ---- rendering

    private void render() {
        title.setText(getTranslation("admin.receiving.title"));
        instructions.setText(getTranslation("admin.receiving.instructions"));
        scan.setLabel(getTranslation("admin.receiving.scan"));
        scan.setPlaceholder("R-000123");
        result.setText(getTranslation(message.key(), message.args()));
        result.setClassName("receiving-result " + message.style());
        Object done = ComponentUtil.getData(UI.getCurrent(), COUNT + context.slug());
        count.setText(getTranslation("admin.receiving.count", done instanceof Integer n ? n : 0));
        parcel.removeAll();
        if (current == null) {
            return;
        }
        parcel.add(new H2(current.rmaNumber() + " · " + (current.customerName() == null ? "" : current.customerName())
                + " · " + current.orderNumber()));
        for (int i = 0; i < units.size(); i++) {
            ReturnLineDto line = units.get(i);
            String grade = i < grades.size() ? grades.get(i).name() : (i == grades.size() ? "?" : "·");
            Span slot = new Span(grade);
            slot.addClassName("grade-slot");
            if (i == grades.size()) {
                slot.addClassName("current");
            }
            Div unit = new Div(slot, new Span(" " + line.productName() + " (" + line.sku() + ") — "
                    + reasonLabel(line.reasonCode()) + " · "
                    + getTranslation("admin.resolution." + line.resolution())));
            unit.setId("unit-" + i);
            unit.addClassName("unit");
            parcel.add(unit);
        }
    }

    private String reasonLabel(String code) {
        return reasons.stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> "ja".equals(getLocale().getLanguage()) ? r.labelJa() : r.labelEn()).orElse(code);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (context != null && context.canProcess()) {
            context = context.in(event.getLocale());
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.receiving.title") + (context == null ? "" : " | " + context.shop().name());
    }
}
