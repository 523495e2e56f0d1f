package com.kaeru.backend.address.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.kaeru.address.AddressCheck;
import com.kaeru.address.PostalDirectory;
import com.kaeru.api.address.AddressCheckDto;
import com.kaeru.api.address.AddressCheckRequest;
import com.kaeru.api.address.AddressFindingDto;
import com.kaeru.backend.platform.errors.InvalidRequestException;
import com.kaeru.backend.platform.errors.NotFoundException;
import com.kaeru.backend.platform.i18n.ApiMessages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the API answers, without a server: findings become field names and messages in ja/en. */
class AddressServiceTest {
    private static final AddressService SERVICE = new AddressService();

    @BeforeAll
    static void loadDirectory() {
        SERVICE.directory = PostalDirectory.load();
        SERVICE.addressCheck = new AddressCheck(SERVICE.directory);
    }

    private static AddressFindingDto only(AddressCheckDto result) {
        assertThat(result.findings()).hasSize(1);
        return result.findings().get(0);
    }

    @Test
    void aRightAddressIsCleanWithItsMatch() {
        AddressCheckDto result = SERVICE.check(new AddressCheckRequest("１５００００２", "東京都", "渋谷区", "渋谷2-21-1", null),
                ApiMessages.ENGLISH);
        assertThat(result.clean()).isTrue();
        assertThat(result.postalCode()).isEqualTo("150-0002");
        assertThat(result.match().townKana()).isEqualTo("シブヤ");
    }

    @Test
    void aMismatchNamesTheFieldAndTheRightCodeInJapanese() {
        AddressFindingDto finding = only(SERVICE.check(
                new AddressCheckRequest("150-0002", "東京都", "千代田区", "丸の内1-9-1", null), ApiMessages.JAPANESE));
        assertThat(finding.code()).isEqualTo("POSTAL_CODE_MISMATCH");
        assertThat(finding.field()).isEqualTo("city");
        assertThat(finding.suggestedPostalCodes()).containsExactly("100-0005");
        assertThat(finding.message()).isEqualTo("郵便番号 150-0002 は入力された住所と一致しません。この住所の郵便番号は 100-0005 です。");
    }

    @Test
    void aMismatchWithoutAFoundAddressNamesTheCodesAddressInEnglish() {
        AddressFindingDto finding = only(SERVICE.check(
                new AddressCheckRequest("150-0002", "東京都", "渋谷区", "存在しない町1", null), ApiMessages.ENGLISH));
        assertThat(finding.field()).isEqualTo("addressLine");
        assertThat(finding.message()).isEqualTo("Postal code 150-0002 is for 東京都渋谷区渋谷. Check the postal code and the address.");
    }

    @Test
    void aMissingBlockNumberIsAskedFor() {
        AddressFindingDto finding = only(SERVICE.check(
                new AddressCheckRequest("150-0002", "東京都", "渋谷区", "渋谷二丁目", ""), ApiMessages.JAPANESE));
        assertThat(finding.code()).isEqualTo("BLOCK_NUMBER_MISSING");
        assertThat(finding.message()).isEqualTo("番地を入力してください（例: 2-21-1）。");
    }

    @Test
    void lookupRefusesMalformedAndUnknownCodes() {
        assertThat(SERVICE.postalCode("604-0846").addresses()).singleElement()
                .satisfies(a -> assertThat(a.city() + a.town()).isEqualTo("京都市中京区金吹町"));
        assertThatThrownBy(() -> SERVICE.postalCode("12-345")).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> SERVICE.postalCode("999-9999")).isInstanceOf(NotFoundException.class);
    }
}
