package com.kaeru.address;

import static com.kaeru.address.FindingCode.BLOCK_NUMBER_MISSING;
import static com.kaeru.address.FindingCode.INVALID_POSTAL_CODE;
import static com.kaeru.address.FindingCode.POSTAL_CODE_MISMATCH;
import static com.kaeru.address.FindingCode.UNKNOWN_POSTAL_CODE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The address check on real addresses (public buildings and landmarks). */
class AddressCheckTest {
    private static final AddressCheck CHECK = new AddressCheck(TestDirectory.get());

    private static AddressCheckResult check(String code, String prefecture, String city, String line) {
        return CHECK.check(new AddressInput(code, prefecture, city, line, null));
    }

    private static List<String> codes(Finding finding) {
        return finding.suggestedPostalCodes().stream().map(PostalCode::toString).toList();
    }

    @Nested
    class AddressesThatAreRight {

        @Test
        void aTokyoAddress() {
            // Shibuya Hikarie
            AddressCheckResult result = check("150-0002", "東京都", "渋谷区", "渋谷2-21-1");
            assertThat(result.findings()).isEmpty();
            assertThat(result.postalCode()).hasToString("150-0002");
            assertThat(result.match().town()).isEqualTo("渋谷");
            assertThat(result.candidates()).containsExactly(result.match());
        }

        @Test
        void typedInFullWidthWithPostMark() {
            AddressCheckResult result = check("〒１５０－０００２", "東京都", "渋谷区", "渋谷２－２１－１");
            assertThat(result.findings()).isEmpty();
            assertThat(result.postalCode()).isEqualTo(new PostalCode(1500002));
        }

        @Test
        void theWholeAddressInOneLine() {
            assertThat(check("1500002", "", "", "東京都渋谷区渋谷２丁目２１番１号").findings()).isEmpty();
            assertThat(check("1500002", "東京", "", "渋谷区渋谷二丁目21番1号").findings()).isEmpty();
        }

        @Test
        void blockNumbersInKanji() {
            // Tokyo Station: 丸の内一丁目9番1号, with の typed as ノ
            AddressCheckResult result = check("100-0005", "東京都", "千代田区", "丸ノ内一丁目九番一号");
            assertThat(result.findings()).isEmpty();
            assertThat(result.match().town()).isEqualTo("丸の内");
        }

        @Test
        void aSapporoTownWithANumberInItsName() {
            // Japan Post writes 北二十九条西; people write 北29条西
            assertThat(check("001-0029", "北海道", "札幌市北区", "北29条西5丁目3-1").findings()).isEmpty();
        }

        @Test
        void aTownEndingInAKanjiNumeralBeforeAKanjiChome() {
            // 金田一 (Ninohe) + 一丁目; 小百 (Nikko) + 一丁目
            assertThat(check("028-5711", "岩手県", "二戸市", "金田一一丁目二番地").findings()).isEmpty();
            assertThat(check("321-1265", "栃木県", "日光市", "小百一丁目二番地").findings()).isEmpty();
        }

        @Test
        void theCityTypedTwiceWhenTheTownStartsLikeIt() {
            // 養父市 has a town 養父市場
            assertThat(check("667-0112", "兵庫県", "養父市", "養父市場1-2").findings()).isEmpty();
            assertThat(check("667-0112", "兵庫県", "養父市", "養父市養父市場1-2").findings()).isEmpty();
        }

        @Test
        void aDesignatedCityWithoutItsWard() {
            assertThat(check("060-0042", "北海道", "札幌市", "大通西5丁目8").findings()).isEmpty();
        }

        @Test
        void aVillageWithoutItsDistrictAndWithAza() {
            // 榛東村役場 is at 大字新井790-1; Japan Post's town is 新井, its district 北群馬郡
            AddressCheckResult result = check("370-3503", "群馬県", "榛東村", "大字新井790-1");
            assertThat(result.findings()).isEmpty();
            assertThat(result.match().municipality().name()).isEqualTo("北群馬郡榛東村");
        }

