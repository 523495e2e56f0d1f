/**
 * Charts in the console: {@code Chart} wraps Apache ECharts (npm {@code echarts}, Apache-2.0) as the
 * {@code <kaeru-chart>} element (frontend {@code kaeru-chart.js}); {@code ChartData} is what a chart shows
 * (categories, series, a reference line, badges), turned into the ECharts option by {@code ChartOptions}
 * and into a table by {@code ChartCard}, so the chart and its accessible table never disagree.
 */
package com.kaeru.admin.charts;
