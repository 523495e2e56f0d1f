package com.kaeru.portal.returns;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.kaeru.api.credit.GiftCodeDto;
import com.kaeru.api.credit.GiftCodeStatus;
import com.kaeru.api.portal.PortalCreditDto;
import com.kaeru.api.returns.RefundDto;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.RefundStatus;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.i18n.LanguageChoice;
import com.kaeru.portal.i18n.PortalI18NProvider;
import com.kaeru.ui.testing.KaribuHarness;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The status page shows what a refund left to spend: the store-credit balance and the masked gift codes. */
class CreditPanelViewTest {
    private static final Instant AT = Instant.parse("2026-12-01T03:00:00Z");
    private FakePortalBackend backend;

    @BeforeEach
    void setUp() {
        backend = new FakePortalBackend();
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

    private void refundedIn(RefundMethod method) {
        backend.refunds = List.of(new RefundDto(7, method, 4500, "JPY", RefundStatus.ISSUED, "CREDIT-7", "system",
                null, AT, null));
        backend.credit = new PortalCreditDto("JPY", 2000, List.of(
                new GiftCodeDto("****-****-****-WXYZ", 3000, "JPY", GiftCodeStatus.ACTIVE, "R-000123", AT, null, null, null),
                new GiftCodeDto("****-****-****-K7QM", 1500, "JPY", GiftCodeStatus.REDEEMED, "R-000099", AT, "SA-9",
                        AT, "pos")));
    }

    @Test
    void inJapaneseTheBalanceAndEachCodeWithItsStateAreShown() {
        refundedIn(RefundMethod.STORE_CREDIT);
        openStatus(Locale.JAPANESE);
        assertThat(_get(Paragraph.class, spec -> spec.withId("credit-balance")).getText())
                .isEqualTo("ストアクレジット残高：￥2,000");
        String codes = _get(UnorderedList.class, spec -> spec.withId("gift-codes")).getElement().getTextRecursively();
        assertThat(codes).contains("****-****-****-WXYZ · ￥3,000 · 未使用").contains("****-****-****-K7QM · ￥1,500 · 使用済み");
        assertThat(_get(Div.class, spec -> spec.withId("credit-panel")).getElement().getTextRecursively())
                .contains("メールに記載");
    }

    @Test
    void inEnglishToo() {
        refundedIn(RefundMethod.GIFT_CODE);
        openStatus(Locale.ENGLISH);
        assertThat(_get(Paragraph.class, spec -> spec.withId("credit-balance")).getText())
                .isEqualTo("Store credit balance: ¥2,000");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("gift-codes")).getElement().getTextRecursively())
                .contains("not used yet").contains("used");
    }

    @Test
    void withoutARefundOrWithNothingToSpendThereIsNoPanel() {
        openStatus(Locale.JAPANESE);
        assertThat(_find(Div.class, spec -> spec.withId("credit-panel"))).isEmpty();
        backend.refunds = List.of(new RefundDto(7, RefundMethod.ORIGINAL_PAYMENT, 4500, "JPY", RefundStatus.ISSUED,
                "card", "system", null, AT, null));
        openStatus(Locale.JAPANESE);
        assertThat(_find(Div.class, spec -> spec.withId("credit-panel"))).isEmpty();
    }
}
