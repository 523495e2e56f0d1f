package com.kaeru.backend.returns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
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
 * {@code allowedActions} of a return as the server computes them from its state and the caller:
 * the customer (order token), an operator, a manager and a read-only analyst of the shop; a refund held
 * for a manager (offered to managers other than the one who caused it, never to operators); staff of
 * another shop (refused, no actions); and the vocabulary's refusal of unknown values (a readable 400,
 * never a 500).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AllowedActionsIT {
    private static final String SHOP = "sakura-apparel";
    private static final String PORTAL = "/v1/portal/shops/" + SHOP;
    private static final String STAFF = "/v1/shops/" + SHOP + "/returns";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private String run;

    @BeforeEach
    void catalog() {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Shops.products(SHOP, """
                [{"externalId":"ACT-%1$s","nameJa":"リネンシャツ","nameEn":"Linen shirt",
                  "variants":[{"sku":"ACT-%1$s-M","size":"M","color":"white","priceMinor":7900}]}]
                """.formatted(run));
    }

    /** A delivered order with two units; returns the customer's token. */
    private String order(String number) {
        Instant delivered = Instant.now().minus(3, ChronoUnit.DAYS);
        staff("it-manager", "manager").contentType("application/json").body("""
                        [{"externalId":"%1$s","orderNumber":"%1$s","channel":"OWN_SITE","customerName":"佐藤 健",
                          "customerEmail":"ken@example.jp","customerPhone":"090-3333-4444","customerLanguage":"ja",
                          "postalCode":"150-0001","prefecture":"東京都","city":"渋谷区神宮前","addressLine1":"4-5-6",
                          "orderedAt":"%2$s","shippedAt":"%2$s","deliveredAt":"%3$s",
                          "lines":[{"lineNo":1,"sku":"ACT-%4$s-M","quantity":2,"unitPriceMinor":7900}]}]
                        """.formatted(number, delivered.minus(2, ChronoUnit.DAYS), delivered, run))
                .put("/v1/shops/" + SHOP + "/integration/orders").then().statusCode(200).body("rejected", equalTo(0));
        return Shops.customerToken(SHOP, number, "ken@example.jp");
    }

    /** One auto-approved unit as a refund; returns the RMA. */
    private String submit(String token, String method) {
        Number line = customer(token).get(PORTAL + "/order").then().statusCode(200).extract().path("lines[0].orderLineId");
        return customer(token).body("""
                        {"returnMethod":"%s","pickupDate":"%s","pickupSlot":"MORNING",
                          "lines":[{"orderLineId":%d,"quantity":1,"reasonCode":"CHANGED_MIND",
                          "resolution":"REFUND","refundMethod":"STORE_CREDIT"}]}""".formatted(method,
                        LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(1), line.longValue()))
                .post(PORTAL + "/returns").then().statusCode(200).body("status", equalTo("AWAITING_SHIPMENT"))
                .extract().path("rmaNumber");
    }

    private RequestSpecification customer(String token) {
        return given().header("X-Kaeru-Order-Token", token).contentType("application/json");
    }

    private RequestSpecification staff(String user, String role) {
        return given().auth().oauth2(TestTokens.token(user, "/shops/" + SHOP + "/" + role));
    }

    @Test
    void awaitingShipmentEachCallerSeesWhatTheyMayDo() {
        String token = order("ACT-" + run);
        String rma = submit(token, "PREPAID_LABEL");

        customer(token).get(PORTAL + "/returns/" + rma).then().statusCode(200)
                .body("allowedActions", containsInAnyOrder("CANCEL", "DOWNLOAD_LABEL"));
        for (String role : new String[]{"operator", "manager"}) {
            staff("it-" + role, role).get(STAFF + "/" + rma).then().statusCode(200)
                    .body("allowedActions", containsInAnyOrder("CANCEL", "RECEIVE", "DOWNLOAD_LABEL", "ASK_QUESTION",
                            "ADD_NOTE"));
        }
        // Read-only: the analyst may reprint the label, nothing else.
        staff("it-analyst", "analyst").get(STAFF + "/" + rma).then().statusCode(200)
                .body("allowedActions", containsInAnyOrder("DOWNLOAD_LABEL"));

        // A question waits: only the customer may answer it.
        staff("it-operator", "operator").contentType("application/json")
                .body("{\"message\":\"タグは付いていますか？\"}").post(STAFF + "/" + rma + "/info-requests")
                .then().statusCode(200).body("allowedActions", containsInAnyOrder("CANCEL", "RECEIVE",
                        "DOWNLOAD_LABEL", "ASK_QUESTION", "ADD_NOTE"));
        customer(token).get(PORTAL + "/returns/" + rma).then().statusCode(200)
                .body("allowedActions", containsInAnyOrder("CANCEL", "DOWNLOAD_LABEL", "ANSWER_QUESTION"));
    }

    @Test
    void receivedTheOperatorGradesAndTheCustomerMayNoLongerCancel() {
        String token = order("ACT-R-" + run);
        String rma = submit(token, "PREPAID_LABEL");

        staff("it-operator", "operator").post(STAFF + "/" + rma + "/receive").then().statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("allowedActions", containsInAnyOrder("GRADE", "DOWNLOAD_LABEL", "ASK_QUESTION", "ADD_NOTE"));
        customer(token).get(PORTAL + "/returns/" + rma).then().statusCode(200)
                .body("allowedActions", containsInAnyOrder("DOWNLOAD_LABEL"));
        staff("it-analyst", "analyst").get(STAFF + "/" + rma).then().statusCode(200)
                .body("allowedActions", containsInAnyOrder("DOWNLOAD_LABEL"));
    }

    @Test
    void aPickupHasNoLabelToDownloadAndACancelledReturnOffersNothingButNotes() {
        String token = order("ACT-P-" + run);
        String rma = submit(token, "PICKUP");

        customer(token).get(PORTAL + "/returns/" + rma).then().statusCode(200)
                .body("returnMethod", equalTo("PICKUP")).body("allowedActions", containsInAnyOrder("CANCEL"));
        customer(token).post(PORTAL + "/returns/" + rma + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("allowedActions", empty());
        staff("it-manager", "manager").get(STAFF + "/" + rma).then().statusCode(200)
                .body("allowedActions", containsInAnyOrder("ADD_NOTE"));
    }

    /** Receives the return and grades its one unit C as {@code user}: a changed mind is not paid without a manager. */
    private Number gradeCHeld(String rma, String user, String role) {
        Number line = staff(user, role).post(STAFF + "/" + rma + "/receive").then().statusCode(200)
                .extract().path("lines[0].id");
        return staff(user, role).contentType("application/json").body("{\"grades\":[\"C\"]}")
                .post(STAFF + "/" + rma + "/lines/" + line + "/grades").then().statusCode(200)
                .body("refunds[0].status", equalTo("PENDING_APPROVAL")).body("refunds[0].holdReason", equalTo("GRADE_C"))
                .extract().path("refunds[0].id");
    }

    @Test
    void aHeldRefundIsOfferedToAnotherManagerOnlyNeverToAnOperatorOrTheManagerWhoCausedIt() {
        String token = order("ACT-H-" + run);
        String rma = submit(token, "PREPAID_LABEL");
        Number held = gradeCHeld(rma, "it-grading-manager", "manager");

        staff("it-manager", "manager").get(STAFF + "/" + rma).then().statusCode(200)
                .body("allowedActions", hasItems("APPROVE_REFUND", "DECLINE_REFUND"));
        // Four eyes: whoever graded it does not approve the money it released.
        staff("it-grading-manager", "manager").get(STAFF + "/" + rma).then().statusCode(200)
                .body("allowedActions", allOf(not(hasItem("APPROVE_REFUND")), not(hasItem("DECLINE_REFUND"))));
        // Operators process returns but never approve refunds; the server refuses what it does not offer.
        staff("it-operator", "operator").get(STAFF + "/" + rma).then().statusCode(200)
                .body("allowedActions", allOf(not(hasItem("APPROVE_REFUND")), not(hasItem("DECLINE_REFUND"))));
        staff("it-operator", "operator").post(STAFF + "/" + rma + "/refunds/" + held + "/approve").then()
                .statusCode(403);
        customer(token).get(PORTAL + "/returns/" + rma).then().statusCode(200)
                .body("allowedActions", not(hasItem("APPROVE_REFUND")));

        staff("it-manager", "manager").post(STAFF + "/" + rma + "/refunds/" + held + "/approve").then().statusCode(200)
                .body("refunds[0].status", equalTo("ISSUED"))
                .body("allowedActions", allOf(not(hasItem("APPROVE_REFUND")), not(hasItem("DECLINE_REFUND"))));
    }

    @Test
    void staffOfAnotherShopGetARefusalAndNoActions() {
        String token = order("ACT-F-" + run);
        String rma = submit(token, "PREPAID_LABEL");
        Number held = gradeCHeld(rma, "it-operator", "operator");
        RequestSpecification kumo = given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/kumo-zakka/manager"));

        // Through this shop's door: not their shop. Through their own: no such return there.
        kumo.get(STAFF + "/" + rma).then().statusCode(403).contentType("application/problem+json")
                .body("allowedActions", nullValue());
        kumo.get("/v1/shops/kumo-zakka/returns/" + rma).then().statusCode(404).contentType("application/problem+json")
                .body("allowedActions", nullValue());
        kumo.post(STAFF + "/" + rma + "/refunds/" + held + "/approve").then().statusCode(403);
        kumo.post("/v1/shops/kumo-zakka/returns/" + rma + "/refunds/" + held + "/approve").then().statusCode(404);
        // The refund still waits for one of this shop's managers.
        staff("it-manager", "manager").get(STAFF + "/" + rma).then().statusCode(200)
                .body("refunds[0].status", equalTo("PENDING_APPROVAL"))
                .body("allowedActions", hasItems("APPROVE_REFUND", "DECLINE_REFUND"));
    }

    @Test
    void anUnknownValueIsARefusalThatNamesItAndTheAllowedOnes() {
        String token = order("ACT-U-" + run);
        Number line = customer(token).get(PORTAL + "/order").then().statusCode(200).extract().path("lines[0].orderLineId");
        String body = """
                {"returnMethod":"LATER","lines":[{"orderLineId":%d,"quantity":1,"reasonCode":"CHANGED_MIND",
                  "resolution":"REFUND","refundMethod":"STORE_CREDIT"}]}""".formatted(line.longValue());

        customer(token).header("Accept-Language", "en").body(body).post(PORTAL + "/returns").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://kaeru.app/problems/bad-request"))
                .body("detail", allOf(containsString("LATER"), containsString("PREPAID_LABEL, PICKUP, DROP_OFF")));
        customer(token).header("Accept-Language", "ja").body(body.replace("\"REFUND\"", "\"SWAP\"")
                        .replace("LATER", "PICKUP")).post(PORTAL + "/returns").then().statusCode(400)
                .body("detail", allOf(containsString("「SWAP」"), containsString("REFUND, EXCHANGE")));
        staff("it-operator", "operator").contentType("application/json").body("{\"grades\":[\"A\",\"Z\"]}")
                .post(STAFF + "/R-000001/lines/1/grades").then().statusCode(400)
                .body("detail", containsString("A, B, C, MISSING"));
    }
}
