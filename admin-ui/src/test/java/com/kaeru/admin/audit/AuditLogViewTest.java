package com.kaeru.admin.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.api.audit.AuditEntryDto;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditLogViewTest {
    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntryDto> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void filtersGoToTheBackendAndTimesReadInTheShopsZone() {
        Console.start("sakura-manager", "MANAGER");
        // 15:30 UTC is 00:30 the next day in Tokyo: the warehouse's day, not the server's.
        Console.settings().audit.add(new AuditEntryDto(7, Instant.parse("2026-11-20T15:30:00Z"), "RETURN", "R-000123",
                "STATUS", "REQUESTED", "AWAITING_SHIPMENT", "customer", null));
        Console.settings().audit.add(new AuditEntryDto(6, Instant.parse("2026-11-20T10:00:00Z"), "POLICY",
                "sakura-apparel", "POLICY_REPLACED", null, null, "sakura-manager", "3 rule(s)"));
        UI.getCurrent().navigate("shops/sakura-apparel/audit");
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._getFormatted(grid(), 0, "when")).startsWith("2026/11/21 0:30");
        assertThat(GridKt._getFormatted(grid(), 0, "change")).isEqualTo("REQUESTED → AWAITING_SHIPMENT");

        _get(TextField.class, spec -> spec.withId("audit-entity")).setValue("R-000123");
        _get(ComboBox.class, spec -> spec.withId("audit-action")).setValue("STATUS");
        _get(DatePicker.class, spec -> spec.withId("audit-from")).setValue(LocalDate.of(2026, 11, 21));
        _get(TextField.class, spec -> spec.withId("audit-actor")).setValue(" cust ");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        var last = Console.settings().auditSearches.get(Console.settings().auditSearches.size() - 1);
        assertThat(last).containsEntry("entity", "R-000123").containsEntry("action", "STATUS")
                .containsEntry("from", "2026-11-21").containsEntry("actor", "cust");
        assertThat(_get(ComboBox.class, spec -> spec.withId("audit-action")).getListDataView().getItems())
                .contains("POLICY_REPLACED");
    }
}
