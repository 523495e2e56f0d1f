package com.kaeru.admin.returns;

import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

import com.kaeru.admin.shops.ShopContext;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.returns.PhotoDto;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.returns.ReturnLineDto;
import com.kaeru.api.vocabulary.Grade;
import com.kaeru.api.vocabulary.Resolution;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;

/**
 * The returned lines: reason and comment, the resolution with its money, the policy rule that decided
 * and why, the grades so far, the customer's photos — and, while the return allows grading, one
 * button per grade for the next unit, firing a {@link GradeEvent}.
 */
class ReturnLinesPanel extends Div {
    /** The grades staff can give a unit; MISSING: it was not in the parcel (an empty parcel pays nothing). */
    static final List<Grade> GRADES = List.of(Grade.values());

    /** A photo's bytes as the backend streams them (the browser has no token for the API). */
    @FunctionalInterface
    interface PhotoSource extends Serializable {
        InputStream open(String shop, String rma, long photoId);
    }

    /** Staff graded the next unit of line {@link #lineId()}. */
    static class GradeEvent extends ComponentEvent<ReturnLinesPanel> {
        private final long lineId;
        private final Grade grade;

        GradeEvent(ReturnLinesPanel source, long lineId, Grade grade) {
            super(source, true);
            this.lineId = lineId;
            this.grade = grade;
        }

        long lineId() {
            return lineId;
        }

        Grade grade() {
            return grade;
        }
    }

    private final PhotoSource photos;
    private ReturnDto request;
    private ShopContext context;
    private List<ReturnReasonDto> reasons = List.of();

    ReturnLinesPanel(PhotoSource photos) {
        this.photos = photos;
        setId("return-lines");
        setWidthFull();
    }

    Registration addGradeListener(ComponentEventListener<GradeEvent> listener) {
        return addListener(GradeEvent.class, listener);
    }

    /** The lines of {@code shown}; grading buttons only if {@code canGrade}. */
    void show(ReturnDto shown, ShopContext shop, List<ReturnReasonDto> reasonTree, boolean canGrade) {
        this.request = shown;
        this.context = shop;
        this.reasons = List.copyOf(reasonTree);
        removeAll();
        add(new H2(getTranslation("admin.return.lines")));
        shown.lines().forEach(line -> add(card(line, canGrade)));
    }

    private Div card(ReturnLineDto line, boolean canGrade) {
        Div card = new Div();
        card.addClassName("return-line");
        card.setId("line-" + line.id());
        card.add(new H3(line.productName() + " (" + line.sku() + ") × " + line.quantity()));
        card.add(facts(line));
        if (canGrade && line.ungradedUnits() > 0) {
            HorizontalLayout grading = new HorizontalLayout(new Span(getTranslation("admin.return.line.gradeNext")));
            grading.setAlignItems(FlexComponent.Alignment.BASELINE);
            for (Grade grade : GRADES) {
                Button button = new Button(getTranslation("admin.grade." + grade),
                        e -> fireEvent(new GradeEvent(this, line.id(), grade)));
                button.setId("grade-" + line.id() + "-" + grade);
                grading.add(button);
            }
            card.add(grading);
        }
        List<PhotoDto> linePhotos = request.photos().stream().filter(p -> p.lineId() == line.id()).toList();
        if (!linePhotos.isEmpty()) {
            Div gallery = new Div();
            gallery.addClassName("photos");
            linePhotos.forEach(p -> gallery.add(photo(p)));
            card.add(gallery);
        }
        return card;
    }

