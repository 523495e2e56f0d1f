package com.kaeru.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PostalDirectoryTest {
    private static final PostalDirectory DIRECTORY = TestDirectory.get();

    @Test
    void holdsAllOfJapan() {
        assertThat(DIRECTORY.postalCodeCount()).isGreaterThan(140_000);
        assertThat(DIRECTORY.prefectures()).hasSize(47);
        assertThat(DIRECTORY.prefectures().get(12).name()).isEqualTo("東京都");
        assertThat(DIRECTORY.source()).startsWith("jquery-jpostal-ja@");
        assertThat(DIRECTORY.dataVersion()).contains("2025");
    }

    @Test
    void aCodeFillsPrefectureCityAndTownWithKana() {
        List<PostalAddress> shibuya = DIRECTORY.addresses(code("150-0002"));
        assertThat(shibuya).singleElement().satisfies(a -> {
            assertThat(a.prefecture().name()).isEqualTo("東京都");
            assertThat(a.prefecture().kana()).isEqualTo("トウキョウト");
            assertThat(a.municipality().name()).isEqualTo("渋谷区");
            assertThat(a.municipality().kana()).isEqualTo("シブヤク");
            assertThat(a.town()).isEqualTo("渋谷");
            assertThat(a.townKana()).isEqualTo("シブヤ");
        });
    }

    @Test
    void aMultiTownCodeKeepsAllItsTowns() {
        List<PostalAddress> kasuga = DIRECTORY.addresses(code("452-0961"));
        assertThat(kasuga).hasSizeGreaterThan(60)
                .allSatisfy(a -> assertThat(a.municipality().name()).isEqualTo("清須市"))
                .extracting(PostalAddress::town).contains("春日宮重", "春日宮重町", "春日夢の森");
    }

    @Test
    void aCodeMaySpanMunicipalities() {
        assertThat(DIRECTORY.addresses(code("004-0000"))).extracting(a -> a.municipality().name())
                .containsExactly("札幌市厚別区", "札幌市清田区");
    }

    @Test
    void aCatchAllCodeNamesNoTown() {
        assertThat(DIRECTORY.addresses(code("150-0000"))).singleElement()
                .satisfies(a -> assertThat(a.isCatchAll()).isTrue());
    }

    @Test
    void highRiseFloorsKeepTownAndBuildingApart() {
        assertThat(DIRECTORY.addresses(code("100-6012"))).singleElement().satisfies(a -> {
            assertThat(a.town()).isEqualTo("霞が関");
            assertThat(a.building()).isEqualTo("霞が関ビル１２階");
        });
    }

    @Test
    void organisationsHaveTheirOwnCodeWithBlockAndName() {
        assertThat(DIRECTORY.addresses(code("163-8001"))).singleElement().satisfies(a -> {
            assertThat(a.isBusiness()).isTrue();
            assertThat(a.town()).isEqualTo("西新宿");
            assertThat(a.businessAddress()).isEqualTo("２丁目８－１");
            assertThat(a.businessName()).isEqualTo("東京都庁");
        });
    }

    @Test
    void anUnknownCodeHasNoAddresses() {
        assertThat(DIRECTORY.addresses(code("999-9999"))).isEmpty();
    }

    @Test
    void municipalitiesMayBeTypedWithoutDistrictOrWard() {
        assertThat(PostalDirectory.matchKeys("北群馬郡榛東村")).containsExactly("北群馬郡榛東村", "榛東村");
        assertThat(PostalDirectory.matchKeys("京都市中京区")).containsExactly("京都市中京区", "京都市", "中京区");
        assertThat(PostalDirectory.matchKeys("渋谷区")).containsExactly("渋谷区");
        assertThat(PostalDirectory.matchKeys("四日市市")).containsExactly("四日市市");
    }

    private static PostalCode code(String text) {
        return PostalCode.parse(text).orElseThrow();
    }
}
