package com.kaeru.backend.notifications.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Currency;

import com.kaeru.backend.tenancy.domain.Shop;
import com.kaeru.backend.tenancy.domain.ShopSlug;
import org.junit.jupiter.api.Test;

/** The HTML part of customer and staff e-mails, fed with text a customer wrote. */
class EmailHtmlTest {
    private static Shop shop(String name) {
        Shop shop = new Shop(new ShopSlug("html-test"), name, null, "ja", ZoneId.of("Asia/Tokyo"), Currency.getInstance("JPY"));
        shop.rebrand(name, "#2F6F5E", null);
        return shop;
    }

    @Test
    void aQuoteInACommentCannotLeaveTheLinkAttribute() {
        String comment = "届いた商品が違います https://evil.example/x\"onmouseover=\"alert(document.cookie)\"style=\"x 確認してください";
        String html = EmailComposer.html(shop("くも雑貨店"), "返品について", comment);
        // The link ends at the quote; the rest is text, its quotes escaped.
        assertThat(html).contains("<a href=\"https://evil.example/x\">https://evil.example/x</a>");
        assertThat(html).doesNotContain("\"onmouseover").doesNotContain("onmouseover=\"");
        // The template engine's escaper also escapes "=" (&#x3D;), which browsers read back as "=".
        assertThat(html).contains("&quot;onmouseover&#x3D;&quot;alert(document.cookie)&quot;");
    }

    @Test
    void markupAndQuotesFromEveryTextAreEscaped() {
        String html = EmailComposer.html(shop("A&B \"Shop\" <b>"), "Re: \"<i>x</i>\"",
                "<img src=x onerror=alert(1)> it's 'quoted'\nline two");
        assertThat(html).doesNotContain("<img").doesNotContain("<i>").doesNotContain("<b>");
        assertThat(html).contains("A&amp;B &quot;Shop&quot; &lt;b&gt;");
        assertThat(html).contains("<title>Re: &quot;&lt;i&gt;x&lt;/i&gt;&quot;</title>");
        assertThat(html).contains("it&#39;s &#39;quoted&#39;<br>line two");
    }

    @Test
    void linksStopAtJapaneseTextAndTrailingPunctuationAndKeepTheirQuery() {
        String html = EmailComposer.html(shop("くも雑貨店"), "件名",
                "詳しくはhttps://kumo.example.jp/help?a=1&b=2をご覧ください。See https://kumo.example.jp/faq.");
        assertThat(html).contains("<a href=\"https://kumo.example.jp/help?a&#x3D;1&amp;b&#x3D;2\">https://kumo.example.jp/help?a&#x3D;1&amp;b&#x3D;2</a>をご覧ください");
        assertThat(html).contains("<a href=\"https://kumo.example.jp/faq\">https://kumo.example.jp/faq</a>.");
    }
}
