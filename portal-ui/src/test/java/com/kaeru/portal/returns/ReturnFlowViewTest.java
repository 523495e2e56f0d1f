package com.kaeru.portal.returns;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.kaeru.api.portal.ExchangeOptionDto;
import com.kaeru.api.portal.ReturnSubmission;
import com.kaeru.api.problem.Problem;
import com.kaeru.api.reasons.ReturnReasonDto;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.Resolution;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.i18n.LanguageChoice;
import com.kaeru.portal.i18n.PortalI18NProvider;
import com.kaeru.portal.shop.ShopLandingView;
import com.kaeru.portal.status.ReturnStatusView;
import com.kaeru.ui.testing.KaribuHarness;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReturnFlowViewTest {
    private FakePortalBackend backend;

    @BeforeEach
    void setUp() {
        backend = new FakePortalBackend();
        KaribuHarness.setUp("com.kaeru.portal", new PortalI18NProvider(), Map.of(PortalBackend.class, backend));
        LanguageChoice.remember(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        KaribuHarness.tearDown();
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    private void lookUp(String number, String contact) {
        UI.getCurrent().navigate("sakura-apparel");
        _setValue(_get(TextField.class, spec -> spec.withId("order-number")), number);
        _setValue(_get(TextField.class, spec -> spec.withId("email-or-phone")), contact);
        _click(_get(Button.class, spec -> spec.withId("lookup-submit")));
    }

    private void next() {
        _click(_get(Button.class, spec -> spec.withId("wizard-next")));
    }

    private Div card(String id) {
        return _get(Div.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> radio(Div in, String className) {
        return _get(in, RadioButtonGroup.class, spec -> spec.withClasses(className));
    }

    @SuppressWarnings("unchecked")
    private Select<ReturnReasonDto> reason(Div in) {
        return _get(in, Select.class, spec -> spec.withClasses("reason"));
    }

    @Test
    void aWrongLookupGetsOneMessageThatRevealsNothingAndKeepsTheInput() {
        lookUp("SA-10001", "someone@example.jp");

        assertThat(currentView()).isInstanceOf(ShopLandingView.class);
        Div error = _get(Div.class, spec -> spec.withId("lookup-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("We could not find an order with this number and e-mail or phone");
        assertThat(_get(TextField.class, spec -> spec.withId("email-or-phone")).getValue()).isEqualTo("someone@example.jp");

        for (int i = 0; i < 5; i++) {
            _click(_get(Button.class, spec -> spec.withId("lookup-submit")));
        }
        assertThat(error.getText()).isEqualTo("Too many attempts. Please wait a minute and try again.");
    }

    @Test
    void ineligibleLinesSayWhyAndCannotBeChosen() {
        lookUp("SA-10001", "hanako@example.jp");

        assertThat(currentView()).isInstanceOf(ReturnWizardView.class);
        Div scarf = card("line-SCARF-1");
        assertThat(scarf.getClassNames()).contains("ineligible");
        assertThat(_find(scarf, Checkbox.class)).isEmpty();
        assertThat(_get(scarf, Paragraph.class, spec -> spec.withClasses("why")).getText())
                .isEqualTo("Cannot be returned: セール最終品のため返品できません。");
        assertThat(_get(card("line-COAT-S"), Paragraph.class, spec -> spec.withClasses("note")).getText())
                .startsWith("Exchange only.");
        assertThat(_get(Button.class, spec -> spec.withId("wizard-next")).isEnabled())
                .as("nothing chosen yet").isFalse();
    }

    @Test
    void fullExchangePathSendsTheSizeAndTheAddressAndConfirms() {
        lookUp("SA-10001", "hanako@example.jp");
        _setValue(_get(card("line-TEE-NAVY-S"), Checkbox.class), true);
        next();

        Div details = card("details-TEE-NAVY-S");
        RadioButtonGroup<Boolean> mode = radio(details, "mode");
        assertThat(mode.getValue()).as("exchange comes first").isTrue();
        assertThat(_get(details, Paragraph.class, spec -> spec.withClasses("incentive")).getText())
                .contains("Free return shipping").contains("¥500");
        RadioButtonGroup<ExchangeOptionDto> options = radio(details, "exchange-options");
        assertThat(options.getItemLabelGenerator().apply(backend.order("", "", Locale.ENGLISH).lines().get(0)
                .exchangeOptions().get(1))).contains("back in stock");
        assertThat(options.getItemEnabledProvider().test(new ExchangeOptionDto("X", "XL", null, 5000, 0, null, 0)))
                .as("out of stock without a restock date cannot be chosen").isFalse();
        // A dearer size is shown with the reason but cannot be chosen: Kaeru cannot collect the difference.
        ExchangeOptionDto dearer = backend.order("", "", Locale.ENGLISH).lines().get(0).exchangeOptions().get(3);
        assertThat(options.getItemEnabledProvider().test(dearer)).as("costs more than the item bought").isFalse();
        assertThat(options.getItemLabelGenerator().apply(dearer)).contains("costs ¥500 more")
                .contains("not available for exchange");

        next();
        assertThat(currentView()).isInstanceOf(ReturnWizardView.class);
        assertThat(reason(details).isInvalid()).as("the missing reason is marked").isTrue();
        assertThat(_get(Div.class, spec -> spec.withId("wizard-error")).isVisible()).isTrue();

        _setValue(reason(details), backend.order("", "", Locale.ENGLISH).reasons().get(1));
        _setValue(_get(details, TextArea.class), "肩がきつい");
        _setValue(options, backend.order("", "", Locale.ENGLISH).lines().get(0).exchangeOptions().get(0));
        assertThat(_get(details, Paragraph.class, spec -> spec.withClasses("difference")).getText())
                .isEqualTo("Same price: nothing to pay.");
        next();

        assertThat(_get(TextField.class, spec -> spec.withId("address-postal-code")).getValue())
                .as("prefilled from the order").isEqualTo("150-0001");
        _setValue(_get(TextField.class, spec -> spec.withId("address-line1")), "神宮前2-3-4");
        next();

        _click(_get(Button.class, spec -> spec.withId("wizard-submit")));
        assertThat(backend.submissions).hasSize(1);
        ReturnSubmission sent = backend.submissions.get(0);
        assertThat(sent.lines).singleElement().satisfies(line -> {
            assertThat(line.resolution).isEqualTo(Resolution.EXCHANGE);
            assertThat(line.exchangeSku).isEqualTo("TEE-NAVY-M");
            assertThat(line.reasonCode).isEqualTo("SIZE_TOO_SMALL");
            assertThat(line.comment).isEqualTo("肩がきつい");
        });
        assertThat(sent.returnMethod).isEqualTo(ReturnMethod.PREPAID_LABEL);
        assertThat(sent.address.line1).isEqualTo("神宮前2-3-4");
        assertThat(currentView()).isInstanceOf(ReturnStatusView.class);
        assertThat(_get(Span.class, spec -> spec.withId("confirmation-rma")).getText()).isEqualTo("R-000123");
    }

    @Test
    void fullRefundPathWithAPickupBooking() {
        lookUp("SA-10001", "hanako@example.jp");
        _setValue(_get(card("line-TEE-NAVY-S"), Checkbox.class), true);
        next();
        Div details = card("details-TEE-NAVY-S");
        _setValue(reason(details), backend.order("", "", Locale.ENGLISH).reasons().get(2));
        RadioButtonGroup<Boolean> mode = radio(details, "mode");
        _setValue(mode, false);
        RadioButtonGroup<RefundMethod> method = radio(details, "refund-method");
        _setValue(method, RefundMethod.STORE_CREDIT);
        assertThat(_get(details, Paragraph.class, spec -> spec.withClasses("refund-amount")).getText())
                .isEqualTo("You will receive ¥4,584.");
        next();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<ReturnMethod> returnMethod = _get(RadioButtonGroup.class, spec -> spec.withId("return-method"));
        _setValue(returnMethod, ReturnMethod.PICKUP);
        next();
        assertThat(_get(Select.class, spec -> spec.withId("pickup-date")).isInvalid()).isTrue();
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(1).toString();
        @SuppressWarnings("unchecked")
        Select<String> date = _get(Select.class, spec -> spec.withId("pickup-date"));
        _setValue(date, tomorrow);
        @SuppressWarnings("unchecked")
        Select<String> slot = _get(Select.class, spec -> spec.withId("pickup-slot"));
        _setValue(slot, "T18_20");
        assertThat(slot.getItemLabelGenerator().apply("T18_20")).isEqualTo("18:00–20:00");
        next();

        assertThat(_get(Paragraph.class, spec -> spec.withId("refund-total")).getText()).isEqualTo("Total refund: ¥4,584");
        _click(_get(Button.class, spec -> spec.withId("wizard-submit")));
        ReturnSubmission sent = backend.submissions.get(0);
        assertThat(sent.lines.get(0).refundMethod).isEqualTo(RefundMethod.STORE_CREDIT);
        assertThat(sent.returnMethod).isEqualTo(ReturnMethod.PICKUP);
        assertThat(sent.pickupDate).isEqualTo(tomorrow);
        assertThat(sent.pickupSlot).isEqualTo("T18_20");
        assertThat(sent.address.postalCode).isEqualTo("150-0001");
    }

    /** Chooses the shirt for an exchange to M and moves on to the address. */
    private void upToTheAddress() {
        lookUp("SA-10001", "hanako@example.jp");
        _setValue(_get(card("line-TEE-NAVY-S"), Checkbox.class), true);
        next();
        Div details = card("details-TEE-NAVY-S");
        _setValue(reason(details), backend.order("", "", Locale.ENGLISH).reasons().get(1));
        _setValue(radio(details, "exchange-options"),
                backend.order("", "", Locale.ENGLISH).lines().get(0).exchangeOptions().get(0));
        next();
    }

    private TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @Test
    void aPostalCodeFillsPrefectureCityAndTownAndSeveralTownsAreOffered() {
        upToTheAddress();
        _setValue(field("address-line1"), "");
        _setValue(field("address-postal-code"), "６０４８０９１");

        @SuppressWarnings("unchecked")
        Select<String> prefecture = _get(Select.class, spec -> spec.withId("address-prefecture"));
        assertThat(prefecture.getValue()).isEqualTo("京都府");
        assertThat(field("address-city").getValue()).isEqualTo("京都市中京区");
        assertThat(field("address-line1").getValue()).isEqualTo("上本能寺前町");

        _setValue(field("address-line1"), "");
        _setValue(field("address-postal-code"), "999-0000");
        Div hint = _get(Div.class, spec -> spec.withId("postal-hint"));
        assertThat(hint.isVisible()).isTrue();
        _click(_get(hint, Button.class, spec -> spec.withText("勝浦")));
        assertThat(field("address-line1").getValue()).isEqualTo("勝浦");
    }

    @Test
    void aMismatchingPostalCodeAndAMissingBlockNumberAreFlaggedWithASuggestion() {
        upToTheAddress();
        _setValue(field("address-city"), "千代田区");

        Div postalHint = _get(Div.class, spec -> spec.withId("postal-hint"));
        assertThat(postalHint.isVisible()).isTrue();
        assertThat(postalHint.getElement().getTextRecursively()).contains("which has postal code 100-0005");
        _click(_get(postalHint, Button.class, spec -> spec.withText("Use 〒100-0005")));
        assertThat(field("address-postal-code").getValue()).isEqualTo("100-0005");
        assertThat(postalHint.isVisible()).isFalse();

        _setValue(field("address-line1"), "丸の内");
        Paragraph lineHint = _get(Paragraph.class, spec -> spec.withId("line-hint"));
        assertThat(lineHint.isVisible()).isTrue();
        assertThat(lineHint.getText()).isEqualTo("Add the block number (番地), e.g. 2-21-1.");
        _setValue(field("address-line1"), "丸の内1-9-1");
        assertThat(lineHint.isVisible()).isFalse();
        next();
        assertThat(_get(Div.class, spec -> spec.withClasses("postal-address")).getElement().getTextRecursively())
                .contains("〒100-0005").contains("千代田区丸の内1-9-1");
    }

    @Test
    void aRefusedSubmissionShowsWhyAndKeepsEverything() {
        lookUp("SA-10001", "hanako@example.jp");
        _setValue(_get(card("line-COAT-S"), Checkbox.class), true);
        next();
        Div details = card("details-COAT-S");
        assertThat(radio(details, "mode").getListDataView().getItems().toList())
                .as("exchange only: no refund offered").containsExactly(true);
        _setValue(reason(details), backend.order("", "", Locale.ENGLISH).reasons().get(2));
        _setValue(radio(details, "exchange-options"),
                backend.order("", "", Locale.ENGLISH).lines().get(2).exchangeOptions().get(0));
        next();
        next();
        backend.refuseNextSubmission = new Problem("https://kaeru.app/problems/return-rule", "Not possible", 422,
                "COAT-M is no longer sold.", null, List.of());
        _click(_get(Button.class, spec -> spec.withId("wizard-submit")));

        assertThat(currentView()).isInstanceOf(ReturnWizardView.class);
        assertThat(_get(Div.class, spec -> spec.withId("wizard-error")).getText()).isEqualTo("COAT-M is no longer sold.");
        _click(_get(Button.class, spec -> spec.withId("wizard-back")));
        _click(_get(Button.class, spec -> spec.withId("wizard-back")));
        assertThat(reason(card("details-COAT-S")).getValue().code()).isEqualTo("CHANGED_MIND");
    }

    @Test
    void theStatusPageCancelsAfterConfirmation() {
        lookUp("SA-10001", "hanako@example.jp");
        UI.getCurrent().navigate("sakura-apparel/returns/R-000123");
        assertThat(_get(Span.class, spec -> spec.withId("status-badge")).getText()).isEqualTo("Waiting for your parcel");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("label-download")).getText())
                .isEqualTo("Download the return label (PDF)");
        // Where the replacement stands (issue 10: the exchange line's own fulfilment).
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("fulfilment-91")).getText())
                .isEqualTo("Your exchange item is set aside for you; it ships once we have checked your return.");

        _click(_get(Button.class, spec -> spec.withId("cancel-return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(backend.cancelled).containsExactly("R-000123");
        assertThat(_get(Span.class, spec -> spec.withId("status-badge")).getText()).isEqualTo("Cancelled");
        assertThat(_find(Button.class, spec -> spec.withId("cancel-return"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("label-download"))).isEmpty();
    }

    @Test
    void theStatusPageLinksToTheCarriersTrackingPageOnceTheParcelWasCollected() {
        lookUp("SA-10001", "hanako@example.jp");
        UI.getCurrent().navigate("sakura-apparel/returns/R-000123");
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("return-tracking"))).isEmpty();

        backend.collected = new String[] {"YAMATO", "4901-2345-6789"};
        UI.getCurrent().navigate("sakura-apparel");
        UI.getCurrent().navigate("sakura-apparel/returns/R-000123");
        var link = _get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("return-tracking"));
        assertThat(link.getHref())
                .isEqualTo("https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=490123456789");
        assertThat(link.getText()).isEqualTo("Track the parcel (4901-2345-6789)");
    }

    @Test
    void aStatusLinkWithoutAnOpenedOrderAsksForTheOrderFirstThenComesBack() {
        UI.getCurrent().navigate("sakura-apparel/returns/R-000123");
        assertThat(currentView()).isInstanceOf(ShopLandingView.class);

        _setValue(_get(TextField.class, spec -> spec.withId("order-number")), "SA-10001");
        _setValue(_get(TextField.class, spec -> spec.withId("email-or-phone")), "hanako@example.jp");
        _click(_get(Button.class, spec -> spec.withId("lookup-submit")));

        assertThat(currentView()).isInstanceOf(ReturnStatusView.class);
    }

    /** The shop with only these refund methods on offer. */
    private static com.kaeru.api.portal.PortalShopDto offering(List<RefundMethod> refundMethods) {
        var s = FakePortalBackend.SHOP;
        return new com.kaeru.api.portal.PortalShopDto(s.slug(), s.name(), s.brandColor(), s.logoUrl(),
                s.defaultLanguage(), s.languages(), s.timeZone(), s.currency(), s.returnMethods(), refundMethods,
                s.pickupSlots(), s.pickupDays(), s.dropOffPoints(), s.closed());
    }

    @Test
    void theRefundChoiceOffersOnlyTheShopsMethodsInItsOrder() {
        backend.shop = offering(List.of(RefundMethod.GIFT_CODE, RefundMethod.STORE_CREDIT));
        lookUp("SA-10001", "hanako@example.jp");
        _setValue(_get(card("line-TEE-NAVY-S"), Checkbox.class), true);
        next();
        Div details = card("details-TEE-NAVY-S");
        _setValue(radio(details, "mode"), false);
        RadioButtonGroup<RefundMethod> method = radio(details, "refund-method");
        assertThat(method.getListDataView().getItems().toList()).containsExactly(RefundMethod.GIFT_CODE, RefundMethod.STORE_CREDIT);
        assertThat(method.getValue()).as("two offers: the customer chooses").isNull();
    }

    @Test
    void aSingleRefundMethodIsChosenAlreadyAndSent() {
        backend.shop = offering(List.of(RefundMethod.STORE_CREDIT));
        lookUp("SA-10001", "hanako@example.jp");
        _setValue(_get(card("line-TEE-NAVY-S"), Checkbox.class), true);
        next();
        Div details = card("details-TEE-NAVY-S");
        _setValue(reason(details), backend.order("", "", Locale.ENGLISH).reasons().get(2));
        _setValue(radio(details, "mode"), false);
        RadioButtonGroup<RefundMethod> method = radio(details, "refund-method");
        assertThat(method.getListDataView().getItems().toList()).containsExactly(RefundMethod.STORE_CREDIT);
        assertThat(method.getValue()).isEqualTo(RefundMethod.STORE_CREDIT);
        next();
        next();
        _click(_get(Button.class, spec -> spec.withId("wizard-submit")));
        assertThat(backend.submissions.get(0).lines.get(0).refundMethod).isEqualTo(RefundMethod.STORE_CREDIT);
    }

    @Test
    void theStatusPageShowsTheShopsLatestQuestionAsTextAndNothingWithoutOne() {
        lookUp("SA-10001", "hanako@example.jp");
        UI.getCurrent().navigate("sakura-apparel/returns/R-000123");
        assertThat(_find(Div.class, spec -> spec.withId("info-request"))).isEmpty();

        backend.laterEntries.add(new com.kaeru.api.returns.TimelineEntryDto(java.time.Instant.parse(
                "2026-11-21T05:00:00Z"), "INFO_REQUESTED", null, null, null, "Which size do you usually wear?"));
        backend.laterEntries.add(new com.kaeru.api.returns.TimelineEntryDto(java.time.Instant.parse(
                "2026-11-22T06:30:00Z"), "INFO_REQUESTED", null, null, null, "<b>Could you send a photo</b>\nof the tag?"));
        UI.getCurrent().navigate("sakura-apparel/returns/R-000123",
                com.vaadin.flow.router.QueryParameters.of("submitted", "1"));
        Div callout = _get(Div.class, spec -> spec.withId("info-request"));
        assertThat(callout.getClassNames()).contains("callout");
        assertThat(_get(callout, com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("A question from the shop");
        // The latest one, as text (markup stays visible, never rendered), at the shop's local time.
        assertThat(_get(Paragraph.class, spec -> spec.withId("info-request-text")).getText())
                .isEqualTo("<b>Could you send a photo</b>\nof the tag?");
        assertThat(callout.getElement().getTextRecursively()).doesNotContain("Which size").contains("Nov 22, 2026").contains("3:30");

        // Once the return is closed the question no longer asks for anything.
        _click(_get(Button.class, spec -> spec.withId("cancel-return")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_find(Div.class, spec -> spec.withId("info-request"))).isEmpty();
    }

    @Test
    void theCustomerAnswersTheQuestionOnTheStatusPageAndKeepsTheTextWhenRefused() {
        lookUp("SA-10001", "hanako@example.jp");
        backend.laterEntries.add(new com.kaeru.api.returns.TimelineEntryDto(java.time.Instant.parse(
                "2026-11-22T06:30:00Z"), "INFO_REQUESTED", null, null, null, "Could you send a photo of the tag?"));
        UI.getCurrent().navigate("sakura-apparel/returns/R-000123");
        TextArea answer = _get(TextArea.class, spec -> spec.withId("info-answer"));
        Button send = _get(Button.class, spec -> spec.withId("send-answer"));

        // Nothing typed: asked to write something, nothing sent.
        _click(send);
        assertThat(answer.isInvalid()).isTrue();
        assertThat(answer.getErrorMessage()).isEqualTo("Please write your answer.");
        assertThat(backend.answers).isEmpty();

        // Refused by the shop (e.g. answered from another tab meanwhile): the text stays, the reason shows.
        backend.refuseNextAnswer = new Problem("https://kaeru.app/problems/conflict", "Conflict", 409,
                "Return R-000123 has no question waiting for an answer.", null, List.of());
        _setValue(answer, "The tag says size M.\nPhoto follows by e-mail.");
        _click(send);
        assertThat(answer.getValue()).isEqualTo("The tag says size M.\nPhoto follows by e-mail.");
        assertThat(answer.getErrorMessage()).isEqualTo("Return R-000123 has no question waiting for an answer.");
        assertThat(send.isEnabled()).isTrue();

        _click(send);
        assertThat(backend.answers).containsExactly("The tag says size M.\nPhoto follows by e-mail.");
        // The answer replaces the form, as text, under the question.
        assertThat(_find(TextArea.class, spec -> spec.withId("info-answer"))).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("info-answer-text")).getText())
                .isEqualTo("The tag says size M.\nPhoto follows by e-mail.");
        assertThat(_get(Div.class, spec -> spec.withId("info-request")).getElement().getTextRecursively())
                .contains("Your answer");

        // A new question opens the form again.
        backend.laterEntries.add(new com.kaeru.api.returns.TimelineEntryDto(java.time.Instant.parse(
                "2026-11-23T01:00:00Z"), "INFO_REQUESTED", null, null, null, "Thanks. Is the box still sealed?"));
        UI.getCurrent().navigate("sakura-apparel/returns/R-000123");
        assertThat(_get(Paragraph.class, spec -> spec.withId("info-request-text")).getText())
                .isEqualTo("Thanks. Is the box still sealed?");
        assertThat(_find(TextArea.class, spec -> spec.withId("info-answer"))).hasSize(1);
    }

    @Test
    void aCompletedReturnIsRatedOnceOnTheStatusPage() {
        lookUp("SA-10001", "hanako@example.jp");
        UI.getCurrent().navigate("sakura-apparel/returns/R-000123");
        assertThat(_find(Div.class, spec -> spec.withId("rating"))).as("not completed: nothing to rate").isEmpty();

        backend.status(com.kaeru.api.vocabulary.ReturnStatus.COMPLETED);
        UI.getCurrent().navigate("sakura-apparel/returns/R-000123");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<Integer> stars = _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, spec -> spec.withId("rating-stars"));
        stars.setValue(5);
        _setValue(_get(TextArea.class, spec -> spec.withId("rating-comment")), "Quick exchange, thank you.");
        _click(_get(Button.class, spec -> spec.withId("send-rating")));

        assertThat(backend.ratingsSent).isEqualTo(1);
        assertThat(backend.rating.stars()).isEqualTo(5);
        assertThat(backend.rating.comment()).isEqualTo("Quick exchange, thank you.");
        // The form gives way to the rating given, and stays so on the next visit.
        assertThat(_find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("rating-given")).getText()).isEqualTo("★★★★★  Very satisfied");
        UI.getCurrent().navigate("sakura-apparel/returns/R-000123");
        assertThat(_get(Paragraph.class, spec -> spec.withId("rating-comment-given")).getText())
                .isEqualTo("Quick exchange, thank you.");
    }
}
