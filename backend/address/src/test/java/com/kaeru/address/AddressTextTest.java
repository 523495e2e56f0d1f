package com.kaeru.address;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressTextTest {

    @ParameterizedTest
    @CsvSource({
            "渋谷２－２１－１, 渋谷2-21-1",
            "渋谷2ー21ー1, 渋谷2-21-1",
            "'渋谷 2‐21‐1　', 渋谷2-21-1",
            "霞ヶ関, 霞ケ関",
            "霞が関, 霞ケ関",
            "丸ノ内, 丸ノ内",
            "丸の内, 丸ノ内",
            "一ッ橋, 一ツ橋",
            "ＡＢＣビル, ABCビル",
            "abcビル, ABCビル",
            "センター, センター"
    })
    void foldsSpellingsThatMeanTheSame(String typed, String key) {
        assertThat(AddressText.key(typed)).isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({
            "三丁目, 3丁目",
            "北二十九条西, 北29条西",
            "十条, 10条",
            "百五番地, 105番地",
            "二〇号, 20号",
            "五番町, 5番町",
            "三田, 三田",
            "十文字町, 十文字町",
            "一ツ橋, 一ツ橋"
    })
    void japanPostsNamesGetASecondKeyWithDigitsWhereNumeralsCount(String name, String key) {
        assertThat(AddressText.keyWithDigits(name)).isEqualTo(key);
    }

    @Test
    void typedKanjiNumeralsStayAsTheyAre() {
        // 金田一 + 一丁目: which numeral belongs to the town only the directory can tell
        assertThat(AddressText.key("金田一一丁目")).isEqualTo("金田一一丁目");
    }

    @Test
    void nullIsEmpty() {
        assertThat(AddressText.key(null)).isEmpty();
    }
}
