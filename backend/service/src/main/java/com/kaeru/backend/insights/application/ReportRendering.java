package com.kaeru.backend.insights.application;

import java.time.Instant;
import java.util.Locale;

import com.kaeru.api.insights.AgencyInsightsDto;
import com.kaeru.api.insights.ShopInsightsDto;

/** Lays out a report's figures as its files (the PDF and CSV drawers in {@code insights.infrastructure}). */
public interface ReportRendering {

    /** The files of one report, complete: the PDF, the CSV in UTF-8 (with a byte-order mark) and in Shift_JIS. */
    record Files(byte[] pdf, byte[] csvUtf8, byte[] csvShiftJis) {
    }

    /** Renders every file in memory; throws, and returns nothing, when any of them cannot be made. */
    Files render(String shopName, ShopInsightsDto insights, Locale locale, Instant generatedAt);

    /** The same for an agency's roll-up report: the roll-up PDF and its CSV, one row per shop and figure. */
    Files render(String agencyName, AgencyInsightsDto rollUp, Locale locale, Instant generatedAt);
}
