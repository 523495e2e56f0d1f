package com.kaeru.backend.tenancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Currency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShopTest {

    private Shop shop() {
        return new Shop(new ShopSlug("sakura-apparel"), "さくらアパレル", null, "ja", ZoneId.of("Asia/Tokyo"),
                Currency.getInstance("JPY"));
    }

    @Test
    void newShopOffersJapaneseAndEnglish() {
        Shop shop = shop();
        assertThat(shop.languages()).containsExactly("ja", "en");
        assertThat(shop.defaultLanguage()).isEqualTo("ja");
        assertThat(shop.agencySlug()).isNull();
    }

    @Test
    void rebrandNormalisesColourAndBlankLogo() {
        Shop shop = shop();
        shop.rebrand("  Sakura  ", "#c2185b", " ");
        assertThat(shop.name()).isEqualTo("Sakura");
        assertThat(shop.brandColor()).isEqualTo("#C2185B");
        assertThat(shop.logoUrl()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#12345", "#1234567", "123456", "#GGGGGG"})
    void rebrandRefusesMalformedColours(String colour) {
        Shop shop = shop();
        assertThatThrownBy(() -> shop.rebrand("Sakura", colour, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(shop.brandColor()).isEqualTo("#2F6F5E");
    }

    @Test
    void refusesUnsupportedLanguage() {
        assertThatThrownBy(() -> new Shop(new ShopSlug("x-shop"), "X", null, "fr", ZoneId.of("UTC"),
                Currency.getInstance("EUR"))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A-shop", "-shop", "shop-", "sh--op", "s", "shop_1", "ショップ"})
    void slugRefusesWhatCannotBeAUrlName(String slug) {
        assertThat(ShopSlug.isValid(slug)).isFalse();
        assertThatThrownBy(() -> new ShopSlug(slug)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sakura-apparel", "umi-outdoor", "shop1", "a1"})
    void slugAcceptsUrlNames(String slug) {
        assertThat(new ShopSlug(slug).value()).isEqualTo(slug);
    }

    @Test
    void returnAddressIsUnsetUntilGivenAndNormalisesThePostalCode() {
        Shop shop = shop();
        assertThat(shop.returnAddress()).isNull();
        shop.changeReturnAddress(new ReturnAddress(" さくらアパレル 返品センター ", "2720127", "千葉県", "市川市塩浜",
                "2-13-1", " "));
        assertThat(shop.returnAddress()).isEqualTo(new ReturnAddress("さくらアパレル 返品センター", "272-0127", "千葉県",
                "市川市塩浜", "2-13-1", null));
        assertThat(shop.returnAddress().postalCode()).isEqualTo("272-0127");
    }

    @ParameterizedTest
    @ValueSource(strings = {"27-0127", "272-01270", "〒272-0127", "abc-defg", ""})
    void returnAddressRefusesMalformedPostalCodes(String postalCode) {
        assertThatThrownBy(() -> new ReturnAddress("倉庫", postalCode, "千葉県", "市川市", "1-1", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void returnAddressNeedsEveryPartButThePhone() {
        assertThatThrownBy(() -> new ReturnAddress(" ", "272-0127", "千葉県", "市川市", "1-1", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReturnAddress("倉庫", "272-0127", null, "市川市", "1-1", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReturnAddress("倉庫", "272-0127", "千葉県", "市川市", "1-1", "call us"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReturnAddress("倉庫", "272-0127", "千葉県", "市川市", "1-1", "047-000-0123").phone())
                .isEqualTo("047-000-0123");
    }

    @Test
    void offeredLanguagesIncludeTheDefaultAndKeepKaerusOrder() {
        Shop shop = new Shop(new ShopSlug("lang-shop"), "Lang", null, "ja", java.time.ZoneId.of("Asia/Tokyo"),
                java.util.Currency.getInstance("JPY"));
        shop.offerLanguages("en", java.util.List.of("en", "ja"));
        assertThat(shop.defaultLanguage()).isEqualTo("en");
        assertThat(shop.languages()).containsExactly("ja", "en");
        shop.offerLanguages("ja", java.util.List.of("ja"));
        assertThat(shop.languages()).containsExactly("ja");
        assertThatThrownBy(() -> shop.offerLanguages("en", java.util.List.of("ja")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shop.offerLanguages("ja", java.util.List.of("ja", "fr")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(shop.languages()).containsExactly("ja");
    }

    @Test
    void returnMethodsAreANonEmptySubsetWithoutRepeats() {
        Shop shop = new Shop(new ShopSlug("method-shop"), "M", null, "ja", java.time.ZoneId.of("Asia/Tokyo"),
                java.util.Currency.getInstance("JPY"));
        assertThat(shop.returnMethods()).containsExactly("PREPAID_LABEL", "DROP_OFF", "PICKUP");
        shop.offerReturnMethods(java.util.List.of("PICKUP", "PREPAID_LABEL"));
        assertThat(shop.returnMethods()).containsExactly("PICKUP", "PREPAID_LABEL");
        assertThatThrownBy(() -> shop.offerReturnMethods(java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shop.offerReturnMethods(java.util.List.of("PICKUP", "PICKUP")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shop.offerReturnMethods(java.util.List.of("POST"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refundMethodsStartWithAllThreeAndAreANonEmptySubsetWithoutRepeats() {
        Shop shop = shop();
        assertThat(shop.refundMethods()).containsExactly("ORIGINAL_PAYMENT", "STORE_CREDIT", "GIFT_CODE");
        shop.offerRefundMethods(java.util.List.of("STORE_CREDIT", "ORIGINAL_PAYMENT"));
        assertThat(shop.refundMethods()).containsExactly("STORE_CREDIT", "ORIGINAL_PAYMENT");
        assertThat(shop.offersRefundMethod("GIFT_CODE")).isFalse();
        assertThat(shop.offersRefundMethod("STORE_CREDIT")).isTrue();
        assertThatThrownBy(() -> shop.offerRefundMethods(java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shop.offerRefundMethods(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shop.offerRefundMethods(java.util.List.of("GIFT_CODE", "GIFT_CODE")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shop.offerRefundMethods(java.util.List.of("BANK_TRANSFER")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(shop.refundMethods()).containsExactly("STORE_CREDIT", "ORIGINAL_PAYMENT");
    }
}
