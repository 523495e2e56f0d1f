package com.kaeru.admin.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The ECharts option each kind of chart becomes (also written to target/chart-samples for a look in a browser). */
class ChartOptionsTest {

    private static ObjectNode option(String name, ChartData data) throws IOException {
        ObjectNode option = ChartOptions.of(data);
        Path dir = Path.of("target", "chart-samples");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".json"), option.toPrettyString());
        return option;
    }

    @Test
    void lineOverTimeHasOneValuePerDayAndTheAriaDescription() throws IOException {
        ObjectNode o = option("line", new ChartData(ChartData.Kind.LINE, "日付", List.of("2026-11-01", "2026-11-02", "2026-11-03"),
                List.of(new ChartData.Series("返品件数", List.of(3, 5, 0))), null));

        assertThat(o.at("/xAxis/data").size()).isEqualTo(3);
        assertThat(o.at("/series/0/type").asText()).isEqualTo("line");
        assertThat(o.at("/series/0/data/1").asDouble()).isEqualTo(5);
        assertThat(o.at("/aria/enabled").asBoolean()).isTrue();
        assertThat(o.has("legend")).isFalse();
    }

    @Test
    void pieHasNamedSlices() throws IOException {
        ObjectNode o = option("pie", new ChartData(ChartData.Kind.PIE, "対応", List.of("交換", "返金"),
                List.of(new ChartData.Series("返品件数", List.of(25, 17))), null));

        assertThat(o.at("/series/0/type").asText()).isEqualTo("pie");
        assertThat(o.at("/series/0/data/0/name").asText()).isEqualTo("交換");
        assertThat(o.at("/series/0/data/1/value").asDouble()).isEqualTo(17);
    }

    @Test
    void horizontalBarsRankTopDownWithTheFitSignalOnTheLabelAndTableOnlySeriesLeftOut() throws IOException {
        ObjectNode o = option("hbar", new ChartData(ChartData.Kind.HORIZONTAL_BAR, "バリエーション",
                List.of("LINEN-SHIRT-S-WHITE", "DENIM-30"), List.of(new ChartData.Series("返品点数", List.of(9, 4)),
                new ChartData.Series("返品率", List.of(15.0, 5.0), true, "%")), null, null, Arrays.asList("小さめ", null)));

        assertThat(o.at("/yAxis/type").asText()).isEqualTo("category");
        assertThat(o.at("/yAxis/inverse").asBoolean()).isTrue();
        assertThat(o.at("/yAxis/data/0").asText()).isEqualTo("LINEN-SHIRT-S-WHITE  ▲ 小さめ");
        assertThat(o.at("/yAxis/data/1").asText()).isEqualTo("DENIM-30");
        assertThat(o.at("/series").size()).isEqualTo(1);
    }

    @Test
    void histogramMarksTheReferenceBetweenBucketsAndColoursWhatLiesBeyond() throws IOException {
        ObjectNode o = option("histogram", new ChartData(ChartData.Kind.HISTOGRAM, "時間",
                List.of("0〜6", "6〜12", "12〜24", "24〜48", "48+"),
                List.of(new ChartData.Series("返金件数", List.of(10, 8, 5, 2, 1))), null,
                new ChartData.Reference(2.5, "24時間"), null));

        assertThat(o.at("/series/1/markLine/data/0/xAxis").asDouble()).isEqualTo(3.0);
        assertThat(o.at("/xAxis/1/max").asInt()).isEqualTo(5);
        assertThat(o.at("/series/1/xAxisIndex").asInt()).isEqualTo(1);
        assertThat(o.at("/series/1/markLine/data/0/label/formatter").asText()).isEqualTo("24時間");
        assertThat(o.at("/series/0/data/2").isNumber()).isTrue();
        assertThat(o.at("/series/0/data/3/itemStyle/color").asText()).isEqualTo(ChartOptions.LATE);
    }

    @Test
    void nothingToDrawIsEmpty() {
        assertThat(new ChartData(ChartData.Kind.BAR, "x", List.of("a"), List.of(new ChartData.Series("s", List.of(0))),
                null).isEmpty()).isTrue();
        assertThat(new ChartData(ChartData.Kind.BAR, "x", List.of(), List.of(), null).isEmpty()).isTrue();
    }
}
