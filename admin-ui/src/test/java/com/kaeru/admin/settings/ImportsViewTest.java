package com.kaeru.admin.settings;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.kaeru.admin.testing.Console;
import com.kaeru.api.integration.ImportJobDto;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImportsViewTest {
    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @Test
    void anUploadIsPreviewedWithRowErrorsAndOnlyTheValidRowsCanBeImported() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate("shops/sakura-apparel/settings/imports");
        ImportsView view = _get(ImportsView.class);
        view.preset.setValue("RAKUTEN_RMS");
        byte[] file = "注文番号,個数\r\nRK-1,1\r\n".getBytes(Charset.forName("windows-31j"));
        view.preview("rakuten.csv", file);
        MockVaadin.clientRoundtrip();

        assertThat(Console.imports().lastFile).isEqualTo(file);
        assertThat(Console.imports().lastPreset).isEqualTo("RAKUTEN_RMS");
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText()).contains("rakuten.csv");
        @SuppressWarnings("unchecked")
        Grid<ImportJobDto.RowError> errors = _get(Grid.class, spec -> spec.withId("import-errors"));
        assertThat(GridKt._size(errors)).isEqualTo(1);
        assertThat(GridKt._get(errors, 0).line()).isEqualTo(3);
        assertThat(GridKt._get(errors, 0).column()).isEqualTo("個数");
        // A file with errors cannot be imported all-or-nothing; the valid rows can.
        assertThat(_get(Button.class, spec -> spec.withId("import-commit-all")).isEnabled()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("import-commit-valid")));
        MockVaadin.clientRoundtrip();
        assertThat(Console.imports().commits).containsExactly("1:VALID_ONLY");
        @SuppressWarnings("unchecked")
        Grid<ImportJobDto> history = _get(Grid.class, spec -> spec.withId("import-history"));
        assertThat(GridKt._size(history)).isEqualTo(1);
        assertThat(GridKt._get(history, 0).status()).isEqualTo("COMMITTED");
        assertThat(view.commitValid.isVisible()).isFalse();
    }

    @Test
    void aLargeFileIsImportedInTheBackgroundWithAProgressBarThatPollsUntilDone() {
        Console.start("sakura-manager", "MANAGER");
        Console.imports().inBackground = true;
        UI.getCurrent().navigate("shops/sakura-apparel/settings/imports");
        ImportsView view = _get(ImportsView.class);
        view.preview("big.csv", "注文番号\r\n".getBytes(Charset.forName("windows-31j")));
        _click(_get(Button.class, spec -> spec.withId("import-commit-valid")));
        MockVaadin.clientRoundtrip();

        ProgressBar bar = _get(ProgressBar.class, spec -> spec.withId("import-progress"));
        assertThat(bar.isVisible()).isTrue();
        assertThat(bar.getValue()).isZero();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ImportsView.POLL_MILLIS);
        assertThat(view.commitValid.isVisible()).isFalse();

        Console.imports().progress(1, 1);
        view.poll();
        assertThat(bar.getValue()).isEqualTo(0.5);

        Console.imports().finish(1, "VALID_ONLY");
        view.poll();
        assertThat(bar.isVisible()).isFalse();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText()).contains("big.csv");
    }
}
