package com.kaeru.admin.returns;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.kaeru.api.returns.BackorderOptionsDto;
import com.kaeru.api.vocabulary.FulfilmentState;
import com.kaeru.api.vocabulary.RefundMethod;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The return detail's backorder panel: what waits, what a choice costs, and operators acting for the customer. */
class BackorderChoicesPanelTest {
    private static final String DETAIL = "shops/sakura-apparel/returns/R-000001";

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    private static FakeReturns backend(String user) {
        FakeReturns backend = new FakeReturns(user);
        backend.add("R-000001", "AWAITING_SHIPMENT", List.of(FakeReturns.backorderedLine(11, "SHIRT-S")), List.of());
        backend.backorders.put(11L, new BackorderOptionsDto("R-000001", 11, FulfilmentState.BACKORDERED, true,
                "SHIRT-S-L", 1, LocalDate.of(2026, 12, 14), true,
                List.of(new BackorderOptionsDto.SwitchOption("SHIRT-S-M", "M", null, 3)), 0, 4583, "JPY",
                RefundMethod.ORIGINAL_PAYMENT, false, new BackorderOptionsDto.CouponOffer(500L, null, 30), null, null,
                null, null));
        return backend;
    }

    @Test
    void anOperatorCancelsForTheCustomerAfterConfirmingAndSeesTheCoupon() {
        FakeReturns backend = backend("sakura-operator");
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(DETAIL);
        assertThat(_get(Paragraph.class, spec -> spec.withId("backorder-line-11-facts")).getText())
                .isEqualTo("SHIRT-S-L × 1点: 2026-12-14入荷予定（仕入先確認済み）。");
        assertThat(_get(Div.class, spec -> spec.withId("backorder-line-11")).getElement().getTextRecursively())
                .contains("キャンセルすると検品時に￥4,583を返金します。").contains("￥500のクーポン（30日間有効）");

        _click(_get(Button.class, spec -> spec.withId("backorder-line-11-cancel")));
        assertThat(backend.calls).noneMatch(c -> c.startsWith("backorder"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(backend.calls).contains("backorder R-000001 11 CANCEL_FOR_REFUND");
        assertThat(_get(Paragraph.class, spec -> spec.withId("backorder-line-11-coupon")).getText())
                .startsWith("クーポン 7KQM-3XRB-HN2W");
        assertThat(_find(Button.class, spec -> spec.withId("backorder-line-11-wait"))).isEmpty();
    }

    @SuppressWarnings("unchecked")
    @Test
    void anOperatorSwitchesInEnglish() {
        FakeReturns backend = backend("sakura-operator");
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(DETAIL);
        Select<BackorderOptionsDto.SwitchOption> variant = _get(Select.class,
                spec -> spec.withId("backorder-line-11-switch-variant"));
        assertThat(variant.getItemLabelGenerator().apply(variant.getValue())).isEqualTo("SHIRT-S-M (M) · 3 in stock");
        _click(_get(Button.class, spec -> spec.withId("backorder-line-11-switch")));
        assertThat(backend.calls).contains("backorder R-000001 11 SWITCH SHIRT-S-M");
        // Reserved now: nothing waits, the panel is gone.
        assertThat(_find(Div.class, spec -> spec.withId("backorder-choices"))).isEmpty();
    }

    @Test
    void anAnalystReadsButCannotChoose() {
        Console.start("sakura-analyst", "ANALYST", backend("sakura-analyst"));
        UI.getCurrent().navigate(DETAIL);
        assertThat(_get(Paragraph.class, spec -> spec.withId("backorder-line-11-facts")).getText()).contains("SHIRT-S-L");
        assertThat(_find(Button.class, spec -> spec.withId("backorder-line-11-cancel"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("backorder-line-11-wait"))).isEmpty();
    }
}
