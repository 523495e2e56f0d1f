package com.kaeru.admin.returns;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.kaeru.admin.shops.ShopContext;
import com.kaeru.admin.shops.ShopFormats;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.kaeru.api.returns.ReturnDto;
import com.kaeru.api.shops.ShopDto;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The detail's actions bar on its own: it offers exactly what a return's state allows the person
 * ({@link ReturnMoves#allowed}) and fires a typed move only after what the move needs (a message,
 * a confirmation).
 */
class ReturnActionsBarTest {
    private static final ShopDto SHOP = new ShopDto("sakura-apparel", "さくらアパレル", "demo-agency", "ja",
            List.of("ja", "en"), "Asia/Tokyo", "JPY", "#C2185B", null);
    private final List<ReturnActionsBar.MoveEvent> moves = new ArrayList<>();
    private ReturnActionsBar bar;

    @BeforeEach
    void setUp() {
        Console.start("sakura-operator", "OPERATOR");
        bar = new ReturnActionsBar();
        bar.addMoveListener(moves::add);
        UI.getCurrent().add(bar);
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    private static ShopContext context(boolean canProcess) {
        return new ShopContext(SHOP, ShopFormats.of(SHOP, Locale.JAPANESE), "sakura-operator", canProcess, false,
                false);
    }

    private static ReturnDto inState(String status) {
        return new FakeReturns("x").add("R-000001", status, List.of(FakeReturns.line(11, "SHIRT-S", 1, "REFUND", 4583)),
                List.of());
    }

    private void show(String status, boolean canProcess) {
        ReturnDto request = inState(status);
        bar.show(request, ReturnMoves.allowed(request, context(canProcess)));
    }

    private List<String> buttonIds() {
        return bar.getChildren().map(c -> c.getId().orElse("")).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "REQUESTED         | approve reject ask-customer cancel-return",
            "NEEDS_REVIEW      | approve reject ask-customer cancel-return",
            "APPROVED          | receive ask-customer cancel-return",
            "AWAITING_SHIPMENT | receive ask-customer cancel-return",
            "IN_TRANSIT        | receive ask-customer",
            "RECEIVED          | ask-customer",
            "INSPECTED         | ask-customer",
            "COMPLETED         | ''",
            "REJECTED          | ''",
            "CANCELLED         | ''"})
    void anOperatorIsOfferedWhatTheStateAllows(String status, String expected) {
        show(status, true);

        assertThat(buttonIds()).containsExactlyElementsOf(
                expected.isBlank() ? List.of() : List.of(expected.split(" ")));
    }

    @Test
    void withoutTheRightToProcessNothingIsOfferedAndAShortcutDoesNothing() {
        show("NEEDS_REVIEW", false);

        assertThat(buttonIds()).isEmpty();
        bar.trigger(ReturnMove.APPROVE);
        assertThat(moves).isEmpty();
    }

    @Test
    void aShortcutForAMoveTheStateDoesNotAllowDoesNothing() {
        show("COMPLETED", true);

        bar.trigger(ReturnMove.RECEIVE);
        bar.trigger(ReturnMove.REJECT);

        assertThat(moves).isEmpty();
        assertThat(_find(TextArea.class, spec -> spec.withId("reject-message"))).isEmpty();
    }

    @Test
    void approvingFiresAtOnceRejectingOnlyWithTheMessage() {
        show("NEEDS_REVIEW", true);

        _click(_get(Button.class, spec -> spec.withId("approve")));
        _click(_get(Button.class, spec -> spec.withId("reject")));
        MockVaadin.clientRoundtrip();
        assertThat(moves).extracting(ReturnActionsBar.MoveEvent::move).containsExactly(ReturnMove.APPROVE);

        _get(TextArea.class, spec -> spec.withId("reject-message")).setValue(" タグが外されています ");
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));

        assertThat(moves).extracting(ReturnActionsBar.MoveEvent::move)
                .containsExactly(ReturnMove.APPROVE, ReturnMove.REJECT);
        assertThat(moves.get(1).message()).isEqualTo("タグが外されています");
    }

    @Test
    void cancellingFiresOnlyOnceConfirmed() {
        show("AWAITING_SHIPMENT", true);

        _click(_get(Button.class, spec -> spec.withId("cancel-return")));
        MockVaadin.clientRoundtrip();
        assertThat(moves).isEmpty();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("cancel-dialog")));

        assertThat(moves).singleElement().extracting(ReturnActionsBar.MoveEvent::move).isEqualTo(ReturnMove.CANCEL);
    }

    @Test
    void gradingAndNotesFollowTheStateAndTheRole() {
        assertThat(ReturnMoves.allowed(inState("RECEIVED"), context(true)))
                .contains(ReturnMove.GRADE, ReturnMove.ADD_NOTE);
        assertThat(ReturnMoves.allowed(inState("INSPECTED"), context(true))).doesNotContain(ReturnMove.GRADE);
        assertThat(ReturnMoves.allowed(inState("RECEIVED"), context(false))).isEqualTo(Set.of());
    }
}
