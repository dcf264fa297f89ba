package dev.opsuite.console.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * A horizontal bar chart the server draws as SVG ({@code {#bars chart=... /}}, templates/tags/bars.html): no chart
 * library, no script, printable, and read out by a screen reader as its table. Values are never negative.
 */
public record BarChart(String title, List<Bar> bars, BigDecimal scale) {

    /** One bar: its label, its value (for the length) and the text shown at its end (e.g. "USD 333.30", "66.7 %"). */
    public record Bar(String label, BigDecimal value, String text) {

        public Bar {
            value = value == null || value.signum() < 0 ? BigDecimal.ZERO : value;
        }
    }

    public static final int ROW = 28;
    public static final int LABEL_WIDTH = 180;
    public static final int BAR_WIDTH = 360;

    public BarChart {
        bars = List.copyOf(bars);
    }

    /** Bars relative to the largest. */
    public BarChart(String title, List<Bar> bars) {
        this(title, bars, null);
    }

    /** Percentages: a full bar is 100 %, so that one technician at 4 % does not fill the width. */
    public static BarChart percent(String title, List<Bar> bars) {
        return new BarChart(title, bars, BigDecimal.valueOf(100));
    }

    public int height() {
        return Math.max(bars.size(), 1) * ROW + 8;
    }

    public int width() {
        return LABEL_WIDTH + BAR_WIDTH + 120;
    }

    /** The length of bar i in pixels, relative to the scale (the largest, unless given). */
    public int length(Bar bar) {
        BigDecimal max = bars.stream().map(Bar::value).reduce(scale == null ? BigDecimal.ZERO : scale, BigDecimal::max);
        if (max.signum() == 0) {
            return 0;
        }
        return bar.value().multiply(BigDecimal.valueOf(BAR_WIDTH)).divide(max, 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    /** Where the bars start (the labels end to their left). */
    public int barX() {
        return LABEL_WIDTH;
    }

    public int y(int index) {
        return index * ROW + 4;
    }
}
