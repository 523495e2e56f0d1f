package com.kaeru.admin.returns;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.kaeru.admin.layout.KeyboardShortcuts;
import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.kaeru.api.returns.RefundDto;
import com.kaeru.api.returns.ReturnLineDto;
import com.kaeru.api.returns.TimelineEntryDto;
import com.kaeru.api.vocabulary.PolicyOutcome;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.RefundStatus;
import com.kaeru.api.vocabulary.ReturnStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReturnDetailViewTest {
    private static final String DETAIL = "shops/sakura-apparel/returns/";

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    private static FakeReturns backendWith(String user, String status, List<RefundDto> refunds) {
        FakeReturns backend = new FakeReturns(user);
        backend.add("R-000001", status, List.of(FakeReturns.line(11, "SHIRT-S", 2, "REFUND", 4583)), refunds);
        return backend;
    }

    private static List<String> actionIds() {
        return _get(HorizontalLayout.class, spec -> spec.withId("return-actions")).getChildren()
                .map(c -> c.getId().orElse("")).toList();
    }

    @SuppressWarnings("unchecked")
    private static Grid<RefundDto> refunds() {
        return _get(Grid.class, spec -> spec.withId("refunds"));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void theCustomersRatingShowsWithItsCommentOnceGiven() {
        FakeReturns backend = backendWith("sakura-operator", "COMPLETED", List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(_find(Div.class, spec -> spec.withId("return-rating"))).as("not rated yet: hidden").isEmpty();
        Console.stop();

        backend.rate("R-000001", new com.kaeru.api.returns.ReturnRatingDto(4, "サイズ交換が早かったです",
                java.time.Instant.parse("2026-11-25T01:00:00Z")));
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(DETAIL + "R-000001");

        assertThat(_get(Div.class, spec -> spec.withId("return-rating")).isVisible()).isTrue();
        assertThat(text("return-rating-stars")).isEqualTo("★★★★☆ 5段階中 4");
        assertThat(text("return-rating-at")).startsWith("2026/11/25 10:00");
        assertThat(text("return-rating-comment")).isEqualTo("サイズ交換が早かったです");
    }

    @Test
    void showsCustomerPolicyDecisionMoneyAndDatesInTheShopsTimeZone() {
        Console.start("sakura-operator", "OPERATOR", backendWith("sakura-operator", "NEEDS_REVIEW", List.of()));
        UI.getCurrent().navigate(DETAIL + "R-000001");

        assertThat(text("customer-name")).isEqualTo("佐藤 美咲");
        // 15:30 UTC on the 20th is already the 21st in Tokyo.
        assertThat(text("requested-at")).startsWith("2026/11/21 0:30");
        assertThat(text("line-11-policy")).isEqualTo("自動承認 — Within 30 days（30日以内のため自動承認）");
        assertThat(text("line-11-resolution")).isEqualTo("返金: ストアクレジット ￥4,583");
        assertThat(text("line-11-reason")).isEqualTo("小さすぎる");
    }

    @Test
    void aLineNoRuleDecidedReadsInWordsWithTheCodeSecondInEitherLanguage() {
        FakeReturns backend = new FakeReturns("sakura-operator");
        ReturnLineDto line = FakeReturns.line(11, "SHIRT-S", 2, "REFUND", 4583);
        backend.add("R-000001", "NEEDS_REVIEW", List.of(new ReturnLineDto(line.id(), line.orderLineId(), line.sku(),
                line.productName(), line.quantity(), line.reasonCode(), line.comment(), line.resolution(),
                line.refundMethod(), line.exchangeSku(), PolicyOutcome.NEEDS_REVIEW, "DEFAULT_REVIEW", null,
                line.refundAmountMinor(), 0, 0, 0, false, false, 0, 0, 0, 0)), List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(DETAIL + "R-000001");

        Span decided = _get(Span.class, spec -> spec.withId("line-11-policy"));
        assertThat(decided.getText()).isEqualTo("要確認 — 該当ルールなし（既定でスタッフが確認）");
        assertThat(text("line-11-policy-code")).isEqualTo("DEFAULT_REVIEW");
        assertThat(decided.getTitle()).hasValue("ルールコード: DEFAULT_REVIEW");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(text("line-11-policy")).isEqualTo("Review required — No rule matched (staff review by default)");
        assertThat(text("line-11-policy-code")).isEqualTo("DEFAULT_REVIEW");
    }

    @Test
    void aShopsOwnRuleIsShownByItsNameWithoutACode() {
        Console.start("sakura-operator", "OPERATOR", backendWith("sakura-operator", "NEEDS_REVIEW", List.of()));
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(text("line-11-policy")).contains("Within 30 days");
        assertThat(_find(Span.class, spec -> spec.withId("line-11-policy-code"))).isEmpty();
    }

    @Test
    void operatorGetsTheMovesOfTheStateOnly() {
        Console.start("sakura-operator", "OPERATOR", backendWith("sakura-operator", "NEEDS_REVIEW", List.of()));
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(actionIds()).containsExactly("approve", "reject", "ask-customer", "cancel-return");

        _click(_get(Button.class, spec -> spec.withId("approve")));

        assertThat(actionIds()).containsExactly("receive", "ask-customer", "cancel-return");
    }

    @Test
    void analystSeesEverythingButNoActions() {
        Console.start("sakura-analyst", "ANALYST", backendWith("x", "RECEIVED", List.of()));
        UI.getCurrent().navigate(DETAIL + "R-000001");

        assertThat(actionIds()).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("grade-11-A"))).isEmpty();
        assertThat(_find(TextArea.class, spec -> spec.withId("note-text"))).isEmpty();
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("notes"))).hasSize(1);
    }

    @Test
    void rejectionNeedsAMessageForTheCustomer() {
        FakeReturns backend = backendWith("sakura-operator", "NEEDS_REVIEW", List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(DETAIL + "R-000001");

        _click(_get(Button.class, spec -> spec.withId("reject")));
        MockVaadin.clientRoundtrip();
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("reject-message")).isInvalid()).isTrue();
        assertThat(backend.calls).isEmpty();

        _get(TextArea.class, spec -> spec.withId("reject-message")).setValue("使用の跡があります");
        _click(_get(Button.class, spec -> spec.withId("reject-confirm")));

        assertThat(backend.calls).containsExactly("reject-message 使用の跡があります", "reject R-000001");
        assertThat(backend.returns.get("R-000001").status()).isEqualTo(ReturnStatus.REJECTED);
    }

    @Test
    void cancellingAsksFirst() {
        FakeReturns backend = backendWith("sakura-operator", "AWAITING_SHIPMENT", List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(DETAIL + "R-000001");

        _click(_get(Button.class, spec -> spec.withId("cancel-return")));
        MockVaadin.clientRoundtrip();
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("cancel-dialog"));
        assertThat(backend.calls).isEmpty();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(backend.calls).containsExactly("cancel R-000001");
    }

    @Test
    void aManagerApprovesARefundAboveTheLimitUnlessTheyTriggeredIt() {
        RefundDto byOperator = new RefundDto(7, RefundMethod.STORE_CREDIT, 58000, "JPY", RefundStatus.PENDING_APPROVAL, null,
                "sakura-operator", null, null);
        FakeReturns backend = backendWith("sakura-manager", "INSPECTED", List.of(byOperator));
        Console.start("sakura-manager", "MANAGER", backend);
        UI.getCurrent().navigate(DETAIL + "R-000001");
        _click((Button) inActionCell("approve-refund-7"));
        assertThat(backend.calls).containsExactly("approve-refund R-000001 7");
        Console.stop();

        RefundDto byManager = new RefundDto(7, RefundMethod.STORE_CREDIT, 58000, "JPY", RefundStatus.PENDING_APPROVAL, null,
                "sakura-manager", null, null);
        Console.start("sakura-manager", "MANAGER", backendWith("sakura-manager", "INSPECTED", List.of(byManager)));
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(inActionCell("refund-7-needs-other")).isNotNull();
        assertThat(GridKt._getCellComponent(refunds(), 0, "action").getChildren()
                .noneMatch(c -> c.getId().equals(java.util.Optional.of("approve-refund-7")))).isTrue();
        Console.stop();

        // A held refund can be declined (nothing paid) by a manager, also the one who triggered it.
        FakeReturns declining = backendWith("sakura-manager", "INSPECTED", List.of(new RefundDto(7, RefundMethod.STORE_CREDIT,
                5000, "JPY", RefundStatus.PENDING_APPROVAL, null, "sakura-manager", null, null, "GRADE_C")));
        Console.start("sakura-manager", "MANAGER", declining);
        UI.getCurrent().navigate(DETAIL + "R-000001");
        _click((Button) inActionCell("decline-refund-7"));
        assertThat(declining.calls).containsExactly("decline-refund R-000001 7");
    }

    @Test
    void aFailedCardRefundShowsWhyAndAManagerRetriesIt() {
        RefundDto failed = new RefundDto(7, RefundMethod.ORIGINAL_PAYMENT, 4500, "JPY", RefundStatus.FAILED, null,
                "sakura-operator", null, null, null, 1, "card_error: The card was closed", null);
        FakeReturns backend = backendWith("sakura-manager", "INSPECTED", List.of(failed));
        Console.start("sakura-manager", "MANAGER", backend);
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(GridKt._getFormattedRow(refunds(), 0)).anyMatch(cell -> cell.contains("card_error: The card was closed"));
        _click((Button) inActionCell("retry-refund-7"));
        assertThat(backend.calls).containsExactly("retry-refund R-000001 7");
        Console.stop();

        // Operators see the failure but leave the retry to a manager.
        Console.start("sakura-operator", "OPERATOR", backendWith("sakura-operator", "INSPECTED", List.of(failed)));
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(GridKt._getCellComponent(refunds(), 0, "action")).isNotInstanceOf(HorizontalLayout.class);
    }

    @Test
    void aFailedUpgradePaymentShowsTheAmountWhyInPlainWordsAndAManagerRetriesIt() {
        FakeReturns backend = backendWith("sakura-manager", "RECEIVED", List.of());
        backend.withUpgradePayment("R-000001", new com.kaeru.api.returns.UpgradePaymentDto(1500, "JPY", "FAILED", 1,
                "card_declined: Stripe: Your card was declined.", "card_declined",
                java.time.Instant.parse("2026-11-21T03:00:00Z"), null, null));
        Console.start("sakura-manager", "MANAGER", backend);
        UI.getCurrent().navigate(DETAIL + "R-000001");

        assertThat(text("upgrade-payment-amount")).isEqualTo("￥1,500");
        assertThat(text("upgrade-payment-status")).isEqualTo("請求できず");
        assertThat(text("upgrade-payment-attempts")).isEqualTo("1");
        assertThat(text("upgrade-payment-why")).isEqualTo("カード会社が請求を承認しませんでした。");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("upgrade-payment-waits"))
                .getText()).contains("交換品は発送されません");
        _click(_get(Button.class, spec -> spec.withId("retry-upgrade-payment")));
        assertThat(backend.calls).containsExactly("retry-upgrade-payment R-000001");
        assertThat(text("upgrade-payment-status")).isEqualTo("請求中");
        assertThat(_find(Button.class, spec -> spec.withId("retry-upgrade-payment"))).isEmpty();
        Console.stop();

        // A refusal (here: paid meanwhile by another manager's retry) is said in words; the page stays.
        FakeReturns refusing = backendWith("sakura-manager", "RECEIVED", List.of());
        refusing.withUpgradePayment("R-000001", new com.kaeru.api.returns.UpgradePaymentDto(1500, "JPY", "FAILED", 12,
                "unavailable 503: Stripe: Service Unavailable", "unavailable 503", null, null, null));
        refusing.refuseUpgradeRetry = FakeReturns.problem(403, "この操作にはマネージャーの権限が必要です。");
        Console.start("sakura-manager", "MANAGER", refusing);
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(text("upgrade-payment-why")).isEqualTo("決済サービスにつながりませんでした（全ての試行）。");
        _click(_get(Button.class, spec -> spec.withId("retry-upgrade-payment")));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("この操作にはマネージャーの権限が必要です。");
        assertThat(text("upgrade-payment-status")).isEqualTo("請求できず");
        Console.stop();

        // Operators see where it stands but leave the money decision to a manager, as the API does.
        FakeReturns operator = backendWith("sakura-operator", "RECEIVED", List.of());
        operator.withUpgradePayment("R-000001", new com.kaeru.api.returns.UpgradePaymentDto(1500, "JPY", "FAILED", 1,
                "card_declined: declined", "card_declined", null, null, null));
        Console.start("sakura-operator", "OPERATOR", operator);
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(text("upgrade-payment-status")).isEqualTo("請求できず");
        assertThat(_find(Button.class, spec -> spec.withId("retry-upgrade-payment"))).isEmpty();
    }

    @Test
    void aReturnWithoutUpgradeShowsNoUpgradePayment() {
        Console.start("sakura-manager", "MANAGER", backendWith("sakura-manager", "RECEIVED", List.of()));
        UI.getCurrent().navigate(DETAIL + "R-000001");
        // Karibu finds visible components only: the section is hidden.
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("upgrade-payment"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withId("upgrade-payment-amount"))).isEmpty();
    }

    /** Grid cells are not in the component tree: the refund row's action cell holds the buttons. */
    private com.vaadin.flow.component.Component inActionCell(String id) {
        return GridKt._getCellComponent(refunds(), 0, "action").getChildren()
                .filter(c -> c.getId().equals(java.util.Optional.of(id))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in the refund's action cell"));
    }

    @Test
    void operatorsCannotApproveRefundsAboveTheLimit() {
        RefundDto pending = new RefundDto(7, RefundMethod.STORE_CREDIT, 58000, "JPY", RefundStatus.PENDING_APPROVAL, null, "someone", null,
                null);
        Console.start("sakura-operator", "OPERATOR", backendWith("sakura-operator", "INSPECTED", List.of(pending)));
        UI.getCurrent().navigate(DETAIL + "R-000001");

        assertThat(GridKt._getCellComponent(refunds(), 0, "action")).isNotInstanceOf(Button.class);
    }

    @Test
    void gradingAndNotesFromTheDetail() {
        FakeReturns backend = backendWith("sakura-operator", "RECEIVED", List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(DETAIL + "R-000001");

        _click(_get(Button.class, spec -> spec.withId("grade-11-B")));
        assertThat(text("line-11-grades")).isEqualTo("A 0・B 1・C 0（全 2 点）");
        _get(TextArea.class, spec -> spec.withId("note-text")).setValue("箱に破損あり");
        _click(_get(Button.class, spec -> spec.withId("add-note")));

        assertThat(backend.calls).containsExactly("grade R-000001 11 [B]", "note R-000001 箱に破損あり");
        assertThat(_get(VerticalLayout.class, spec -> spec.withId("notes")).getElement().getTextRecursively())
                .contains("箱に破損あり").contains("sakura-operator");
    }

    @Test
    void keyRMarksTheParcelReceived() {
        FakeReturns backend = backendWith("sakura-operator", "AWAITING_SHIPMENT", List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(DETAIL + "R-000001");

        Console.keydown(UI.getCurrent().getElement(), KeyboardShortcuts.FILTER, Map.of(KeyboardShortcuts.KEY, "r"));

        assertThat(backend.calls).containsExactly("receive R-000001");
        assertThat(text("refund-due")).startsWith("2026/11/22 10:00");
    }

    @Test
    void unknownReturnSaysSo() {
        Console.start("sakura-operator", "OPERATOR");
        UI.getCurrent().navigate(DETAIL + "R-999999");

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("access-refused")).getText())
                .contains("R-999999");
    }

    @Test
    void askingTheCustomerNeedsAQuestionAndLandsInTheTimelineWithTheStatusUnchanged() {
        FakeReturns backend = backendWith("sakura-operator", "AWAITING_SHIPMENT", List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(DETAIL + "R-000001");

        _click(_get(Button.class, spec -> spec.withId("ask-customer")));
        MockVaadin.clientRoundtrip();
        _click(_get(Button.class, spec -> spec.withId("ask-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("ask-message")).isInvalid()).isTrue();
        assertThat(backend.calls).isEmpty();

        _get(TextArea.class, spec -> spec.withId("ask-message")).setValue("  お手元の商品のタグの写真をお送りいただけますか？ ");
        _click(_get(Button.class, spec -> spec.withId("ask-confirm")));

        assertThat(backend.calls).containsExactly("ask R-000001 お手元の商品のタグの写真をお送りいただけますか？");
        assertThat(backend.returns.get("R-000001").status()).isEqualTo(ReturnStatus.AWAITING_SHIPMENT);
        @SuppressWarnings("unchecked")
        Grid<com.kaeru.api.returns.TimelineEntryDto> timeline = _get(Grid.class, spec -> spec.withId("timeline"));
        assertThat(GridKt._size(timeline)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(timeline, 1)).contains("お客様に確認を依頼", "sakura-operator",
                "お手元の商品のタグの写真をお送りいただけますか？");
    }

    @Test
    void theKeyIAsksAndClosedReturnsOrAnalystsGetNoQuestionButton() {
        FakeReturns backend = backendWith("sakura-operator", "NEEDS_REVIEW", List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(actionIds()).contains("ask-customer");
        Console.keydown(UI.getCurrent().getElement(), KeyboardShortcuts.FILTER, Map.of(KeyboardShortcuts.KEY, "i"));
        MockVaadin.clientRoundtrip();
        assertThat(_find(TextArea.class, spec -> spec.withId("ask-message"))).hasSize(1);
        Console.stop();

        Console.start("sakura-operator", "OPERATOR", backendWith("sakura-operator", "COMPLETED", List.of()));
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(actionIds()).doesNotContain("ask-customer");
        Console.stop();

        Console.start("sakura-analyst", "ANALYST", backendWith("x", "NEEDS_REVIEW", List.of()));
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(actionIds()).doesNotContain("ask-customer");
    }

    @Test
    void theConversationWithTheCustomerShowsQuestionsAndAnswersAsTypedNearTheTop() {
        FakeReturns backend = backendWith("sakura-operator", "AWAITING_SHIPMENT", List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(_find(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("conversation"))).isEmpty();

        backend.addToTimeline("R-000001",
                new TimelineEntryDto(java.time.Instant.parse("2026-11-21T01:00:00Z"), "INFO_REQUESTED", null, null,
                        "sakura-operator", "タグの写真はありますか？"),
                new TimelineEntryDto(java.time.Instant.parse("2026-11-21T02:00:00Z"), "INFO_ANSWERED", null, null,
                        "customer", "<b>M</b> と書かれています。\n写真はメールで送ります。"));
        UI.getCurrent().navigate(DETAIL + "R-000001");
        var conversation = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("conversation"));
        String text = conversation.getElement().getTextRecursively();
        assertThat(text).contains("お客様とのやり取り", "sakura-operator からの確認", "タグの写真はありますか？", "お客様",
                "<b>M</b> と書かれています。", "2026/11/21 11:00").doesNotContain("回答待ち");

        backend.addToTimeline("R-000001", new TimelineEntryDto(java.time.Instant.parse("2026-11-21T03:00:00Z"),
                "INFO_REQUESTED", null, null, "sakura-manager", "箱はありますか？"));
        UI.getCurrent().navigate(DETAIL + "R-000001");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("conversation")).getElement()
                .getTextRecursively()).contains("箱はありますか？", "お客様の回答待ち");
    }

    @Test
    void eachExchangeLineShowsWhereItsReplacementStands() {
        FakeReturns backend = new FakeReturns("sakura-operator");
        var exchange = FakeReturns.line(12, "SHIRT-M", 1, "EXCHANGE", 0);
        var shipped = new com.kaeru.api.returns.FulfilmentDto("R-000002", 12, "SHIRT-M-L", "リネンシャツ", "L", null, 1,
                com.kaeru.api.vocabulary.FulfilmentState.SHIPPED, false, null, null, false, 2, null, null, null,
                "ヤマト運輸", "4901-2345-6789", java.time.Instant.parse("2026-12-03T01:00:00Z"), null, null, null, null,
                null);
        var waiting = new com.kaeru.api.returns.FulfilmentDto("R-000002", 13, "SHIRT-M-XL", "リネンシャツ", "XL", null, 1,
                com.kaeru.api.vocabulary.FulfilmentState.BACKORDERED, true, java.time.Instant.parse("2026-11-20T01:00:00Z"),
                java.time.LocalDate.parse("2026-12-01"), true, 2, null, null, null, null, null, null, null, null, null,
                null, null);
        backend.add("R-000002", "COMPLETED", List.of(withFulfilment(exchange, shipped),
                withFulfilment(FakeReturns.line(13, "SHIRT-XL", 1, "EXCHANGE", 0), waiting)), List.of());
        Console.start("sakura-operator", "OPERATOR", backend);
        UI.getCurrent().navigate(DETAIL + "R-000002");
        assertThat(text("line-12-fulfilment")).isEqualTo("出荷済み — ヤマト運輸 4901-2345-6789");
        assertThat(text("line-13-fulfilment")).isEqualTo("入荷待ち — 入荷予定 2026-12-01（確定） — 遅延");
    }

    private static com.kaeru.api.returns.ReturnLineDto withFulfilment(com.kaeru.api.returns.ReturnLineDto l,
                                                                      com.kaeru.api.returns.FulfilmentDto f) {
        return new com.kaeru.api.returns.ReturnLineDto(l.id(), l.orderLineId(), l.sku(), l.productName(), l.quantity(),
                l.reasonCode(), l.comment(), l.resolution(), l.refundMethod(), l.exchangeSku(), l.policyOutcome(),
                l.policyRule(), l.policyMessage(), l.refundAmountMinor(), l.feeMinor(), l.bonusMinor(),
                l.priceDifferenceMinor(), l.reserved(), l.backorder(), l.gradeA(), l.gradeB(), l.gradeC(),
                l.gradeMissing(), f);
    }
}
