package com.kaeru.backend.platform.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.UUID;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14: the per-shop configuration cache ({@link ShopConfigCache}) never serves a stale policy or another
 * shop's policy. A change through this instance's API is seen by the very next portal call; a change
 * written by another writer (here SQL on its own connection, as another instance or an import would) is seen
 * as soon as PostgreSQL delivers the trigger's notification; one shop's cached rules never reach another
 * shop. Works in umi-outdoor and sakura-apparel and puts their default policies back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopConfigCacheIT {
    private static final String UMI = "umi-outdoor";
    private static final String SAKURA = "sakura-apparel";

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
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @AfterEach
    void defaults() {
        manager(UMI).body("{\"rules\":[]}").put("/v1/shops/" + UMI + "/policy").then().statusCode(200);
        manager(SAKURA).body("{\"rules\":[]}").put("/v1/shops/" + SAKURA + "/policy").then().statusCode(200);
    }

    private static RequestSpecification manager(String shop) {
        String user = shop.startsWith("umi") ? "umi-manager" : "sakura-manager";
        return given().auth().oauth2(TestTokens.token(user, "/shops/" + shop + "/manager")).contentType("application/json");
    }

    private static void policy(String shop, String ruleName, String outcome) {
        manager(shop).body("{\"rules\":[{\"name\":\"" + ruleName + "\",\"maxDays\":365,\"outcome\":\"" + outcome + "\"}]}")
                .put("/v1/shops/" + shop + "/policy").then().statusCode(200);
    }

    /** A one-line order of the shop and its customer token. */
    private String customer(String shop) {
        String sku = "CC-" + shop.substring(0, 3).toUpperCase() + "-" + run;
        Shops.products(shop, """
                [{"externalId":"%1$s","nameJa":"帽子","nameEn":"Cap","variants":[{"sku":"%1$s","priceMinor":2000}]}]
                """.formatted(sku));
        String number = sku + "-1";
        Shops.order(shop, number, "cache@example.jp", 3, 0,
                "[{\"lineNo\":1,\"sku\":\"" + sku + "\",\"quantity\":1,\"unitPriceMinor\":2000}]");
        return Shops.customerToken(shop, number, "cache@example.jp");
    }

    private static String rule(String shop, String token) {
        return given().header("X-Kaeru-Order-Token", token).get("/v1/portal/shops/" + shop + "/order")
                .then().statusCode(200).extract().path("lines[0].eligibility.rule");
    }

    @Test
    void aPolicyChangeThroughTheApiIsSeenByTheNextPortalCall() {
        String token = customer(UMI);
        policy(UMI, "一年以内-" + run, "AUTO_APPROVE");
        assertThat(rule(UMI, token)).isEqualTo("一年以内-" + run);
        assertThat(rule(UMI, token)).as("second call, from the cache").isEqualTo("一年以内-" + run);

        policy(UMI, "要確認-" + run, "NEEDS_REVIEW");
        assertThat(rule(UMI, token)).as("the next call after the change").isEqualTo("要確認-" + run);
    }

    @Test
    void aChangeByAnotherWriterIsSeenOnceItsNotificationArrives() {
        String token = customer(UMI);
        policy(UMI, "旧-" + run, "AUTO_APPROVE");
        assertThat(rule(UMI, token)).isEqualTo("旧-" + run);
        assertThat(rule(UMI, token)).isEqualTo("旧-" + run);

        assertThat(Sql.number("select count(*) from pg_stat_activity where application_name = ?",
                "kaeru-shop-config-listener")).as("the instance listens, so the cache is on").isPositive();
        // Another instance (or an import, or an operator's SQL) renames the rule: this instance's
        // cache only learns it from the trigger's NOTIFY.
        assertThat(Sql.execute("update policy_rule set name = ? where shop_id = (select id from shop where slug = ?)",
                "新-" + run, UMI)).isEqualTo(1);
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> ("新-" + run).equals(rule(UMI, token)));
    }

    @Test
    void oneShopsCachedRulesNeverServeAnotherShop() {
        String umi = customer(UMI);
        String sakura = customer(SAKURA);
        policy(UMI, "UMI-" + run, "AUTO_APPROVE");
        policy(SAKURA, "SAKURA-" + run, "NEEDS_REVIEW");
        for (int round = 0; round < 3; round++) {
            assertThat(rule(UMI, umi)).isEqualTo("UMI-" + run);
            assertThat(rule(SAKURA, sakura)).isEqualTo("SAKURA-" + run);
        }
        // Back to the default policy in one shop only: the other keeps its own rule.
        manager(SAKURA).body("{\"rules\":[]}").put("/v1/shops/" + SAKURA + "/policy").then().statusCode(200);
        assertThat(rule(SAKURA, sakura)).isNotEqualTo("SAKURA-" + run).isNotEqualTo("UMI-" + run);
        assertThat(rule(UMI, umi)).isEqualTo("UMI-" + run);
    }
}
