package com.kaeru.admin.charts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link ChartData} as an Apache ECharts option object (built with Jackson, which Vaadin sends to the
 * browser as is). One look for every chart of the console: the console's palette, no animation
 * beyond a short fade, labels that fit (containLabel), the ECharts aria description switched on.
 */
public final class ChartOptions {
    /** Lumo-friendly, distinguishable in grey scale and for red-green colour blindness (Okabe-Ito order). */
    static final String[] PALETTE = {"#2F6F5E", "#E69F00", "#0072B2", "#CC79A7", "#56B4E9", "#D55E00", "#009E73",
            "#999999"};
    static final String LATE = "#D55E00";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ChartOptions() {
    }

    public static ObjectNode of(ChartData data) {
        ObjectNode option = JSON.objectNode();
        ArrayNode color = option.putArray("color");
        for (String c : PALETTE) {
            color.add(c);
        }
        option.putObject("aria").put("enabled", true);
        option.put("animationDuration", 250);
        String unit = data.unit() == null ? "" : data.unit();
        if (data.kind() == ChartData.Kind.PIE) {
            pie(option, data, unit);
            return option;
        }
        ObjectNode tooltip = option.putObject("tooltip");
        tooltip.put("trigger", "axis");
        tooltip.putObject("axisPointer").put("type", data.kind() == ChartData.Kind.LINE ? "line" : "shadow");
        ObjectNode grid = option.putObject("grid");
        grid.put("left", 8).put("right", 24).put("bottom", 8).put("containLabel", true);
        grid.put("top", data.series().stream().filter(s -> !s.tableOnly()).count() > 1 ? 36 : 16);
        if (data.series().stream().filter(s -> !s.tableOnly()).count() > 1) {
            ObjectNode legend = option.putObject("legend");
            legend.put("top", 0).put("type", "scroll");
        }
        boolean horizontal = data.kind() == ChartData.Kind.HORIZONTAL_BAR;
        ObjectNode categoryAxis = JSON.objectNode();
        categoryAxis.put("type", "category");
        ArrayNode labels = categoryAxis.putArray("data");
        for (int i = 0; i < data.categories().size(); i++) {
            String badge = data.badge(i);
            labels.add(badge == null ? data.categories().get(i) : data.categories().get(i) + "  ▲ " + badge);
        }
        if (horizontal) {
            categoryAxis.put("inverse", true);
        } else {
            categoryAxis.putObject("axisLabel").put("hideOverlap", true);
        }
        if (data.kind() == ChartData.Kind.LINE) {
            categoryAxis.put("boundaryGap", false);
        }
        ObjectNode valueAxis = JSON.objectNode();
        valueAxis.put("type", "value");
        valueAxis.put("minInterval", "%".equals(unit) ? 0 : 1);
        if (!unit.isEmpty()) {
            valueAxis.putObject("axisLabel").put("formatter", "{value} " + unit);
        }
        option.set(horizontal ? "xAxis" : "yAxis", valueAxis);
        ArrayNode series = option.putArray("series");
        for (int s = 0; s < data.series().size(); s++) {
            if (!data.series().get(s).tableOnly()) {
                series.add(series(data, s));
            }
        }
        if (data.reference() != null && !horizontal) {
            reference(option, categoryAxis, series, data);
        } else {
            option.set(horizontal ? "yAxis" : "xAxis", categoryAxis);
        }
        return option;
    }

    private static ObjectNode series(ChartData data, int index) {
        ChartData.Series source = data.series().get(index);
        ObjectNode series = JSON.objectNode();
        series.put("name", source.name());
        series.put("type", data.kind() == ChartData.Kind.LINE ? "line" : "bar");
        ArrayNode values = series.putArray("data");
        for (int i = 0; i < data.categories().size(); i++) {
            Number value = data.value(index, i);
            boolean late = data.reference() != null && i > data.reference().position();
            if (late && value != null) {
                ObjectNode item = values.addObject();
                item.put("value", value.doubleValue());
                item.putObject("itemStyle").put("color", LATE);
            } else if (value == null) {
                values.addNull();
            } else {
                values.add(value.doubleValue());
            }
        }
        switch (data.kind()) {
            case LINE -> series.put("showSymbol", data.categories().size() <= 31).put("smooth", false);
            case STACKED_BAR -> series.put("stack", "total");
            case HISTOGRAM -> series.put("barCategoryGap", "8%");
            case HORIZONTAL_BAR -> {
                series.put("barMaxWidth", 28);
                series.putObject("label").put("show", true).put("position", "right");
            }
            default -> series.put("barMaxWidth", 48);
        }
        return series;
    }

    /**
     * A vertical line between categories: ECharts puts marks on a category axis at a category's centre,
     * so the line lives on a hidden value axis laid over it (category i spans [i, i+1] there).
     */
    private static void reference(ObjectNode option, ObjectNode categoryAxis, ArrayNode series, ChartData data) {
        ArrayNode xAxes = option.putArray("xAxis");
        xAxes.add(categoryAxis);
        ObjectNode overlay = xAxes.addObject();
        overlay.put("type", "value").put("min", 0).put("max", data.categories().size()).put("show", false);
        ObjectNode carrier = series.addObject();
        carrier.put("type", "line").put("xAxisIndex", 1).put("silent", true);
        carrier.putArray("data");
        ObjectNode markLine = carrier.putObject("markLine");
        markLine.put("symbol", "none").put("silent", true).put("animation", false);
        markLine.putObject("lineStyle").put("color", LATE).put("type", "dashed").put("width", 2);
        ObjectNode line = markLine.putArray("data").addObject();
        line.put("xAxis", data.reference().position() + 0.5);
        line.putObject("label").put("formatter", data.reference().label()).put("position", "end");
    }

    private static void pie(ObjectNode option, ChartData data, String unit) {
        option.putObject("tooltip").put("trigger", "item").put("formatter", "{b}: {c}" + (unit.isEmpty() ? "" : " " + unit)
                + " ({d}%)");
        option.putObject("legend").put("type", "scroll").put("bottom", 0);
        ObjectNode series = option.putArray("series").addObject();
        series.put("type", "pie");
        series.put("name", data.series().isEmpty() ? "" : data.series().get(0).name());
        series.putArray("radius").add("38%").add("66%");
        series.putArray("center").add("50%").add("45%");
        series.putObject("label").put("formatter", "{b}\n{d}%");
        ArrayNode values = series.putArray("data");
        for (int i = 0; i < data.categories().size(); i++) {
            Number value = data.series().isEmpty() ? null : data.value(0, i);
            values.addObject().put("name", data.categories().get(i)).put("value", value == null ? 0 : value.doubleValue());
        }
    }
}
