package com.kaeru.backend.platform.text;

/**
 * Keeps text that came from customers, shops or integrators from running as a formula when a CSV
 * is opened in Excel, LibreOffice or Google Sheets (CSV injection): a cell starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe, so it shows as the text it was (OWASP's rule). Numbers are never strings here, so
 * negative amounts stay numbers.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
