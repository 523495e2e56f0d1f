package com.kaeru.portal.shop;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import java.util.List;
import java.util.Optional;

import com.kaeru.api.portal.PortalShopDto;
import com.kaeru.api.vocabulary.RefundMethod;
import com.kaeru.api.vocabulary.ReturnMethod;
import com.kaeru.portal.api.PortalBackend;
import com.kaeru.portal.i18n.PortalI18NProvider;
import com.kaeru.ui.testing.KaribuHarness;
import com.kaeru.portal.i18n.LanguageChoice;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShopLandingViewTest {

    private static final Map<String, PortalShopDto> SHOPS = Map.of(
            "sakura-apparel", shop("sakura-apparel", "さくらアパレル", "#C2185B", "ja"),
            "umi-outdoor", shop("umi-outdoor", "Umi Outdoor", "#FFEB3B", "en"),
            "closed-zakka", shop("closed-zakka", "閉店雑貨", "#455A64", "ja"));

    private static PortalShopDto shop(String slug, String name, String color, String defaultLanguage) {
        return new PortalShopDto(slug, name, color, null, defaultLanguage, List.of("ja", "en"), "Asia/Tokyo", "JPY",
                List.of(ReturnMethod.PREPAID_LABEL, ReturnMethod.DROP_OFF, ReturnMethod.PICKUP),
                List.of(RefundMethod.ORIGINAL_PAYMENT, RefundMethod.STORE_CREDIT, RefundMethod.GIFT_CODE),
                List.of("MORNING", "T14_16"), 7, List.of("LAWSON"), slug.startsWith("closed-"));
    }

    @BeforeEach
    void setUp() {
        PortalBackend backend = new PortalBackend() {
            @Override
            public Optional<PortalShopDto> shop(String slug, Locale locale) {
                return Optional.ofNullable(SHOPS.get(slug));
            }
        };
        KaribuHarness.setUp("com.kaeru.portal", new PortalI18NProvider(), Map.of(PortalBackend.class, backend));
    }

    @AfterEach
    void tearDown() {
        KaribuHarness.tearDown();
    }

    private static Object currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
    }

    @Test
    void showsTheShopsBrandingInJapanese() {
        LanguageChoice.remember(Locale.JAPANESE);
        UI.getCurrent().navigate("sakura-apparel");

        assertThat(currentView()).isInstanceOf(ShopLandingView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("返品・交換のお手続き");
        assertThat(_get(ShopLandingView.class).getStyle().get("--kaeru-brand")).isEqualTo("#C2185B");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("lead")).getText()).contains("さくらアパレル");
    }

    @Test
    void lightBrandColourGetsDarkText() {
        UI.getCurrent().navigate("umi-outdoor");

        assertThat(_get(ShopLandingView.class).getStyle().get("--kaeru-on-brand")).isEqualTo("#1A1A1A");
    }

    @Test
    void shopDefaultLanguageAppliesWhenTheVisitorExpressedNone() {
        UI.getCurrent().navigate("umi-outdoor");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(_get(H1.class).getText()).isEqualTo("Returns and exchanges");
    }

    @Test
    void languageSwitchRerendersWithoutLosingTheShop() {
        LanguageChoice.remember(Locale.JAPANESE);
        UI.getCurrent().navigate("sakura-apparel");

        _click(_get(Button.class, spec -> spec.withId("lang-en")));

        assertThat(_get(H1.class).getText()).isEqualTo("Returns and exchanges");
        assertThat(_get(Button.class, spec -> spec.withId("lang-en")).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(LanguageChoice.explicit()).contains(Locale.ENGLISH);
    }

    @Test
    void unknownShopShowsTheFriendlyNotFoundPage() {
        LanguageChoice.remember(Locale.ENGLISH);
        UI.getCurrent().navigate("no-such-shop");

        assertThat(currentView()).isInstanceOf(ShopNotFoundView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("We could not find this shop");
        assertThat(_find(ShopLandingView.class)).isEmpty();
    }

    @Test
    void aClosedShopShowsTheClosedPageInsteadOfTheLookupForm() {
        LanguageChoice.remember(Locale.JAPANESE);
        UI.getCurrent().navigate("closed-zakka");

        assertThat(currentView()).isInstanceOf(ShopLandingView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("閉店雑貨は閉店しました");
        assertThat(_find(com.vaadin.flow.component.textfield.TextField.class)).isEmpty();
        assertThat(_get(Paragraph.class, spec -> spec.withId("shop-closed")).getText()).contains("返品");

        _click(_get(Button.class, spec -> spec.withId("lang-en")));

        assertThat(_get(H1.class).getText()).isEqualTo("閉店雑貨 has closed");
        assertThat(_find(com.vaadin.flow.component.textfield.TextField.class)).isEmpty();
    }
}
