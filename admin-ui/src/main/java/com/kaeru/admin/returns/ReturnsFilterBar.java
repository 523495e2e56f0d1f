package com.kaeru.admin.returns;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.vocabulary.Resolution;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;

/** The queue's filters and saved views: shows a {@link ReturnQuery}, fires {@link QueryChangedEvent} on every edit. */
class ReturnsFilterBar extends VerticalLayout {
    // The query parameters take the contract's vocabulary by name.
    static final List<String> STATUSES = Stream.of(ReturnStatus.values()).map(Enum::name).toList();
    static final List<String> RESOLUTIONS = Stream.of(Resolution.values()).map(Enum::name).toList();
    static final List<String> METHODS = Stream.of(ReturnMethod.values()).map(Enum::name).toList();

    /** The person changed a filter: {@link #query()} is the whole new query, not just the changed field. */
    static class QueryChangedEvent extends ComponentEvent<ReturnsFilterBar> {
        private final ReturnQuery query;

        QueryChangedEvent(ReturnsFilterBar source, boolean fromClient, ReturnQuery query) {
            super(source, fromClient);
            this.query = query;
        }

        ReturnQuery query() {
            return query;
        }
    }

    private final HorizontalLayout savedViews = new HorizontalLayout();
    private final TextField search = new TextField();
    private final MultiSelectComboBox<String> statusFilter = new MultiSelectComboBox<>();
    private final ComboBox<ReturnReasonDto> reasonFilter = new ComboBox<>();
    private final Select<String> resolutionFilter = new Select<>();
    private final Select<String> methodFilter = new Select<>();
    private final DatePicker fromFilter = new DatePicker();
    private final DatePicker toFilter = new DatePicker();
    private final Checkbox byReceipt = new Checkbox();
    private final Checkbox overdueOnly = new Checkbox();
    private final Checkbox refundFailedOnly = new Checkbox();
    private final Checkbox upgradePaymentFailedOnly = new Checkbox();
    private final Button clear = new Button();

    private ReturnQuery query = ReturnQuery.ALL;
    private LocalDate today;
    private RouteParameters shop;
    /** True while {@link #show} writes the fields, whose value changes then are not the person's. */
    private boolean populating;

    ReturnsFilterBar() {
        setPadding(false);
        setWidthFull();
        savedViews.setId("saved-views");
        configureFields();
        HorizontalLayout filters = new HorizontalLayout(search, statusFilter, reasonFilter, resolutionFilter,
                methodFilter, fromFilter, toFilter, byReceipt, overdueOnly, refundFailedOnly, upgradePaymentFailedOnly, clear);
        filters.setId("filters");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(savedViews, filters);
    }

    Registration addQueryChangedListener(ComponentEventListener<QueryChangedEvent> listener) {
        return addListener(QueryChangedEvent.class, listener);
    }

    /**
     * Shows {@code shown} without firing; the saved views link to the queue of {@code shop}, "today"
     * being the shop's {@code today}.
     */
    void show(ReturnQuery shown, List<ReturnReasonDto> reasons, RouteParameters shop, LocalDate today) {
        this.query = shown;
        this.shop = shop;
        this.today = today;
        populating = true;
        try {
            reasonFilter.setItems(reasons);
            search.setValue(shown.text() == null ? "" : shown.text());
            statusFilter.setValue(shown.statuses());
            reasonFilter.setValue(reasons.stream().filter(r -> r.code().equals(shown.reason())).findFirst()
                    .orElse(null));
            resolutionFilter.setValue(shown.resolution() == null ? "" : shown.resolution());
            methodFilter.setValue(shown.method() == null ? "" : shown.method());
            fromFilter.setValue(shown.from());
            toFilter.setValue(shown.to());
            byReceipt.setValue(shown.received());
            overdueOnly.setValue(shown.overdue());
            refundFailedOnly.setValue(ReturnQuery.FAILED.equals(shown.refund()));
            upgradePaymentFailedOnly.setValue(ReturnQuery.FAILED.equals(shown.upgradePayment()));
        } finally {
            populating = false;
        }
        buildSavedViews();
    }

    void focusSearch() {
        search.focus();
    }

    private void changed(HasValue.ValueChangeEvent<?> edit, ReturnQuery changed) {
        if (!populating) {
            fireEvent(new QueryChangedEvent(this, edit.isFromClient(), changed));
        }
    }

