package com.kaeru.portal.returns;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.kaeru.api.problem.Problem;
import com.kaeru.api.returns.BackorderOptionsDto;
import com.kaeru.api.vocabulary.FulfilmentState;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.i18n.LanguageChoice;
import com.kaeru.portal.i18n.PortalI18NProvider;
import com.kaeru.ui.testing.KaribuHarness;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The status page's panel for an exchange waiting for stock: dates, money and the customer's choices, ja and en. */
class BackorderChoiceViewTest {
    private FakePortalBackend backend;

    @BeforeEach
    void setUp() {
        backend = new FakePortalBackend();
        backend.backorder = new BackorderOptionsDto("R-000123", 91, FulfilmentState.BACKORDERED, true, "TEE-NAVY-M", 1,
                LocalDate.of(2026, 12, 14), true,
                List.of(new BackorderOptionsDto.SwitchOption("TEE-BLACK-M", "M", "black", 4),
                        new BackorderOptionsDto.SwitchOption("TEE-NAVY-L", "L", "navy", 2)),
                0, 4500, "JPY", RefundMethod.ORIGINAL_PAYMENT, false, new BackorderOptionsDto.CouponOffer(null, 10, 30),
                null, null, null, null);
        KaribuHarness.setUp("com.kaeru.portal", new PortalI18NProvider(), Map.of(PortalBackend.class, backend));
    }

    @AfterEach
    void tearDown() {
        KaribuHarness.tearDown();
    }

    private void openStatus(Locale language) {
        LanguageChoice.remember(language);
        UI.getCurrent().navigate("sakura-apparel");
        _setValue(_get(TextField.class, spec -> spec.withId("order-number")), "SA-10001");
        _setValue(_get(TextField.class, spec -> spec.withId("email-or-phone")), "hanako@example.jp");
        _click(_get(Button.class, spec -> spec.withId("lookup-submit")));
        UI.getCurrent().navigate("sakura-apparel/returns/R-000123");
    }

    @Test
    void inJapaneseThePanelSaysWhenAndWhatEachChoiceCostsAndCancellingAsksFirstThenShowsTheCoupon() {
        openStatus(Locale.JAPANESE);
        assertThat(_get(Paragraph.class, spec -> spec.withId("backorder-91-expected")).getText())
                .isEqualTo("12月14日(月)入荷予定です（仕入先確認済み）。入荷しだい発送します。");
        Div panel = _get(Div.class, spec -> spec.withId("backorder-91"));
        assertThat(panel.getElement().getTextRecursively())
                .contains("TEE-NAVY-M（1点）は在庫切れです")
                .contains("返品された商品の検品後（到着から24時間以内）に￥4,500を返金します。")
                .contains("さらに10%引きのクーポン（30日間有効）をお送りします。");
        assertThat(_get(Button.class, spec -> spec.withId("backorder-91-cancel")).getText()).isEqualTo("￥4,500の返金にする");

        _click(_get(Button.class, spec -> spec.withId("backorder-91-cancel")));
        // Nothing happens until the customer confirms.
        assertThat(backend.choices).isEmpty();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(backend.choices).containsExactly("CANCEL_FOR_REFUND");
        assertThat(_get(Paragraph.class, spec -> spec.withId("backorder-91-refund")).getText())
                .isEqualTo("返品された商品の検品後に￥4,500を返金します。");
        assertThat(_get(Span.class, spec -> spec.withId("backorder-91-coupon-code")).getText()).isEqualTo("7KQM-3XRB-HN2W");
        assertThat(_find(Button.class, spec -> spec.withId("backorder-91-wait"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void inEnglishTheCustomerSwitchesToAnotherSizeAndThePanelGoes() {
        openStatus(Locale.ENGLISH);
        Select<BackorderOptionsDto.SwitchOption> variant = _get(Select.class, spec -> spec.withId("backorder-91-switch-variant"));
        assertThat(variant.getItemLabelGenerator().apply(variant.getValue())).isEqualTo("M / black (TEE-BLACK-M)");
        variant.setValue(backend.backorder.switchOptions().get(1));
        _click(_get(Button.class, spec -> spec.withId("backorder-91-switch")));
        assertThat(backend.choices).containsExactly("SWITCH:TEE-NAVY-L");
        // Reserved now: nothing left to choose.
        assertThat(_find(Div.class, spec -> spec.withId("backorder-91"))).isEmpty();
    }

    @Test
    void waitingIsAcknowledgedAndARefusalStaysInThePanel() {
        openStatus(Locale.ENGLISH);
        _click(_get(Button.class, spec -> spec.withId("backorder-91-wait")));
        assertThat(backend.choices).containsExactly("WAIT");
        assertThat(_get(Div.class, spec -> spec.withId("backorder-91")).getElement().getTextRecursively())
                .contains("You chose to wait");
        assertThat(_get(Button.class, spec -> spec.withId("backorder-91-wait")).isEnabled()).isFalse();

        backend.refuseNextChoice = new Problem("https://kaeru.app/problems/conflict", "Conflict", 409,
                "The replacement for return R-000123 no longer waits for stock.", null, List.of());
        _click(_get(Button.class, spec -> spec.withId("backorder-91-switch")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("backorder-91-error")).getText())
                .isEqualTo("The replacement for return R-000123 no longer waits for stock.");
    }

    @Test
    void aReturnWithoutABackorderHasNoPanel() {
        backend.backorder = null;
        openStatus(Locale.ENGLISH);
        assertThat(_find(Div.class, spec -> spec.withId("backorder-91"))).isEmpty();
    }

    @Test
    void whenSomeButNotAllUnitsAreInStockTheCustomerMaySplit() {
        var b = backend.backorder;
        backend.backorder = new BackorderOptionsDto(b.rma(), b.lineId(), b.state(), true, b.sku(), 3, b.promisedDate(),
                b.dateConfirmed(), List.of(), 2, 13500, "JPY", b.refundMethod(), false, null, null, null, null, null);
        openStatus(Locale.JAPANESE);
        assertThat(_get(Div.class, spec -> spec.withId("backorder-91")).getElement().getTextRecursively())
                .contains("2点を先に、残り1点は入荷しだい、2回に分けてお送りします。");
        assertThat(_find(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("backorder-91-switch-variant"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("backorder-91-split")));
        assertThat(backend.choices).containsExactly("SPLIT");
    }
}