        @Test
        void anOrganisationsOwnCode() {
            // Tokyo Metropolitan Government
            AddressCheckResult result = check("163-8001", "東京都", "新宿区", "西新宿2-8-1");
            assertThat(result.findings()).isEmpty();
            assertThat(result.match().businessName()).isEqualTo("東京都庁");
        }

        @Test
        void aHighRiseFloorCode() {
            AddressCheckResult result = CHECK.check(new AddressInput("100-6012", "東京都", "千代田区", "霞が関3-2-5",
                    "霞が関ビル12階"));
            assertThat(result.findings()).isEmpty();
            assertThat(result.match().building()).isEqualTo("霞が関ビル１２階");
        }
    }

    @Nested
    class MultiTownCodes {

        @Test
        void theTypedTownPicksTheLongestMatchingTown() {
            // 452-0961 stands for 66 towns of 清須市, among them 春日宮重 and 春日宮重町
            AddressCheckResult town = check("452-0961", "愛知県", "清須市", "春日宮重町123");
            assertThat(town.candidates()).hasSizeGreaterThan(60);
            assertThat(town.findings()).isEmpty();
            assertThat(town.match().town()).isEqualTo("春日宮重町");

            assertThat(check("452-0961", "愛知県", "清須市", "春日宮重45").match().town()).isEqualTo("春日宮重");
        }

        @Test
        void noTownTypedYetMeansNoMatchButNoMismatch() {
            AddressCheckResult result = check("452-0961", "愛知県", "清須市", "");
            assertThat(result.match()).isNull();
            assertThat(result.findings()).extracting(Finding::code).containsExactly(BLOCK_NUMBER_MISSING);
        }

        @Test
        void aCodeSpanningTwoWardsMatchesTheTypedOne() {
            // 004-0000 is the catch-all of both 札幌市厚別区 and 札幌市清田区
            AddressCheckResult kiyota = check("004-0000", "北海道", "札幌市清田区", "");
            assertThat(kiyota.has(POSTAL_CODE_MISMATCH)).isFalse();
            assertThat(kiyota.match().municipality().name()).isEqualTo("札幌市清田区");
            assertThat(check("004-0000", "北海道", "札幌市厚別区", "").match().municipality().name())
                    .isEqualTo("札幌市厚別区");
        }

        @Test
        void aCatchAllCodeIsWrongForATownWithItsOwnCode() {
            Finding mismatch = check("004-0000", "北海道", "札幌市厚別区", "厚別中央1条5丁目1-1")
                    .finding(POSTAL_CODE_MISMATCH).orElseThrow();
            assertThat(codes(mismatch)).isNotEmpty().allSatisfy(code -> assertThat(code).startsWith("004-"));
        }

        @Test
        void aTownOutsideTheCodeIsAMismatchNamingTheRightCode() {
            // 清洲 is in 清須市 but has its own code
            AddressCheckResult result = check("452-0961", "愛知県", "清須市", "清洲1-1");
            Finding mismatch = result.finding(POSTAL_CODE_MISMATCH).orElseThrow();
            assertThat(mismatch.field()).isEqualTo(AddressField.ADDRESS_LINE);
            assertThat(codes(mismatch)).isNotEmpty().doesNotContain("452-0961");
            assertThat(codes(mismatch)).allSatisfy(code -> assertThat(TestDirectory.get()
                    .addresses(PostalCode.parse(code).orElseThrow()).get(0).town()).startsWith("清洲"));
        }
    }

    @Nested
    class KyotoStreetAddresses {

        @Test
        void theTownFollowsTheStreetAndDirection() {
            // Kyoto International Manga Museum: 烏丸通御池上ル金吹町452
            AddressCheckResult result = check("604-0846", "京都府", "京都市中京区", "烏丸通御池上ル金吹町452");
            assertThat(result.findings()).isEmpty();
            assertThat(result.match().town()).isEqualTo("金吹町");
        }