    private void configureFields() {
        search.setId("search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(400);
        search.setWidth("18em");
        search.addValueChangeListener(e -> changed(e, query.withText(e.getValue())));

        statusFilter.setId("status-filter");
        statusFilter.setItems(STATUSES);
        statusFilter.setItemLabelGenerator(s -> getTranslation("admin.status." + s));
        statusFilter.addValueChangeListener(e -> changed(e, query.withStatuses(orderedStatuses(e.getValue()))));

        reasonFilter.setId("reason-filter");
        reasonFilter.setItemLabelGenerator(this::reasonLabel);
        reasonFilter.setClearButtonVisible(true);
        reasonFilter.addValueChangeListener(e -> changed(e,
                query.withReason(e.getValue() == null ? null : e.getValue().code())));

        resolutionFilter.setId("resolution-filter");
        resolutionFilter.setItems(Stream.concat(Stream.of(""), RESOLUTIONS.stream()).toList());
        resolutionFilter.setItemLabelGenerator(r -> r.isEmpty() ? getTranslation("admin.returns.filter.any")
                : getTranslation("admin.resolution." + r));
        resolutionFilter.addValueChangeListener(e -> changed(e, query.withResolution(e.getValue())));

        methodFilter.setId("method-filter");
        methodFilter.setItems(Stream.concat(Stream.of(""), METHODS.stream()).toList());
        methodFilter.setItemLabelGenerator(m -> m.isEmpty() ? getTranslation("admin.returns.filter.any")
                : getTranslation("admin.method." + m));
        methodFilter.addValueChangeListener(e -> changed(e, query.withMethod(e.getValue())));

        fromFilter.setId("from-filter");
        toFilter.setId("to-filter");
        fromFilter.addValueChangeListener(e -> changed(e, query.withDates(e.getValue(), query.to(), query.received())));
        toFilter.addValueChangeListener(e -> changed(e, query.withDates(query.from(), e.getValue(), query.received())));
        byReceipt.setId("by-receipt");
        byReceipt.addValueChangeListener(e -> changed(e, query.withDates(query.from(), query.to(), e.getValue())));
        overdueOnly.setId("overdue-filter");
        overdueOnly.addValueChangeListener(e -> changed(e, query.withOverdue(e.getValue())));
        refundFailedOnly.setId("refund-failed-filter");
        refundFailedOnly.addValueChangeListener(e -> changed(e, query.withRefund(e.getValue() ? ReturnQuery.FAILED : null)));
        upgradePaymentFailedOnly.setId("upgrade-payment-failed-filter");
        upgradePaymentFailedOnly.addValueChangeListener(e -> changed(e,
                query.withUpgradePayment(e.getValue() ? ReturnQuery.FAILED : null)));

        clear.setId("clear-filters");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> fireEvent(new QueryChangedEvent(this, e.isFromClient(), ReturnQuery.ALL)));
    }

    private static Set<String> orderedStatuses(Set<String> chosen) {
        Set<String> ordered = new LinkedHashSet<>();
        STATUSES.stream().filter(chosen::contains).forEach(ordered::add);
        return ordered;
    }

    private String reasonLabel(ReturnReasonDto reason) {
        String label = "ja".equals(getLocale().getLanguage()) ? reason.labelJa() : reason.labelEn();
        return reason.parentCode() == null ? label : "　" + label;
    }

    private void buildSavedViews() {
        savedViews.removeAll();
        if (shop == null) {
            return;
        }
        ReturnQuery.SavedView current = query.savedView(today);
        for (ReturnQuery.SavedView view : ReturnQuery.SavedView.values()) {
            RouterLink link = new RouterLink(getTranslation("admin.returns.view." + view.key()), ReturnsQueueView.class,
                    shop);
            link.setQueryParameters(view.query(today).toUrl(today));
            link.setId("view-" + view.key());
            link.addClassName("saved-view");
            if (view == current) {
                link.addClassName("current");
            }
            savedViews.add(link);
        }
    }

    /** Labels in the current locale; the saved views are rebuilt for their names. */
    void texts() {
        search.setPlaceholder(getTranslation("admin.returns.search.placeholder"));
        search.setAriaLabel(getTranslation("admin.returns.search.label"));
        statusFilter.setLabel(getTranslation("admin.returns.filter.status"));
        reasonFilter.setLabel(getTranslation("admin.returns.filter.reason"));
        resolutionFilter.setLabel(getTranslation("admin.returns.filter.resolution"));
        methodFilter.setLabel(getTranslation("admin.returns.filter.method"));
        fromFilter.setLabel(getTranslation("admin.returns.filter.from"));
        toFilter.setLabel(getTranslation("admin.returns.filter.to"));
        fromFilter.setLocale(getLocale());
        toFilter.setLocale(getLocale());
        byReceipt.setLabel(getTranslation("admin.returns.filter.byReceipt"));
        overdueOnly.setLabel(getTranslation("admin.returns.filter.overdue"));
        refundFailedOnly.setLabel(getTranslation("admin.returns.filter.refundFailed"));
        upgradePaymentFailedOnly.setLabel(getTranslation("admin.returns.filter.upgradePaymentFailed"));
        clear.setText(getTranslation("admin.returns.filter.clear"));
        buildSavedViews();
    }
}
