package com.kaeru.admin.receiving;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.admin.layout.MainLayout;
import com.kaeru.admin.shops.ShopPage;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.returns.GradeSubmission;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnLineDto;
import com.kaeru.api.vocabulary.Grade;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;

/**
 * {@code /admin/shops/{shop}/receiving}: the warehouse bench. The scan field always has the
 * focus; a keyboard-wedge scanner types the RMA and Enter. The parcel is marked received if it
 * was not yet, its units are listed, and each is graded with one key — A (restock), B (outlet),
 * C (dispose); Backspace takes the last grade back, Escape sets the parcel aside. With the last
 * grade the grades are sent, the backend fires the refund or exchange shipment, the outcome is
 * shown and the field is ready for the next parcel: a one-unit parcel is scan + one key.
 * The parcel's state is a {@link GradingSession}, shown by a {@link ParcelPanel}; this view
 * turns keys into calls and says what happened.
 */
@Route(value = "shops/:shop/receiving", layout = MainLayout.class)
public class ReceivingStationView extends ShopPage {
    static final Set<ReturnStatus> RECEIVABLE = java.util.EnumSet.of(ReturnStatus.APPROVED, ReturnStatus.AWAITING_SHIPMENT,
            ReturnStatus.IN_TRANSIT);
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

    private List<ReturnReasonDto> reasons = List.of();

    private final H1 title = new H1();
    private final Paragraph instructions = new Paragraph();
    private final TextField scan = new TextField();
    private final Div result = new Div();
    private final Span count = new Span();
    private final ParcelPanel parcel = new ParcelPanel();

    private final GradingSession session = new GradingSession();
    private BenchMessage message = new BenchMessage("admin.receiving.ready", "result-ready");

    @Inject
    public ReceivingStationView(StaffBackend backend, CurrentStaff staff) {
        super(backend, staff);
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
        // A click anywhere on the bench brings the scanner's target back.
        getElement().addEventListener("click", e -> scan.focus());
    }

    @Override
    protected void enterShop(BeforeEnterEvent event) {
        if (!context.canProcess()) {
            refuse("admin.receiving.title", getTranslation("admin.receiving.notAllowed"));
            return;
        }
        String slug = context.slug();
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
        } else if (session.active() && "Backspace".equals(key)) {
            if (session.undo()) {
                message = nextUnitMessage();
            }
        } else if (session.active() && "Escape".equals(key)) {
            message = new BenchMessage("admin.receiving.setAside", "result-warning", session.parcel().rmaNumber());
            reset();
        } else if (session.active() && key != null && key.length() == 1) {
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
            message = new BenchMessage("admin.receiving.unknown", "result-error", rma);
            return;
        }
        if (RECEIVABLE.contains(found.status())) {
            found = backend.returns().receive(context.slug(), rma);
        }
        if (found.status() != ReturnStatus.RECEIVED) {
            reset();
            message = new BenchMessage("admin.receiving.nothingToDo", "result-warning", rma,
                    getTranslation("admin.status." + found.status()));
            return;
        }
        session.start(found);
        scan.getElement().setAttribute("grading", true);
        message = nextUnitMessage();
    }

    private void grade(String grade) {
        if (!session.grade(grade)) {
            if (session.graded() < session.total()) {
                message = nextUnitMessage();
            }
            return;
        }
        // All units graded: one call per line; the last one fires refunds and exchange shipments.
        ReturnDto after = session.parcel();
        for (Map.Entry<Long, List<String>> line : session.byLine().entrySet()) {
            after = backend.returns().grade(context.slug(), session.parcel().rmaNumber(), line.getKey(),
                    new GradeSubmission(line.getValue().stream().map(Grade::valueOf).toList()));
        }
        message = BenchMessage.outcome(after, context.formats());
        String key = COUNT + context.slug();
        Object done = ComponentUtil.getData(UI.getCurrent(), key);
        ComponentUtil.setData(UI.getCurrent(), key, (done instanceof Integer n ? n : 0) + 1);
        reset();
    }

    private BenchMessage nextUnitMessage() {
        ReturnLineDto line = session.unit(session.graded());
        return new BenchMessage("admin.receiving.gradeUnit", "result-grading", session.graded() + 1, session.total(),
                line.productName(), line.sku());
    }

    private void reset() {
        session.clear();
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
        parcel.show(session, this::reasonLabel);
    }

    private String reasonLabel(String code) {
        return reasons.stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> "ja".equals(getLocale().getLanguage()) ? r.labelJa() : r.labelEn()).orElse(code);
    }

    @Override
    protected void relocalize() {
        render();
    }

    @Override
    protected String pageTitle() {
        return getTranslation("admin.receiving.title");
    }
}