    private Div facts(ReturnLineDto line) {
        Div facts = new Div();
        facts.addClassName("facts");
        String id = "line-" + line.id() + "-";
        fact(facts, "admin.return.line.reason", reasonLabel(line.reasonCode()), id + "reason");
        if (line.comment() != null && !line.comment().isBlank()) {
            fact(facts, "admin.return.line.comment", line.comment(), id + "comment");
        }
        String resolution = getTranslation("admin.resolution." + line.resolution()) + ": "
                + (line.resolution() == Resolution.REFUND ? getTranslation("admin.refundMethod." + line.refundMethod())
                + " " + money(line.refundAmountMinor()) : line.exchangeSku());
        fact(facts, "admin.return.line.resolution", resolution, id + "resolution");
        if (line.feeMinor() > 0) {
            fact(facts, "admin.return.line.fee", money(line.feeMinor()), id + "fee");
        }
        if (line.bonusMinor() > 0) {
            fact(facts, "admin.return.line.bonus", money(line.bonusMinor()), id + "bonus");
        }
        if (line.resolution() == Resolution.EXCHANGE && line.priceDifferenceMinor() != 0) {
            fact(facts, "admin.return.line.difference", money(line.priceDifferenceMinor()), id + "difference");
        }
        if (line.fulfilment() != null) {
            fact(facts, "admin.return.line.fulfilment", fulfilment(line.fulfilment()), id + "fulfilment");
        }
        // Which rule decided and why: staff never have to guess where an approval came from.
        String outcome = getTranslation("admin.policyOutcome." + line.policyOutcome());
        String rule = PolicyRuleNames.readable(line.policyRule(), key -> getTranslation(key));
        String policy = line.policyMessage() == null
                ? getTranslation("admin.return.line.policyRule", outcome, rule)
                : getTranslation("admin.return.line.policyRuleWhy", outcome, rule, line.policyMessage());
        Span decided = Facts.add(facts, getTranslation("admin.return.line.policy"), policy, id + "policy");
        if (PolicyRuleNames.isSystemCode(line.policyRule())) {
            // The code stays findable (exports, the API and support speak it), but second.
            Span code = new Span(line.policyRule());
            code.setId(id + "policy-code");
            code.addClassName("fact-code");
            decided.add(code);
            decided.setTitle(getTranslation("admin.return.line.policyCode", line.policyRule()));
        }
        fact(facts, "admin.return.line.grades", getTranslation("admin.return.line.gradeCounts", line.gradeA(),
                line.gradeB(), line.gradeC(), line.quantity())
                + (line.gradeMissing() == 0 ? "" : getTranslation("admin.return.line.gradeMissing", line.gradeMissing())),
                id + "grades");
        return facts;
    }

    /** Where the replacement stands: its state, and the promised date or the parcel. */
    private String fulfilment(com.kaeru.api.returns.FulfilmentDto f) {
        StringBuilder s = new StringBuilder(getTranslation("admin.fulfilment.state." + f.state()));
        if (f.trackingNumber() != null) {
            s.append(" — ").append(getTranslation("admin.return.line.tracking", f.carrier(), f.trackingNumber()));
        } else if (f.promisedDate() != null && f.state() != com.kaeru.api.vocabulary.FulfilmentState.CANCELLED) {
            s.append(" — ").append(getTranslation("admin.return.line.promised", f.promisedDate().toString(),
                    f.dateConfirmed() ? getTranslation("admin.return.line.promisedConfirmed") : ""));
        }
        if (f.late()) {
            s.append(" — ").append(getTranslation("admin.shipments.late"));
        }
        return s.toString();
    }

    private void fact(Div facts, String labelKey, String value, String id) {
        Facts.add(facts, getTranslation(labelKey), value, id);
    }

    private String reasonLabel(String code) {
        return reasons.stream().filter(r -> r.code().equals(code)).findFirst()
                .map(r -> "ja".equals(getLocale().getLanguage()) ? r.labelJa() : r.labelEn()).orElse(code);
    }

    private String money(long minor) {
        return context.formats().money(minor, request.currency());
    }

    private Component photo(PhotoDto photo) {
        // Captured now: the view may show another return by the time the browser asks.
        PhotoSource source = photos;
        String shop = context.slug();
        String rma = request.rmaNumber();
        Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                source.open(shop, rma, photo.id()), "photo-" + photo.id(), photo.contentType(), photo.sizeBytes())),
                getTranslation("admin.return.photo", photo.id()));
        image.setId("photo-" + photo.id());
        image.addClassName("return-photo");
        return image;
    }
}
