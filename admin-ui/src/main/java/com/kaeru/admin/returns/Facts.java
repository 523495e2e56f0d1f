package com.kaeru.admin.returns;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Label–value pairs in a {@code .facts} grid, as the detail's panels show them; values are found by id. */
final class Facts {
    private Facts() {
    }

    /** Adds "label: value" to {@code facts} and returns the value, to which a badge may be added. */
    static Span add(Div facts, String label, String value, String id) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("fact-label");
        Span valueSpan = new Span(value == null ? "" : value);
        valueSpan.addClassName("fact-value");
        valueSpan.setId(id);
        facts.add(new Div(labelSpan, valueSpan));
        return valueSpan;
    }
}
