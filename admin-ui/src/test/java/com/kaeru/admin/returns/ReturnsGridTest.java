package com.kaeru.admin.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.admin.shops.ShopFormats;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.kaeru.api.returns.ReturnSummaryDto;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue's grid on its own: the events it fires for count, selection and open, and its keyboard cursor. */
class ReturnsGridTest {
    private final List<ComponentEvent<ReturnsGrid>> fired = new ArrayList<>();
    private FakeReturns backend;
    private ReturnsGrid rows;

    @BeforeEach
    void setUp() {
        backend = Console.start("sakura-operator", "OPERATOR");
        for (String rma : List.of("R-000003", "R-000001", "R-000002")) {
            backend.add(rma, "NEEDS_REVIEW", List.of(FakeReturns.line(1, "SHIRT-S", 1, "REFUND", 5000)), List.of());
        }
        rows = new ReturnsGrid();
        UI.getCurrent().add(rows);
        rows.addOpenListener(fired::add);
        rows.addSelectionChangedListener(fired::add);
        rows.addCountedListener(fired::add);
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    private void show(boolean canProcess) {
        ShopContext context = new ShopContext(Console.settings().shop,
                ShopFormats.of(Console.settings().shop, Locale.JAPANESE), "sakura-operator", canProcess, false, false);
        rows.show(context, (page, size) -> ReturnQuery.ALL.search(backend, Console.SHOP, page, size));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ReturnSummaryDto> grid() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._get(Grid.class, spec -> spec.withId("returns-grid"));
    }

    private <E> List<E> firedOf(Class<E> type) {
        return fired.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void theBackendsCountIsAnnouncedWhenTheGridAsksForIt() {
        show(true);
        GridKt._size(grid());

        assertThat(firedOf(ReturnsGrid.CountedEvent.class)).last().satisfies(e -> {
            assertThat(e.total()).isEqualTo(3);
            assertThat(e.moreThan()).isFalse();
        });
    }

    @Test
    void selectingRowsAnnouncesTheWholeSelectionSorted() {
        show(true);
        grid().asMultiSelect().select(GridKt._fetch(grid(), 0, 3));

        assertThat(firedOf(ReturnsGrid.SelectionChangedEvent.class)).last()
                .extracting(ReturnsGrid.SelectionChangedEvent::rmas)
                .isEqualTo(List.of("R-000001", "R-000002", "R-000003"));
    }

    @Test
    void theCursorSelectsAndOpensTheRowItIsOn() {
        show(true);
        GridKt._size(grid());

        rows.moveCursor(1);
        rows.moveCursor(1);
        rows.toggleCursorSelection();
        rows.openCursor();

        assertThat(rows.selectedRmas()).containsExactly("R-000001");
        assertThat(firedOf(ReturnsGrid.OpenEvent.class)).singleElement()
                .extracting(e -> e.item().rmaNumber()).isEqualTo("R-000001");
    }

    @Test
    void withoutTheRightToProcessNothingCanBeSelectedButRowsStillOpen() {
        show(false);
        GridKt._size(grid());

        rows.moveCursor(1);
        rows.toggleCursorSelection();
        rows.openCursor();

        assertThat(grid().getSelectionModel()).isNotInstanceOf(GridMultiSelectionModel.class);
        assertThat(firedOf(ReturnsGrid.SelectionChangedEvent.class)).isEmpty();
        assertThat(firedOf(ReturnsGrid.OpenEvent.class)).singleElement()
                .extracting(e -> e.item().rmaNumber()).isEqualTo("R-000003");
    }
}
