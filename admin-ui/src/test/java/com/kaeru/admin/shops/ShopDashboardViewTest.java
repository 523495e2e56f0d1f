package com.kaeru.admin.shops;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.kaeru.admin.i18n.AdminI18NProvider;
import com.kaeru.admin.api.StaffBackend;
import com.kaeru.admin.layout.CurrentStaff;
import com.kaeru.api.me.MeDto;
import com.kaeru.api.me.ShopMembershipDto;
import com.kaeru.api.problem.Problem;
import com.kaeru.api.shops.BrandingUpdate;
import com.kaeru.api.shops.ShopDto;
import com.kaeru.api.shops.ShopsApi;
import com.kaeru.client.ApiProblemException;
import com.kaeru.ui.testing.KaribuHarness;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ShopDashboardViewTest {
    private static final MeDto MIXED = new MeDto("mixed-staff", "翔 伊藤", "翔", "伊藤", null, List.of(
            new ShopMembershipDto("kumo-zakka", "くも雑貨店", "demo-agency", Set.of("MANAGER"),
                    Set.of("VIEW_SHOP", "PROCESS_RETURNS", "MANAGE_SETTINGS")),
            new ShopMembershipDto("sakura-apparel", "さくらアパレル", "demo-agency", Set.of("OPERATOR"),
                    Set.of("VIEW_SHOP", "PROCESS_RETURNS"))), List.of(), java.util.Map.of());

    /** Answers like the backend: shops the person belongs to, 403 problem for the others. */
    private static final ShopsApi SHOPS = new ShopsApi() {
        @Override
        public ShopDto shop(String slug) {
            return MIXED.shops().stream().filter(s -> s.slug().equals(slug)).findFirst()
                    .map(s -> new ShopDto(s.slug(), s.name(), s.agencySlug(), "ja", List.of("ja", "en"), "Asia/Tokyo",
                            "JPY", "#455A64", null))
                    .orElseThrow(() -> new ApiProblemException(new Problem("https://kaeru.app/problems/forbidden",
                            "Forbidden", 403, "You have no role in shop \"" + slug + "\".", null, List.of())));
        }

        @Override
        public ShopDto updateBranding(String slug, BrandingUpdate branding) {
            throw new UnsupportedOperationException();
        }
    };

    private final com.kaeru.admin.testing.FakeReturns returns = new com.kaeru.admin.testing.FakeReturns("mixed-staff");

    @BeforeEach
    void setUp() {
        CurrentStaff staff = new CurrentStaff() {
            @Override
            public MeDto me() {
                return MIXED;
            }
        };
        StaffBackend backend = new StaffBackend() {
            @Override
            public ShopsApi shops() {
                return SHOPS;
            }

            @Override
            public com.kaeru.api.returns.ReturnsApi returns() {
                return returns;
            }
        };
        KaribuHarness.setUp("com.kaeru.admin", new AdminI18NProvider(),
                Map.of(CurrentStaff.class, staff, StaffBackend.class, backend,
                        com.kaeru.admin.insights.InsightsSource.class, new com.kaeru.admin.testing.FakeInsights()));
        UI.getCurrent().setLocale(Locale.JAPANESE);
    }

    @AfterEach
    void tearDown() {
        KaribuHarness.tearDown();
    }

    @Test
    void startPageForwardsToTheFirstShop() {
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("shops/kumo-zakka");
        assertThat(_get(H1.class, spec -> spec.withId("shop-name")).getText()).isEqualTo("くも雑貨店");
    }

    @Test
    void showsTheRoleAndWhatItAllowsInThisShop() {
        UI.getCurrent().navigate("shops/sakura-apparel");

        assertThat(_get(Div.class, spec -> spec.withId("roles")).getElement().getTextRecursively()).isEqualTo("オペレーター");
        String permissions = _get(UnorderedList.class, spec -> spec.withId("permissions")).getElement().getTextRecursively();
        assertThat(permissions).contains("返品処理").doesNotContain("ポリシー");
    }

    @SuppressWarnings("unchecked")
    @Test
    void shopSelectorListsOnlyTheShopsOfThePersonAndFollowsTheUrl() {
        UI.getCurrent().navigate("shops/sakura-apparel");

        Select<ShopMembershipDto> select = _get(Select.class, spec -> spec.withId("shop-select"));
        assertThat(select.getListDataView().getItems().map(ShopMembershipDto::slug))
                .containsExactly("kumo-zakka", "sakura-apparel");
        assertThat(select.getValue().slug()).isEqualTo("sakura-apparel");
        assertThat(select.isEnabled()).isTrue();
    }

    @Test
    void foreignShopShowsTheBackendsRefusal() {
        UI.getCurrent().navigate("shops/umi-outdoor");

        assertThat(_get(Paragraph.class, spec -> spec.withId("access-refused")).getText()).contains("umi-outdoor");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(com.vaadin.flow.component.sidenav.SideNavItem.class))
                .isEmpty();
    }

    @Test
    void switchingLanguageRerendersTheView() {
        UI.getCurrent().navigate("shops/sakura-apparel");
        UI.getCurrent().setLocale(Locale.ENGLISH);

        assertThat(_get(Div.class, spec -> spec.withId("roles")).getElement().getTextRecursively()).isEqualTo("Operator");
    }
}
