package com.kaeru.admin.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import com.kaeru.api.policy.PolicyPreviewDto;
import com.kaeru.api.vocabulary.PolicyOutcome;
import com.kaeru.api.policy.PolicyPreviewLineDto;
import com.kaeru.api.policy.PolicyPreviewRequest;
import com.kaeru.api.policy.PolicyRuleDto;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.client.ApiProblemException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The policy editor's "try it" panel: an order number and optionally a reason; shows per line what
 * the list being edited would give and which rule decided. The editor sends the request (it owns
 * the draft) and hands back the answer or the refusal.
 */
class PolicyPreviewPanel extends VerticalLayout {
    private final H2 heading = new H2();
    private final TextField orderNumber = new TextField();
    private final ComboBox<ReturnReasonDto> reason = new ComboBox<>();
    private final Button tryIt = new Button();
    private final Paragraph note = new Paragraph();
    private final Grid<PolicyPreviewLineDto> lines = new Grid<>();
    private final LongFunction<String> money;
    private PolicyPreviewDto last;

    /** {@code onTry} runs when the person asks for a preview; {@code money} formats minor units. */
    PolicyPreviewPanel(Runnable onTry, LongFunction<String> money) {
        this.money = money;
        setId("policy-preview");
        addClassName("side-panel");
        setPadding(false);
        setWidth("32rem");
        orderNumber.setId("preview-order");
        orderNumber.setClearButtonVisible(true);
        orderNumber.addKeyPressListener(Key.ENTER, e -> onTry.run());
        tryIt.setId("preview-run");
        tryIt.addClickListener(e -> onTry.run());
        reason.setId("preview-reason");
        reason.setClearButtonVisible(true);
        reason.setItemLabelGenerator(r -> ("ja".equals(getLocale().getLanguage()) ? r.labelJa() : r.labelEn())
                + " (" + r.code() + ")");
        reason.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onTry.run();
            }
        });
        lines.setId("preview-grid");
        lines.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        lines.addColumn(l -> l.lineNo() + ". " + l.productName() + " (" + l.sku() + ") × " + l.returnableQuantity()
                + "/" + l.quantity()).setKey("line").setFlexGrow(2);
        lines.addComponentColumn(this::verdict).setKey("verdict").setFlexGrow(3);
        note.setId("preview-note");
        add(heading, note, new HorizontalLayout(orderNumber, tryIt), reason, lines);
        setFlexGrow(1, lines);
    }

    void reasons(List<ReturnReasonDto> reasons) {
        reason.setItems(reasons);
    }

    /** The request for {@code draft}, or empty while no order number is typed. */
    Optional<PolicyPreviewRequest> request(List<PolicyRuleDto> draft) {
        String number = orderNumber.getValue().strip();
        return number.isEmpty() ? Optional.empty()
                : Optional.of(new PolicyPreviewRequest(number, draft, reason.getValue() == null ? null
                        : reason.getValue().code()));
    }

    /** The last answer shown, for the editor to highlight the deciding rules; null after a refusal. */
    PolicyPreviewDto last() {
        return last;
    }

    void show(PolicyPreviewDto preview, boolean unsaved) {
        last = preview;
        note.removeClassName("error-text");
        note.setText(getTranslation(unsaved ? "admin.policy.preview.draft" : "admin.policy.preview.saved",
                preview.orderNumber()) + (preview.customerBlocklisted()
                ? " " + getTranslation("admin.policy.preview.blocklisted") : ""));
        lines.setItems(preview.lines());
    }

    void refused(ApiProblemException problem) {
        last = null;
        lines.setItems(List.of());
        note.setText(problem.problem().detail());
        note.addClassName("error-text");
    }

    private Div verdict(PolicyPreviewLineDto line) {
        var e = line.eligibility();
        Span outcome = new Span(getTranslation("admin.policyOutcome." + e.outcome()));
        outcome.getElement().getThemeList().add("badge " + (e.outcome() == PolicyOutcome.AUTO_APPROVE ? "success"
                : e.outcome() == PolicyOutcome.REJECT ? "error" : ""));
        outcome.addClassName("preview-outcome");
        String rule = line.ruleIndex() != null
                ? getTranslation("admin.policy.preview.rule", line.ruleIndex() + 1, e.rule())
                : getTranslation("ALREADY_RETURNED".equals(e.rule()) ? "admin.policy.preview.alreadyReturned"
                        : "admin.policy.preview.noRule");
        Span decidedBy = new Span(rule);
        decidedBy.addClassName("preview-rule");
        Div box = new Div(outcome, decidedBy);
        box.addClassName("preview-verdict");
        if (line.decidedByBlocklist()) {
            Span blocklist = new Span(getTranslation("admin.policy.preview.byBlocklist"));
            blocklist.getElement().getThemeList().add("badge contrast");
            blocklist.setId("preview-blocklist-" + line.lineNo());
            box.add(blocklist);
        }
        if (e.message() != null) {
            box.add(new Div(new Span(e.message())));
        }
        List<String> amounts = new ArrayList<>();
        if (e.refundFeeMinor() > 0) {
            amounts.add(getTranslation("admin.policy.preview.fee", money.apply(e.refundFeeMinor())));
        }
        if (e.exchangeBonusMinor() > 0) {
            amounts.add(getTranslation("admin.policy.preview.bonus", money.apply(e.exchangeBonusMinor())));
        }
        if (e.freeReturnShippingForExchange()) {
            amounts.add(getTranslation("admin.policy.preview.freeShipping"));
        }
        if (!amounts.isEmpty()) {
            box.add(new Div(new Span(String.join(" · ", amounts))));
        }
        return box;
    }

    void texts() {
        heading.setText(getTranslation("admin.policy.preview.title"));
        orderNumber.setLabel(getTranslation("admin.policy.preview.order"));
        orderNumber.setPlaceholder("SA-10001");
        reason.setLabel(getTranslation("admin.policy.preview.reason"));
        tryIt.setText(getTranslation("admin.policy.preview.run"));
        lines.getColumnByKey("line").setHeader(getTranslation("admin.policy.preview.col.line"));
        lines.getColumnByKey("verdict").setHeader(getTranslation("admin.policy.preview.col.verdict"));
        if (last == null && !note.hasClassName("error-text")) {
            note.setText(getTranslation("admin.policy.preview.help"));
        }
    }
}
