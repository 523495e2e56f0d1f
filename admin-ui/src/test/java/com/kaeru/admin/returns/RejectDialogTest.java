package com.kaeru.admin.returns;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.kaeru.admin.testing.Console;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one reject dialog of the detail and the bulk bar, on its own: a message or no event. */
class RejectDialogTest {
    private final List<String> rejected = new ArrayList<>();
    private RejectDialog dialog;

    @BeforeEach
    void setUp() {
        Console.start("sakura-operator", "OPERATOR");
        dialog = new RejectDialog("R-000001 を却下");
        dialog.addRejectListener(e -> rejected.add(e.message()));
        dialog.ask();
        MockVaadin.clientRoundtrip();
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    private static TextArea message() {
        return _get(TextArea.class, spec -> spec.withId("reject-message"));
    }

    @Test
    void aBlankMessageIsMarkedAndRejectsNothing() {
        message().setValue("   ");
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));

        assertThat(message().isInvalid()).isTrue();
        assertThat(message().getErrorMessage()).isEqualTo("却下の理由をお客様にお伝えください。");
        assertThat(rejected).isEmpty();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void theMessageGoesOutStrippedOnceAndTheDialogCloses() {
        assertThat(_get(Dialog.class, spec -> spec.withId("reject-dialog")).getHeaderTitle()).isEqualTo("R-000001 を却下");
        assertThat(message().isRequired()).isTrue();
        assertThat(message().getMaxLength()).isEqualTo(RejectDialog.MAX_LENGTH);

        message().setValue("  使用の跡があります\n ");
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));

        assertThat(rejected).containsExactly("使用の跡があります");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void cancellingRejectsNothing() {
        message().setValue("使用の跡があります");
        _click(_get(Button.class, spec -> spec.withText("キャンセル")));

        assertThat(rejected).isEmpty();
        MockVaadin.clientRoundtrip();
        assertThat(_find(Dialog.class, spec -> spec.withId("reject-dialog"))).isEmpty();
    }
}
