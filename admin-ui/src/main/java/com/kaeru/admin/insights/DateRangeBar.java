package com.kaeru.admin.insights;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;

/**
 * The dashboard's period: a preset (this month, last month, last 30 days, this quarter) applies at
 * once; "custom" offers two dates and an apply button. A backwards range is refused here with a
 * readable message ({@code #range-error}) and never reaches the API. Fires {@link RangeChosenEvent}.
 */
public class DateRangeBar extends HorizontalLayout {
    private final Select<DateRange.Preset> preset = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button apply = new Button();
    private final Span error = new Span();
    private boolean populating;
    private String problemKey;
    private LocalDate today = LocalDate.now();

    public DateRangeBar() {
        setId("range-bar");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        preset.setId("range-preset");
        preset.setItems(List.of(DateRange.Preset.values()));
        preset.addValueChangeListener(e -> {
            if (!populating && e.getValue() != null && e.getValue() != DateRange.Preset.CUSTOM) {
                error.setVisible(false);
                fireEvent(new RangeChosenEvent(this, e.getValue().on(today)));
            }
            customVisible(e.getValue() == DateRange.Preset.CUSTOM);
        });
        from.setId("range-from");
        to.setId("range-to");
        apply.setId("range-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> applyCustom());
        error.setId("range-error");
        error.addClassName("range-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(preset, from, to, apply, error);
        texts();
    }

    /** Shows {@code range} without firing; {@code shopToday} is "today" for the presets. */
    public void show(DateRange range, LocalDate shopToday) {
        this.today = shopToday;
        populating = true;
        try {
            preset.setValue(range.preset());
            from.setValue(range.from());
            to.setValue(range.to());
        } finally {
            populating = false;
        }
        customVisible(range.preset() == DateRange.Preset.CUSTOM);
        showProblem(range.problem());
    }

    /** Shows what is wrong with the range (a translation key), or hides the message for {@code null}. */
    public void showProblem(String key) {
        problemKey = key;
        error.setText(key == null ? "" : getTranslation(key));
        error.setVisible(key != null);
        from.setInvalid(key != null);
        to.setInvalid(key != null);
    }

    /** Shows the API's own words about the range (e.g. beyond the allowed span). */
    public void showRefusal(String detail) {
        problemKey = null;
        error.setText(detail);
        error.setVisible(true);
    }

    private void applyCustom() {
        DateRange range = DateRange.custom(from.getValue(), to.getValue());
        showProblem(range.problem());
        if (range.problem() == null) {
            fireEvent(new RangeChosenEvent(this, range));
        }
    }

    private void customVisible(boolean visible) {
        from.setReadOnly(!visible);
        to.setReadOnly(!visible);
        apply.setVisible(visible);
    }

    public void texts() {
        preset.setLabel(getTranslation("admin.range.label"));
        preset.setItemLabelGenerator(p -> getTranslation("admin.range.preset." + p.key()));
        from.setLabel(getTranslation("admin.range.from"));
        to.setLabel(getTranslation("admin.range.to"));
        from.setLocale(getLocale());
        to.setLocale(getLocale());
        apply.setText(getTranslation("admin.range.apply"));
        if (problemKey != null) {
            error.setText(getTranslation(problemKey));
        }
    }

    public Registration addRangeChosenListener(ComponentEventListener<RangeChosenEvent> listener) {
        return addListener(RangeChosenEvent.class, listener);
    }

    /** The person chose {@link #range()}: a preset, or a custom range that reads forwards. */
    public static class RangeChosenEvent extends ComponentEvent<DateRangeBar> {
        private final DateRange range;

        public RangeChosenEvent(DateRangeBar source, DateRange range) {
            super(source, true);
            this.range = range;
        }

        public DateRange range() {
            return range;
        }
    }
}
