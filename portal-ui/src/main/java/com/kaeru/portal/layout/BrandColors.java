package com.kaeru.portal.layout;

/**
 * Readable text on the shop's colour: white or near-black, whichever has the higher WCAG 2
 * contrast ratio against the brand colour.
 */
public final class BrandColors {
    public static final String LIGHT_TEXT = "#FFFFFF";
    public static final String DARK_TEXT = "#1A1A1A";

    private BrandColors() {
    }

    public static String textOn(String hexColor) {
        double background = luminance(hexColor);
        double withLight = contrast(luminance(LIGHT_TEXT), background);
        double withDark = contrast(luminance(DARK_TEXT), background);
        return withLight >= withDark ? LIGHT_TEXT : DARK_TEXT;
    }

    static double contrast(double a, double b) {
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
