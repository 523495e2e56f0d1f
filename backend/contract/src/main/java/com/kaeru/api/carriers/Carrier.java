package com.kaeru.api.carriers;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The carriers whose tracking numbers Kaeru links to. Their public tracking pages live here and
 * nowhere else, so the e-mail, the portal and the console all show the same link.
 */
public enum Carrier {
    YAMATO("ヤマト運輸", "Yamato Transport",
            "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01="),
    SAGAWA("佐川急便", "Sagawa Express",
            "https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo="),
    JAPAN_POST("日本郵便", "Japan Post",
            "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1=");

    private final String japaneseName;
    private final String englishName;
    private final String trackingPrefix;

    Carrier(String japaneseName, String englishName, String trackingPrefix) {
        this.japaneseName = japaneseName;
        this.englishName = englishName;
        this.trackingPrefix = trackingPrefix;
    }

    /** The carrier's name as a Japanese or English reader knows it. */
    public String displayName(String language) {
        return "ja".equals(language) ? japaneseName : englishName;
    }

    /** The carrier's public tracking page for one number (hyphens and spaces removed, as they print them). */
    public String trackingUrl(String trackingNumber) {
        String digits = trackingNumber.replaceAll("[\\s\\-]", "");
        return trackingPrefix + URLEncoder.encode(digits, StandardCharsets.UTF_8);
    }

    /**
     * The carrier a shop system, a warehouse or a person wrote: the code ({@code YAMATO}), the
     * company name in Japanese or English, or a usual short form (ヤマト, クロネコ, 佐川, ゆうパック).
     */
    public static Optional<Carrier> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (t.startsWith("yamato") || t.contains("ヤマト") || t.contains("クロネコ") || t.contains("kuroneko")) {
            return Optional.of(YAMATO);
        }
        if (t.startsWith("sagawa") || t.contains("佐川")) {
            return Optional.of(SAGAWA);
        }
        if (t.startsWith("japan_post") || t.equals("japanpost") || t.contains("日本郵便") || t.contains("ゆうパック")
                || t.contains("郵便")) {
            return Optional.of(JAPAN_POST);
        }
        return Optional.empty();
    }

    /** The tracking page for what was recorded, or {@code null} for a carrier Kaeru does not know. */
    public static String trackingUrl(String carrier, String trackingNumber) {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            return null;
        }
        return parse(carrier).map(c -> c.trackingUrl(trackingNumber)).orElse(null);
    }
}