        @ParameterizedTest
        @ValueSource(strings = {"寺町通御池上る上本能寺前町488", "寺町通御池上がる上本能寺前町488番地",
                "寺町御池東入上本能寺前町488", "上本能寺前町488"})
        void everyWayOfWritingTheDirections(String line) {
            // Kyoto City Hall's town, with its residential code
            AddressCheckResult result = check("604-0925", "京都府", "京都市中京区", line);
            assertThat(result.findings()).isEmpty();
            assertThat(result.match().town()).isEqualTo("上本能寺前町");
        }

        @Test
        void aTownWithKanjiNumberAndNoBlockIsFlagged() {
            // 二条殿町 must not count its 二(条) as a block number
            AddressCheckResult result = check("604-0845", "京都府", "京都市中京区", "烏丸通御池上る二条殿町");
            assertThat(result.match().town()).isEqualTo("二条殿町");
            assertThat(result.findings()).extracting(Finding::code).containsExactly(BLOCK_NUMBER_MISSING);
        }

        @Test
        void theWrongCodeForAKyotoTownSuggestsItsCodes() {
            // 中京区 has two towns named 大黒町, with different codes: both are offered
            AddressCheckResult result = check("604-0846", "京都府", "京都市中京区", "河原町通三条下る大黒町1");
            Finding mismatch = result.finding(POSTAL_CODE_MISMATCH).orElseThrow();
            assertThat(codes(mismatch)).contains("604-0014", "604-8031").allSatisfy(code -> assertThat(
                    TestDirectory.get().addresses(PostalCode.parse(code).orElseThrow()).get(0).town()).isEqualTo("大黒町"));
            assertThat(check("604-8031", "京都府", "京都市中京区", "河原町通三条下る大黒町1").findings()).isEmpty();
        }
    }

    @Nested
    class MissingBlockNumbers {

        @ParameterizedTest
        @ValueSource(strings = {"渋谷", "渋谷二丁目", "渋谷2丁目", "渋谷２丁目"})
        void aTownOrChomeAloneIsNotEnough(String line) {
            AddressCheckResult result = check("150-0002", "東京都", "渋谷区", line);
            assertThat(result.findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(BLOCK_NUMBER_MISSING);
                assertThat(f.field()).isEqualTo(AddressField.ADDRESS_LINE);
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"渋谷2-21-1", "渋谷二丁目21番1号", "渋谷2丁目21", "渋谷21番地", "渋谷二十一番地",
                "渋谷2の21の1", "渋谷二の二十一", "渋谷二丁目二十一", "渋谷 番地なし"})
        void anyBlockNumberWillDo(String line) {
            assertThat(check("150-0002", "東京都", "渋谷区", line).findings()).isEmpty();
        }

        @Test
        void anOrganisationsCodeSuggestsItsBlock() {
            Finding missing = check("163-8001", "東京都", "新宿区", "西新宿").finding(BLOCK_NUMBER_MISSING).orElseThrow();
            assertThat(missing.suggestedAddresses()).extracting(PostalAddress::businessAddress).containsExactly("２丁目８－１");
        }
    }

    @Nested
    class CodeAndAddressDisagree {

        @Test
        void anotherCitySuggestsTheCodeOfTheTypedAddress() {
            // Tokyo Station's address with Shibuya's code
            AddressCheckResult result = check("150-0002", "東京都", "千代田区", "丸の内1-9-1");
            assertThat(result.match()).isNull();
            Finding mismatch = result.finding(POSTAL_CODE_MISMATCH).orElseThrow();
            assertThat(mismatch.field()).isEqualTo(AddressField.CITY);
            assertThat(codes(mismatch)).containsExactly("100-0005");
            assertThat(mismatch.suggestedAddresses()).isEmpty();
            assertThat(result.has(BLOCK_NUMBER_MISSING)).isFalse();
        }

