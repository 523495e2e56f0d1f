package com.kaeru.backend.returns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding returns by the customer's name (the name search keys of migration V80): any part of a
 * Japanese name, katakana and hiragana alike, full-width letters, the start of a word of a Latin
 * name, every word of a multi-word search — in the shop's queue and the agency's, never another
 * shop's customers, and following a renamed order. Names are made up per run so that only this
 * run's returns can match.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerNameSearchIT {
    private static final List<String> SHOPS = List.of("sakura-apparel", "kumo-zakka", "umi-outdoor");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private String run;
    /** Three kanji no real name has together, e.g. 鰯靴蘭. */
    private String kanji;
    /** Four katakana, e.g. ヌゾペキ, and the same in hiragana. */
    private String katakana;
    private String hiragana;
    /** Eight Latin letters, e.g. qwhzrtkp. */
    private String latin;

    @BeforeEach
    void catalogAndNames() {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        for (String shop : SHOPS) {
            Shops.products(shop, """
                    [{"externalId":"NAME-%1$s","nameJa":"手ぬぐい","nameEn":"Tenugui",
                      "variants":[{"sku":"NAME-%1$s-F","size":"F","priceMinor":3000}]}]
                    """.formatted(run));
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        kanji = random.ints(3, 0x9000, 0x9FA0).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        katakana = random.ints(4, 0x30A2, 0x30F3).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        hiragana = katakana.codePoints().map(c -> c - 0x60).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
        latin = random.ints(8, 'a', 'z' + 1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private String refundRequest(String shop, String number, String customerName) {
        return Shops.refundRequest(shop, number + "-" + run, customerName, "NAME-" + run + "-F");
    }

    private static ValidatableResponse search(String shop, String query) {
        return given().auth().oauth2(TestTokens.token("sakura-analyst", "/shops/" + shop + "/analyst"))
                .queryParam("q", query).queryParam("size", 200)
                .get("/v1/shops/" + shop + "/returns").then().statusCode(200);
    }

    @Test
    void anyPartOfAJapaneseNameFindsItsReturnsAndOnlyInItsOwnShop() {
        String sakura = refundRequest("sakura-apparel", "NS", kanji + " 花子");
        String kumo = refundRequest("kumo-zakka", "NK", kanji + " 太郎");
        String umi = refundRequest("umi-outdoor", "NU", kanji + " 次郎");

        search("sakura-apparel", kanji).body("items.rmaNumber", contains(sakura)).body("total", equalTo(1));
        search("sakura-apparel", kanji.substring(1, 2)).body("items.rmaNumber", hasItem(sakura))
                .body("items.rmaNumber", not(hasItem(kumo)));
        // With the space, without it, with an ideographic one, or as two words in any order.
        search("sakura-apparel", kanji + "花子").body("items.rmaNumber", contains(sakura));
        search("sakura-apparel", kanji + "\u3000花子").body("items.rmaNumber", contains(sakura));
        search("sakura-apparel", "花子 " + kanji).body("items.rmaNumber", contains(sakura));
        // Every word must match: 太郎 is the name of kumo's customer, not sakura's.
        search("sakura-apparel", kanji + " 太郎").body("items", empty()).body("total", equalTo(0));

        search("kumo-zakka", kanji).body("items.rmaNumber", contains(kumo));
        search("umi-outdoor", kanji).body("items.rmaNumber", contains(umi));
        given().auth().oauth2(TestTokens.token("agency", "/agencies/demo-agency/admins")).queryParam("q", kanji)
                .get("/v1/agencies/demo-agency/returns").then().statusCode(200)
                .body("items.shopSlug", containsInAnyOrder("sakura-apparel", "kumo-zakka"))
                .body("items.returnSummary.rmaNumber", containsInAnyOrder(sakura, kumo));
    }

    @Test
    void katakanaAndHiraganaFindEachOther() {
        String rma = refundRequest("sakura-apparel", "NKANA", katakana + " ユミ");

        search("sakura-apparel", hiragana).body("items.rmaNumber", contains(rma));
        search("sakura-apparel", katakana.substring(1)).body("items.rmaNumber", contains(rma));
        // Half-width katakana, as some shop systems still send and some keyboards type.
        search("sakura-apparel", katakana + "ﾕﾐ").body("items.rmaNumber", contains(rma));
    }

    @Test
    void latinNamesAreFoundByTheStartOfAWordInAnyCaseAndWidth() {
        String capitalised = Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
        String rma = refundRequest("sakura-apparel", "NLAT", "Hanako " + capitalised);

        search("sakura-apparel", latin.substring(0, 4).toUpperCase(Locale.ROOT)).body("items.rmaNumber", contains(rma));
        String fullWidth = latin.substring(0, 5).codePoints().map(c -> c - 'a' + 'Ａ')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        search("sakura-apparel", fullWidth).body("items.rmaNumber", contains(rma));
        search("sakura-apparel", capitalised + " hanako").body("items.rmaNumber", contains(rma));
        search("sakura-apparel", "hanako" + latin).body("items.rmaNumber", contains(rma));
        // The middle of a Latin word is not a start: no match.
        search("sakura-apparel", latin.substring(2, 7)).body("items.rmaNumber", not(hasItem(rma)));
    }

    @Test
    void aRenamedOrderIsFoundByItsNewNameOnly() {
        String number = "NREN-" + run;
        String rma = refundRequest("sakura-apparel", "NREN", kanji + " 花子");
        search("sakura-apparel", kanji).body("items.rmaNumber", contains(rma));

        // The shop system sends the order again with the customer's corrected name.
        Shops.order("sakura-apparel", number, number.toLowerCase(Locale.ROOT) + "@example.jp", latin + " Hanako", 3, 0,
                "[{\"lineNo\":1,\"sku\":\"NAME-" + run + "-F\",\"quantity\":1,\"unitPriceMinor\":3000}]");

        search("sakura-apparel", kanji).body("items", empty());
        search("sakura-apparel", latin).body("items.rmaNumber", contains(rma));
    }
}
