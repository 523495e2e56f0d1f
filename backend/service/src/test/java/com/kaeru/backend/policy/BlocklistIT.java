package com.kaeru.backend.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URL;
import java.util.UUID;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The blocklist behind the policy's "blocklisted customer" condition: managers list, add and
 * remove entries (stored as the condition compares them, audited), bad input is a problem per
 * field, other roles and other shops change nothing, and a listed customer's submission is then
 * decided by the blocklist rule — which the policy preview says. Works in umi-outdoor and puts
 * back what it changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BlocklistIT {
    private static final String SHOP = "umi-outdoor";
    private static final String API = "/v1/shops/" + SHOP + "/blocklist";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private String run;

    @BeforeEach
    void setUp() {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        run = UUID.randomUUID().toString().substring(0, 6).toLowerCase();
    }

    private static RequestSpecification as(String user, String group) {
        return given().auth().oauth2(TestTokens.token(user, group)).contentType("application/json");
    }

    private static RequestSpecification manager() {
        return as("umi-manager", "/shops/" + SHOP + "/manager");
    }

    private static RequestSpecification operator() {
        return as("umi-operator", "/shops/" + SHOP + "/operator");
    }

    /** Sakura's manager: a manager, but not of this shop. */
    private static RequestSpecification stranger() {
        return as("sakura-manager", "/shops/sakura-apparel/manager");
    }

    private static String entry(String email, String phone, String reason) {
        return "{\"email\":" + json(email) + ",\"phone\":" + json(phone) + ",\"reason\":" + json(reason) + "}";
    }

    private static String json(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    private static long entries() {
        return Sql.number("select count(*) from customer_blocklist b join shop s on s.id = b.shop_id where s.slug = ?", SHOP);
    }

    private static long audited(String action, String ref) {
        return Sql.number("select count(*) from audit_event a join shop s on s.id = a.shop_id where s.slug = ? "
                + "and a.entity_type = 'BLOCKLIST' and a.action = ? and a.entity_ref = ?", SHOP, action, ref);
    }

    @Test
    void managerAddsListsAndRemovesEntriesStoredAsTheLookupComparesThemAndAudited() {
        String email = "abuser-" + run + "@example.jp";
        Number emailId = manager().body(entry("  Abuser-" + run.toUpperCase() + "@Example.JP ", null, "返品の乱用（10件/月）"))
                .post(API).then().statusCode(200)
                .body("email", equalTo(email)).body("phone", equalTo(null))
                .body("reason", equalTo("返品の乱用（10件/月）")).body("createdBy", equalTo("umi-manager"))
                .body("createdAt", notNullValue()).extract().path("id");
        String digits = "0901" + (1000_000 + Math.abs(run.hashCode()) % 9_000_000);
        String typed = "(" + digits.substring(0, 3) + ") " + digits.substring(3, 7) + "-" + digits.substring(7);
        Number phoneId = manager().body(entry(null, typed, "受取拒否の繰り返し")).post(API).then().statusCode(200)
                .body("phone", equalTo(digits)).body("email", equalTo(null)).extract().path("id");
        try {
            manager().get(API).then().statusCode(200)
                    .body("find { it.id == " + emailId + " }.email", equalTo(email))
                    .body("find { it.id == " + phoneId + " }.phone", equalTo(digits))
                    // newest first
                    .body("id[0]", equalTo(phoneId.intValue()));
            // The same customer typed another way is the same entry: refused, nothing added.
            long before = entries();
            manager().header("Accept-Language", "en").body(entry(email.toUpperCase(), null, "again")).post(API).then()
                    .statusCode(409).contentType("application/problem+json")
                    .body("type", equalTo("https://kaeru.app/problems/conflict"))
                    .body("detail", equalTo(email + " is already on the blocklist."));
            manager().body(entry(null, digits, "again")).post(API).then().statusCode(409);
            assertThat(entries()).isEqualTo(before);
            assertThat(audited("BLOCKLIST_ADDED", email)).isEqualTo(1);
            assertThat(audited("BLOCKLIST_ADDED", digits)).isEqualTo(1);
            assertThat(Sql.number("select count(*) from audit_event where action = 'BLOCKLIST_ADDED' and entity_ref = ? "
                    + "and actor = 'umi-manager' and reason = '返品の乱用（10件/月）'", email)).isEqualTo(1);
        } finally {
            manager().delete(API + "/" + emailId).then().statusCode(204);
            manager().delete(API + "/" + phoneId).then().statusCode(204);
        }
        manager().get(API).then().statusCode(200).body("id", not(hasItem(emailId.intValue())));
        assertThat(audited("BLOCKLIST_REMOVED", email)).isEqualTo(1);
        assertThat(audited("BLOCKLIST_REMOVED", digits)).isEqualTo(1);
        manager().header("Accept-Language", "ja").delete(API + "/" + emailId).then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("このショップにブロックリストの登録 " + emailId + " はありません。"));
    }

    @Test
    void badInputIsAProblemOnItsFieldInTheCallersLanguage() {
        long before = entries();
        manager().header("Accept-Language", "ja").body(entry(null, " ", "理由")).post(API).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("email"))
                .body("errors[0].message", equalTo("メールアドレスまたは電話番号を入力してください。"));
        manager().body(entry("a-" + run + "@example.jp", "090-1234-5678", "x")).post(API).then().statusCode(422)
                .body("errors.field", contains("phone"));
        manager().header("Accept-Language", "en").body(entry("not-an-address", null, "x")).post(API).then()
                .statusCode(422).body("errors.field", contains("email"))
                .body("errors[0].message", equalTo("\"not-an-address\" is not an e-mail address."));
        manager().body(entry(null, "12-34", "x")).post(API).then().statusCode(422).body("errors.field", contains("phone"));
        manager().body(entry("b-" + run + "@example.jp", null, " ")).post(API).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("reason"));
        manager().body(entry("c-" + run + "@example.jp", null, "x".repeat(501))).post(API).then().statusCode(400)
                .body("errors.field", hasItem("reason"));
        assertThat(entries()).isEqualTo(before);
    }

    @Test
    void operatorsAndAnotherShopsManagerChangeNothing() {
        String email = "kept-" + run + "@example.jp";
        Number id = manager().body(entry(email, null, "test")).post(API).then().statusCode(200).extract().path("id");
        try {
            long before = entries();
            operator().get(API).then().statusCode(403).contentType("application/problem+json");
            operator().body(entry("op-" + run + "@example.jp", null, "x")).post(API).then().statusCode(403);
            operator().delete(API + "/" + id).then().statusCode(403);
            stranger().get(API).then().statusCode(403);
            stranger().body(entry("st-" + run + "@example.jp", null, "x")).post(API).then().statusCode(403);
            stranger().delete(API + "/" + id).then().statusCode(403);
            // Through its own shop's address, another shop's entry does not exist.
            stranger().delete("/v1/shops/sakura-apparel/blocklist/" + id).then().statusCode(404);
            assertThat(entries()).isEqualTo(before);
            manager().get(API).then().body("find { it.id == " + id + " }.email", equalTo(email));
            assertThat(Sql.number("select count(*) from audit_event where entity_type = 'BLOCKLIST' and entity_ref like ?",
                    "%-" + run + "@example.jp")).isEqualTo(1);
        } finally {
            manager().delete(API + "/" + id).then().statusCode(204);
        }
    }

    @Test
    void aBlocklistedCustomersSubmissionIsDecidedByTheBlocklistRuleAndThePreviewSaysSo() {
        String sku = "BL-" + run.toUpperCase();
        Shops.products(SHOP, """
                [{"externalId":"%1$s","nameJa":"ボトル","nameEn":"Bottle","category":"bags",
                  "variants":[{"sku":"%1$s","priceMinor":3000}]}]""".formatted(sku));
        String number = "BL-" + run.toUpperCase();
        String email = "bl-" + run + "@example.jp";
        Shops.order(SHOP, number, email, 3, 0, "[{\"lineNo\":1,\"sku\":\"" + sku + "\",\"quantity\":1,\"unitPriceMinor\":3000}]");
        String rules = """
                {"rules":[{"name":"ブロックリスト","blocklisted":true,"outcome":"NEEDS_REVIEW"},
                          {"name":"30日以内","maxDays":30,"outcome":"AUTO_APPROVE"}]}""";
        String preview = "/v1/shops/" + SHOP + "/policy/preview";
        manager().body(rules).put("/v1/shops/" + SHOP + "/policy").then().statusCode(200);
        Number id = null;
        try {
            manager().body("{\"orderNumber\":\"" + number + "\"}").post(preview).then().statusCode(200)
                    .body("customerBlocklisted", equalTo(false))
                    .body("lines[0].eligibility.rule", equalTo("30日以内"))
                    .body("lines[0].decidedByBlocklist", equalTo(false));

            id = manager().body(entry(email.toUpperCase(), null, "test")).post(API).then().statusCode(200).extract().path("id");
            manager().body("{\"orderNumber\":\"" + number + "\"}").post(preview).then().statusCode(200)
                    .body("customerBlocklisted", equalTo(true)).body("lines[0].ruleIndex", equalTo(0))
                    .body("lines[0].eligibility.rule", equalTo("ブロックリスト"))
                    .body("lines[0].eligibility.outcome", equalTo("NEEDS_REVIEW"))
                    .body("lines[0].decidedByBlocklist", equalTo(true));

            String token = Shops.customerToken(SHOP, number, email);
            String portal = "/v1/portal/shops/" + SHOP;
            Number line = given().header("X-Kaeru-Order-Token", token).get(portal + "/order").then().statusCode(200)
                    .extract().path("lines[0].orderLineId");
            given().header("X-Kaeru-Order-Token", token).contentType("application/json")
                    .body("{\"returnMethod\":\"PREPAID_LABEL\",\"lines\":[{\"orderLineId\":" + line
                            + ",\"quantity\":1,\"reasonCode\":\"CHANGED_MIND\",\"resolution\":\"REFUND\","
                            + "\"refundMethod\":\"STORE_CREDIT\"}]}")
                    .post(portal + "/returns").then().statusCode(200)
                    .body("status", equalTo("NEEDS_REVIEW"))
                    .body("lines[0].policyRule", equalTo("ブロックリスト"));
        } finally {
            if (id != null) {
                manager().delete(API + "/" + id).then().statusCode(204);
            }
            manager().body("{\"rules\":[]}").put("/v1/shops/" + SHOP + "/policy").then().statusCode(200);
        }
        // Off the list, the same customer's order falls to the dates again.
        manager().body("{\"orderNumber\":\"" + number + "\"}").post(preview).then().statusCode(200)
                .body("customerBlocklisted", equalTo(false)).body("lines[0].decidedByBlocklist", equalTo(false));
    }
}