        @Test
        void anotherPrefecture() {
            Finding mismatch = check("150-0002", "大阪府", "渋谷区", "渋谷2-21-1").finding(POSTAL_CODE_MISMATCH)
                    .orElseThrow();
            assertThat(mismatch.field()).isEqualTo(AddressField.PREFECTURE);
            assertThat(mismatch.suggestedAddresses()).extracting(a -> a.prefecture().name()).containsExactly("東京都");
        }

        @Test
        void aTownHalfTypedIsNotAMismatchYet() {
            AddressCheckResult result = check("150-0002", "東京都", "渋谷区", "渋");
            assertThat(result.findings()).extracting(Finding::code).containsExactly(BLOCK_NUMBER_MISSING);
            assertThat(result.match().town()).isEqualTo("渋谷");
        }

        @Test
        void aTownNotFoundAnywhereSuggestsTheCodesAddress() {
            Finding mismatch = check("150-0002", "東京都", "渋谷区", "存在しない町1-1").finding(POSTAL_CODE_MISMATCH)
                    .orElseThrow();
            assertThat(mismatch.field()).isEqualTo(AddressField.ADDRESS_LINE);
            assertThat(mismatch.suggestedPostalCodes()).isEmpty();
            assertThat(mismatch.suggestedAddresses()).extracting(PostalAddress::town).containsExactly("渋谷");
        }

        @Test
        void aCatchAllCodeForATownWithItsOwnCode() {
            Finding mismatch = check("150-0000", "東京都", "渋谷区", "渋谷2-21-1").finding(POSTAL_CODE_MISMATCH)
                    .orElseThrow();
            assertThat(codes(mismatch)).containsExactly("150-0002");
        }

        @Test
        void aCatchAllCodeForATownWithoutOneIsRight() {
            assertThat(check("150-0000", "東京都", "渋谷区", "どこか1-1").findings()).isEmpty();
        }

        @Test
        void anotherBuildingThanTheFloorCodes() {
            AddressCheckResult result = CHECK.check(new AddressInput("100-6012", "東京都", "千代田区", "霞が関3-2-5",
                    "新宿センタービル12階"));
            Finding mismatch = result.finding(POSTAL_CODE_MISMATCH).orElseThrow();
            assertThat(mismatch.field()).isEqualTo(AddressField.BUILDING);
            assertThat(codes(mismatch)).containsExactly("100-0013");
        }
    }

    @Nested
    class CodesThatAreWrong {

        @Test
        void anUnknownCodeSuggestsTheCodeOfTheTypedAddress() {
            AddressCheckResult result = check("999-9999", "東京都", "渋谷区", "渋谷2-21-1");
            assertThat(result.postalCode()).hasToString("999-9999");
            assertThat(result.candidates()).isEmpty();
            Finding unknown = result.finding(UNKNOWN_POSTAL_CODE).orElseThrow();
            assertThat(unknown.field()).isEqualTo(AddressField.POSTAL_CODE);
            assertThat(codes(unknown)).containsExactly("150-0002");
            assertThat(result.findings()).hasSize(1);
        }

        @ParameterizedTest
        @CsvSource(value = {"150-00", "''", "NULL", "abc-defg"}, nullValues = "NULL")
        void anIncompleteCodeIsInvalid(String code) {
            AddressCheckResult result = check(code, "東京都", "渋谷区", "渋谷2-21-1");
            assertThat(result.postalCode()).isNull();
            assertThat(result.finding(INVALID_POSTAL_CODE).orElseThrow().suggestedPostalCodes())
                    .containsExactly(new PostalCode(1500002));
        }

        @Test
        void anEmptyFormHasOnlyFindingsNoErrors() {
            AddressCheckResult result = CHECK.check(new AddressInput(null, null, null, null, null));
            assertThat(result.findings()).extracting(Finding::code).containsExactly(INVALID_POSTAL_CODE, BLOCK_NUMBER_MISSING);
        }
    }
}
