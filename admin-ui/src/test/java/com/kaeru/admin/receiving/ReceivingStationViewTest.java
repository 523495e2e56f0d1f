package com.kaeru.admin.receiving;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReceivingStationViewTest {
    private static final String STATION = "shops/sakura-apparel/receiving";

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    private static TextField scanField() {
        return _get(TextField.class, spec -> spec.withId("scan"));
    }

    /** What a keyboard-wedge scanner does: the RMA's characters, then Enter. */
    private static void scan(String rma) {
        key("Enter", rma);
    }

    private static void key(String key, String typed) {
        Map<String, String> data = new HashMap<>();
        data.put(ReceivingStationView.KEY, key);
        data.put(ReceivingStationView.VALUE, typed);
        Console.keydown(scanField().getElement(), ReceivingStationView.KEY_FILTER, data);
    }

    private static String result() {
        return _get(Div.class, spec -> spec.withId("result")).getText();
    }

    @Test
    void scanThenOneKeyPerUnitIssuesTheRefundAndReadiesTheNextParcel() {
        FakeReturns backend = new FakeReturns("sakura-operator");
        backend.add("R-000010", "AWAITING_SHIPMENT", List.of(FakeReturns.line(5, "SHIRT-S", 2, "REFUND", 4000)), List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(STATION);

        scan("r-000010");
        assertThat(scanField().getElement().hasAttribute("grading")).isTrue();
        assertThat(result()).isEqualTo("2 点中 1 点目: リネンシャツ SHIRT-S（SHIRT-S）— A・B・C を押してください");
        key("a", "");
        key("c", "");

        assertThat(backend.calls).containsExactly("receive R-000010", "grade R-000010 5 [A, C]");
        assertThat(result()).isEqualTo("R-000010: ￥4,000 を返金しました。");
        assertThat(_get(Div.class, spec -> spec.withId("result")).getClassNames()).contains("result-done");
        assertThat(_get(Span.class, spec -> spec.withId("count")).getText()).isEqualTo("このステーションで処理: 1 件");
        assertThat(scanField().getValue()).isEmpty();
        assertThat(scanField().getElement().hasAttribute("grading")).isFalse();
    }

    @Test
    void backspaceTakesTheLastGradeBackAndAReceivedParcelIsNotReceivedTwice() {
        FakeReturns backend = new FakeReturns("sakura-operator");
        backend.add("R-000011", "RECEIVED", List.of(FakeReturns.line(6, "CAP", 2, "REFUND", 3000)), List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(STATION);

        scan("R-000011");
        key("A", "");
        key("Backspace", "");
        key("B", "");
        key("B", "");

        assertThat(backend.calls).containsExactly("grade R-000011 6 [B, B]");
    }

    @Test
    void aRefundAboveTheLimitSaysItWaitsForAManager() {
        FakeReturns backend = new FakeReturns("sakura-operator");
        backend.add("R-000012", "RECEIVED", List.of(FakeReturns.line(7, "COAT", 1, "REFUND", 58000)), List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(STATION);

        scan("R-000012");
        key("a", "");

        assertThat(result()).isEqualTo("R-000012: ￥58,000 の返金は上限を超えるため、マネージャーの承認待ちです。");
    }

    @Test
    void anExchangeSaysItShipped() {
        FakeReturns backend = new FakeReturns("sakura-operator");
        backend.add("R-000013", "RECEIVED", List.of(FakeReturns.line(8, "TEE", 1, "EXCHANGE", 0)), List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(STATION);

        scan("R-000013");
        key("b", "");

        assertThat(result()).isEqualTo("R-000013: 交換品の出荷指示を出しました。");
    }

    @Test
    void anUnknownRmaIsSaidClearlyAndTheStationStaysReady() {
        FakeReturns backend = new FakeReturns("sakura-operator");
        backend.add("R-000014", "COMPLETED", List.of(FakeReturns.line(9, "TEE", 1, "REFUND", 100)), List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(STATION);

        scan("R-999999");
        assertThat(result()).isEqualTo("RMA R-999999 は見つかりません。伝票を確認してもう一度スキャンしてください。");
        assertThat(_get(Div.class, spec -> spec.withId("result")).getClassNames()).contains("result-error");
        assertThat(scanField().getElement().hasAttribute("grading")).isFalse();

        scan("R-000014");
        assertThat(result()).isEqualTo("R-000014 は「完了」です。受領・検品するものはありません。");
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void analystsAreNotOfferedTheBench() {
        Console.start("sakura-analyst", "ANALYST");
        UI.getCurrent().navigate(STATION);

        assertThat(_find(TextField.class, spec -> spec.withId("scan"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-refused")).getText()).contains("返品処理");
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-receiving"))).isEmpty();
        assertThat(_find(SideNavItem.class, spec -> spec.withId("nav-returns"))).hasSize(1);
    }
}
