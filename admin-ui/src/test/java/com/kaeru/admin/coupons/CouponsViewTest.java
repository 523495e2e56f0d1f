package com.kaeru.admin.coupons;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.kaeru.admin.testing.Console;
import com.kaeru.api.coupons.CouponDto;
import com.kaeru.api.coupons.CouponStatus;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CouponsViewTest {
    private static final Instant T = Instant.parse("2026-12-03T15:30:00Z");

    private static void coupons() {
        var api = Console.coupons();
        api.coupons.add(new CouponDto("7KQM-3XRB-HN2W", 500L, "JPY", null, T.plusSeconds(86_400 * 30), CouponStatus.ACTIVE,
                "hanako@example.jp", "入荷待ちのお詫び", "R-000123", "sakura-manager", T, null, null, null, null, null, null));
        api.coupons.add(new CouponDto("ABCD-EFGH-JKLM", null, null, 10, T.plusSeconds(86_400), CouponStatus.REDEEMED,
                null, "VIP", null, "sakura-manager", T, "SA-20001", T.plusSeconds(60), "POS", null, null, null));
        api.coupons.add(new CouponDto("2345-6789-ABCD", 300L, "JPY", null, T.minusSeconds(60), CouponStatus.EXPIRED,
                null, "Old", null, "sakura-manager", T.minusSeconds(86_400 * 40), null, null, null, null, null, null));
    }

    @AfterEach
    void tearDown() {
        Console.stop();
    }

    @SuppressWarnings("unchecked")
    private static Grid<CouponDto> grid() {
        return _get(Grid.class, spec -> spec.withId("coupons-grid"));
    }

    @SuppressWarnings("unchecked")
    @Test
    void anOperatorReadsAndFiltersButNeitherIssuesNorVoids() {
        Console.start("sakura-operator", "OPERATOR");
        coupons();
        UI.getCurrent().navigate("shops/sakura-apparel/coupons");
        assertThat(GridKt._size(grid())).isEqualTo(3);
        assertThat(GridKt._getFormatted(grid(), 0, "value")).isEqualTo("￥500引き");
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("有効");
        assertThat(GridKt._getFormatted(grid(), 0, "reason")).isEqualTo("入荷待ちのお詫び（R-000123）");
        assertThat(GridKt._getFormatted(grid(), 1, "value")).isEqualTo("10%引き");
        assertThat(GridKt._getFormatted(grid(), 1, "outcome")).startsWith("注文 SA-20001（POS、");
        // Times in the shop's zone (Asia/Tokyo).
        assertThat(GridKt._getFormatted(grid(), 0, "issued")).isEqualTo("sakura-manager · 2026/12/04 0:30");

        _get(ComboBox.class, spec -> spec.withId("coupon-status-filter")).setValue(CouponStatus.EXPIRED);
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("期限切れ");
        _get(ComboBox.class, spec -> spec.withId("coupon-status-filter")).clear();
        _get(TextField.class, spec -> spec.withId("coupon-search")).setValue("hanako@example.jp");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid(), 0, "code")).isEqualTo("7KQM-3XRB-HN2W");

        assertThat(_find(Button.class, spec -> spec.withId("coupon-issue"))).isEmpty();
        assertThat(GridKt._getCellComponent(grid(), 0, "actions")).isNotInstanceOf(Button.class);
    }

    @SuppressWarnings("unchecked")
    @Test
    void aManagerIssuesAYenCouponValidThroughAShopDayAndSeesItsCode() {
        Console.start("sakura-manager", "MANAGER");
        coupons();
        UI.getCurrent().navigate("shops/sakura-apparel/coupons");
        _click(_get(Button.class, spec -> spec.withId("coupon-issue")));
        // Nothing goes out without a reason.
        _get(IntegerField.class, spec -> spec.withId("coupon-amount")).setValue(1000);
        _click(_get(Button.class, spec -> spec.withId("coupon-issue-save")));
        assertThat(_get(TextField.class, spec -> spec.withId("coupon-reason")).isInvalid()).isTrue();
        assertThat(Console.coupons().issued).isEmpty();

        _get(DatePicker.class, spec -> spec.withId("coupon-valid-through")).setValue(LocalDate.of(2027, 3, 31));
        _get(EmailField.class, spec -> spec.withId("coupon-email")).setValue("hanako@example.jp");
        _get(TextField.class, spec -> spec.withId("coupon-reason")).setValue("入荷遅延のお詫び");
        _get(TextField.class, spec -> spec.withId("coupon-rma")).setValue("R-000200");
        _click(_get(Button.class, spec -> spec.withId("coupon-issue-save")));

        var request = Console.coupons().issued.get(0);
        assertThat(request.amountMinor).isEqualTo(1000L);
        assertThat(request.percent).isNull();
        // Valid through 31 March in Tokyo: it expires when 1 April begins there (15:00 UTC the day before).
        assertThat(request.expiresAt).isEqualTo(Instant.parse("2027-03-31T15:00:00Z"));
        assertThat(request.issuedToEmail).isEqualTo("hanako@example.jp");
        assertThat(request.rmaNumber).isEqualTo("R-000200");
        assertThat(_get(TextField.class, spec -> spec.withId("coupon-issued-code")).getValue()).isEqualTo("NEWC-ODE2-2345");
        _click(_get(Button.class, spec -> spec.withId("coupon-issued-done")));
        assertThat(GridKt._size(grid())).isEqualTo(4);
        assertThat(GridKt._getFormatted(grid(), 0, "value")).isEqualTo("￥1,000引き");
    }

    @SuppressWarnings("unchecked")
    @Test
    void aPercentageCouponSendsOnlyThePercentAndTheBackendsRefusalLandsBesideTheField() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("shops/sakura-apparel/coupons");
        _click(_get(Button.class, spec -> spec.withId("coupon-issue")));
        _get(IntegerField.class, spec -> spec.withId("coupon-amount")).setValue(1000);
        _get(RadioButtonGroup.class, spec -> spec.withId("coupon-kind")).setValue("PERCENT");
        _get(IntegerField.class, spec -> spec.withId("coupon-percent")).setValue(15);
        _get(TextField.class, spec -> spec.withId("coupon-reason")).setValue("VIP");
        _click(_get(Button.class, spec -> spec.withId("coupon-issue-save")));
        var request = Console.coupons().issued.get(0);
        assertThat(request.percent).isEqualTo(15);
        assertThat(request.amountMinor).isNull();
        assertThat(GridKt._getFormatted(grid(), 0, "value")).isEqualTo("15% off");
    }

    @SuppressWarnings("unchecked")
    @Test
    void aManagerWithdrawsAnUnusedCouponWithAReasonButNotAUsedOne() {
        Console.start("sakura-manager", "MANAGER");
        coupons();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("shops/sakura-apparel/coupons");
        // Grid cells are rendered on demand: the action of a row is its cell's component.
        assertThat(GridKt._getCellComponent(grid(), 1, "actions")).isNotInstanceOf(Button.class);
        Button withdraw = (Button) GridKt._getCellComponent(grid(), 0, "actions");
        assertThat(withdraw.getId()).hasValue("coupon-void-7KQM-3XRB-HN2W");
        _click(withdraw);
        _click(_get(Button.class, spec -> spec.withId("coupon-void-confirm")));
        assertThat(_get(TextField.class, spec -> spec.withId("coupon-void-reason")).isInvalid()).isTrue();
        _get(TextField.class, spec -> spec.withId("coupon-void-reason")).setValue("Wrong customer");
        _click(_get(Button.class, spec -> spec.withId("coupon-void-confirm")));
        assertThat(GridKt._getFormatted(grid(), 0, "status")).isEqualTo("Withdrawn");
        assertThat(GridKt._getFormatted(grid(), 0, "outcome")).startsWith("Wrong customer (sakura-manager, ");
        // The expired one may still be withdrawn, to tidy the list.
        assertThat(GridKt._getCellComponent(grid(), 2, "actions").getId()).hasValue("coupon-void-2345-6789-ABCD");
    }

    @Test
    void anotherShopIsRefused() {
        Console.start("sakura-operator", "OPERATOR");
        UI.getCurrent().navigate("shops/kumo-zakka/coupons");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("access-refused")).getText())
                .contains("kumo-zakka");
    }

    @SuppressWarnings("unchecked")
    @Test
    void aManagerSetsTheCouponForCancelledBackordersAndOperatorsReadIt() {
        Console.start("sakura-manager", "MANAGER");
        UI.getCurrent().navigate("shops/sakura-apparel/coupons");
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("coupon-offer-now")).getText())
                .startsWith("入荷待ちの交換をキャンセルして返金を選んだお客様へのクーポンはありません");
        _get(RadioButtonGroup.class, spec -> spec.withId("coupon-offer-kind")).setValue("PERCENT");
        _get(IntegerField.class, spec -> spec.withId("coupon-offer-percent")).setValue(10);
        _get(IntegerField.class, spec -> spec.withId("coupon-offer-days")).setValue(30);
        _click(_get(Button.class, spec -> spec.withId("coupon-offer-save")));
        assertThat(Console.coupons().offer.percent).isEqualTo(10);
        assertThat(Console.coupons().offer.validDays).isEqualTo(30);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("coupon-offer-now")).getText())
                .isEqualTo("入荷待ちの交換をキャンセルして返金を選んだお客様に、10%引きのクーポン（30日間有効）を発行します。");
        Console.stop();

        Console.start("sakura-operator", "OPERATOR");
        UI.getCurrent().navigate("shops/sakura-apparel/coupons");
        assertThat(_find(Button.class, spec -> spec.withId("coupon-offer-save"))).isEmpty();
    }
}
