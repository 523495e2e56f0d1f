package com.kaeru.admin.shops;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.kaeru.admin.testing.Console;
import com.kaeru.admin.testing.FakeReturns;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What every shop page gets from its base: the refusal page, its title, the page's title. */
class ShopPageTest {
    @AfterEach
    void tearDown() {
        Console.stop();
    }

    private static String title() {
        return ((HasDynamicTitle) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0)).getPageTitle();
    }

    @Test
    void pagesAreTitledByWhatTheyShowAndTheShop() {
        FakeReturns returns = new FakeReturns("sakura-operator");
        returns.add("R-000001", "NEEDS_REVIEW", List.of(FakeReturns.line(11, "SHIRT-S", 1, "REFUND", 4583)), List.of());
        Console.start("sakura-operator", "OPERATOR", returns);

        UI.getCurrent().navigate("shops/sakura-apparel/returns");
        assertThat(title()).isEqualTo("返品一覧 | さくらアパレル");
        UI.getCurrent().navigate("shops/sakura-apparel/returns/R-000001");
        assertThat(title()).isEqualTo("R-000001 | さくらアパレル");
        UI.getCurrent().navigate("shops/sakura-apparel");
        assertThat(title()).isEqualTo("さくらアパレル");
    }

    @Test
    void aShopWithoutARoleIsRefusedInTheLanguageOfTheConsoleAlsoAfterASwitch() {
        Console.start("sakura-operator", "OPERATOR");

        UI.getCurrent().navigate("shops/umi-outdoor/returns");
        assertThat(_get(H1.class).getText()).isEqualTo("このショップへのアクセス権がありません");
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-refused")).getText()).contains("umi-outdoor");
        assertThat(title()).isEqualTo("Kaeru");

        UI.getCurrent().setLocale(Locale.ENGLISH);

        assertThat(_get(H1.class).getText()).isEqualTo("No access to this shop");
        assertThat(_get(Paragraph.class, spec -> spec.withId("access-refused")).getText()).contains("umi-outdoor");
    }

    @Test
    void aReturnTheShopDoesNotHaveIsRefusedWithAWayBackToTheQueue() {
        Console.start("sakura-operator", "OPERATOR");

        UI.getCurrent().navigate("shops/sakura-apparel/returns/R-999999");

        assertThat(_get(H1.class).getText()).isEqualTo("返品が見つかりません");
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, spec -> spec.withId("back-to-queue")).getHref())
                .isEqualTo("shops/sakura-apparel/returns");
        assertThat(title()).isEqualTo("さくらアパレル");
    }
}
