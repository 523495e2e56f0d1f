package com.kaeru.backend.coupons.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import com.kaeru.backend.platform.errors.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The coupon's moves and value rules, without a server. */
class CouponTest {
    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    private static Coupon active() {
        return Coupon.issue(1, CouponValue.amount(500, "JPY"), NOW.plus(Duration.ofDays(30)),
                new Coupon.Issue("hanako@example.jp", "Sorry for the wait", "RMA-1", null), "sakura-manager", NOW);
    }

    @Test
    void aNewCouponIsActiveWithACanonicalCodeAndItsFacts() {
        Coupon c = active();
        assertThat(c.status()).isEqualTo(CouponStatus.ACTIVE);
        assertThat(c.code()).matches("[2-9A-HJ-NP-Z]{12}");
        assertThat(c.displayCode()).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
        assertThat(c.value()).isEqualTo(CouponValue.amount(500, "JPY"));
        assertThat(c.issuedToEmail()).isEqualTo("hanako@example.jp");
        assertThat(c.rmaNumber()).isEqualTo("RMA-1");
        assertThat(c.isExpiredAt(NOW)).isFalse();
    }

    @Test
    void redeemingOnceSetsTheOrderAndRepeatingTheSameRedemptionChangesNothing() {
        Coupon c = active();
        assertThat(c.redeem(" SA-20001 ", "key-1", "api-key:pos", NOW.plusSeconds(60))).isTrue();
        assertThat(c.status()).isEqualTo(CouponStatus.REDEEMED);
        assertThat(c.orderReference()).isEqualTo("SA-20001");
        assertThat(c.redeemedBy()).isEqualTo("api-key:pos");
        assertThat(c.redeem("SA-20001", "key-1", "api-key:pos", NOW.plusSeconds(120))).isFalse();
        assertThat(c.redeem("SA-20001", null, "api-key:pos", NOW.plusSeconds(120))).isFalse();
        assertThat(c.redeemedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aSecondDifferentRedemptionIsAConflict() {
        Coupon c = active();
        c.redeem("SA-20001", "key-1", "pos", NOW);
        assertThatThrownBy(() -> c.redeem("SA-20002", "key-2", "pos", NOW)).isInstanceOf(CouponConflictException.class)
                .hasMessageContaining("problem.coupon.already-redeemed");
        // The same key for another order is a reused key, and the same order under another key is no repeat.
        assertThatThrownBy(() -> c.redeem("SA-20002", "key-1", "pos", NOW))
                .hasMessageContaining("problem.coupon.idempotency-key-reused");
        assertThatThrownBy(() -> c.redeem("SA-20001", "key-2", "pos", NOW)).isInstanceOf(CouponConflictException.class);
        assertThat(c.orderReference()).isEqualTo("SA-20001");
    }

    @Test
    void anExpiredCouponCannotBeRedeemedButStaysActiveInTheBooks() {
        Coupon c = active();
        Instant expiry = c.expiresAt();
        assertThatThrownBy(() -> c.redeem("SA-1", null, "pos", expiry)).isInstanceOf(CouponExpiredException.class);
        assertThat(c.status()).isEqualTo(CouponStatus.ACTIVE);
        assertThat(c.redeem("SA-1", null, "pos", expiry.minusMillis(1))).isTrue();
    }

    @Test
    void voidingWithdrawsAnUnusedCouponOnceAndNeverAUsedOne() {
        Coupon c = active();
        assertThat(c.voidIt("issued by mistake", "sakura-manager", NOW)).isTrue();
        assertThat(c.voidIt("again", "sakura-manager", NOW)).isFalse();
        assertThat(c.voidReason()).isEqualTo("issued by mistake");
        assertThatThrownBy(() -> c.redeem("SA-1", null, "pos", NOW)).hasMessageContaining("problem.coupon.voided");

        Coupon used = active();
        used.redeem("SA-1", null, "pos", NOW);
        assertThatThrownBy(() -> used.voidIt("late", "sakura-manager", NOW)).isInstanceOf(CouponConflictException.class);
        assertThat(used.status()).isEqualTo(CouponStatus.REDEEMED);
    }

    @Test
    void expiryMustLieAheadAndWithinThreeYears() {
        var value = CouponValue.percent(10);
        var why = new Coupon.Issue(null, "goodwill", null, null);
        assertThatThrownBy(() -> Coupon.issue(1, value, NOW, why, "m", NOW)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Coupon.issue(1, value, NOW.plus(Duration.ofDays(Coupon.MAX_VALID_DAYS + 1)), why, "m", NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThat(Coupon.issue(1, value, NOW.plus(Duration.ofDays(Coupon.MAX_VALID_DAYS)), why, "m", NOW).value().percent())
                .isEqualTo(10);
    }

    @Test
    void aValueIsExactlyOneOfAnAmountAndAPercentage() {
        assertThatThrownBy(() -> new CouponValue(null, null, null)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new CouponValue(500L, "JPY", 10)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CouponValue.amount(0, "JPY")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CouponValue.amount(CouponValue.MAX_AMOUNT_MINOR + 1, "JPY"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CouponValue.percent(0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CouponValue.percent(101)).isInstanceOf(InvalidValueException.class);
        assertThat(CouponValue.percent(100).isPercent()).isTrue();
    }

    @Test
    void codesAreTypableWhateverTheKeyboard() {
        String code = CouponCode.generate();
        String shown = CouponCode.display(code);
        assertThat(CouponCode.normalise(shown)).contains(code);
        assertThat(CouponCode.normalise(shown.toLowerCase())).contains(code);
        assertThat(CouponCode.normalise(" " + shown.replace("-", " ") + " ")).contains(code);
        // Full-width (全角) input with a long-vowel mark typed for the hyphen.
        StringBuilder fullWidth = new StringBuilder();
        for (char ch : shown.toCharArray()) {
            fullWidth.append(ch == '-' ? 'ー' : (char) (ch - 0x21 + 0xFF01));
        }
        assertThat(CouponCode.normalise(fullWidth.toString())).contains(code);
        // Characters people confuse are not in the alphabet, so a code with them is no code.
        assertThat(CouponCode.normalise("0000-IIII-OOOO")).isEmpty();
        assertThat(CouponCode.normalise("ABCD-EFGH")).isEmpty();
        assertThat(CouponCode.normalise(null)).isEmpty();
    }

    @Test
    void codesDoNotRepeatAndUseTheWholeAlphabet() {
        Set<String> codes = new HashSet<>();
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = CouponCode.generate();
            codes.add(code);
            code.chars().forEach(ch -> seen.add((char) ch));
        }
        assertThat(codes).hasSize(10_000);
        assertThat(seen).hasSize(CouponCode.ALPHABET.length());
    }
}
