package com.kaeru.portal.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrandColorsTest {

    @ParameterizedTest
    @CsvSource({"#C2185B,#FFFFFF", "#2F6F5E,#FFFFFF", "#000000,#FFFFFF", "#FFFFFF,#1A1A1A", "#FFEB3B,#1A1A1A",
            "#00796B,#FFFFFF"})
    void picksTheMoreReadableTextColour(String brand, String expectedText) {
        assertThat(BrandColors.textOn(brand)).isEqualTo(expectedText);
    }

    @ParameterizedTest
    @CsvSource({"#C2185B", "#2F6F5E", "#00796B", "#455A64", "#FFEB3B", "#777777"})
    void chosenTextMeetsWcagAaForLargeText(String brand) {
        double ratio = BrandColors.contrast(BrandColors.luminance(BrandColors.textOn(brand)), BrandColors.luminance(brand));
        assertThat(ratio).isGreaterThanOrEqualTo(3.0);
    }
}
