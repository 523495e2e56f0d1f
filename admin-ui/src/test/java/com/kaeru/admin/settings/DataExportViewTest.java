package com.kaeru.admin.settings;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.kaeru.admin.testing.Console;
import com.kaeru.api.dataexport.DataExportDto;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DataExportViewTest {
    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @Test
    void aRequestedExportShowsItsProgressUntilReadyAndClosingAsksFirst() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate("shops/sakura-apparel/settings/data-export");
        DataExportView view = _get(DataExportView.class);
        assertThat(view.progress.isVisible()).isFalse();

        _click(_get(Button.class, spec -> spec.withId("data-export-request")));
        MockVaadin.clientRoundtrip();
        @SuppressWarnings("unchecked")
        Grid<DataExportDto> list = _get(Grid.class, spec -> spec.withId("data-export-list"));
        assertThat(GridKt._size(list)).isEqualTo(1);
        assertThat(_get(ProgressBar.class, spec -> spec.withId("data-export-progress")).getValue()).isEqualTo(40);

        Console.dataExports().finish();
        view.refresh();
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(GridKt._get(list, 0).status()).isEqualTo("READY");

        _click(_get(Button.class, spec -> spec.withId("shop-close")));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("shop-close-dialog"));
        assertThat(confirm.getElement().getProperty("header")).contains("さくらアパレル");
        assertThat(Console.dataExports().closure.closed()).isFalse();
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        MockVaadin.clientRoundtrip();

        assertThat(Console.dataExports().closure.closed()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("shop-closure")).getText()).contains("sakura-manager");
        assertThat(view.reopen.isVisible()).isTrue();
        assertThat(view.close.isVisible()).isFalse();
        _click(view.reopen);
        assertThat(Console.dataExports().closure.closed()).isFalse();
    }
}
