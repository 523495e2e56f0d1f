package com.kaeru.backend.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.it.TestDatabase;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Customer e-mails leave through the outbox to a real SMTP server (GreenMail), in the customer's language. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerEmailIT {
    private static final String SHOP = "kumo-zakka";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private List<MimeMessage> mailsTo(String address, int atLeast) throws Exception {
        // Bounded wait for delivery by the dispatcher (it polls every 2 s); returns as soon as they are in.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        List<MimeMessage> mine;
        do {
            TestDatabase.mail().waitForIncomingEmail(2000, TestDatabase.mail().getReceivedMessages().length + 1);
            mine = Arrays.stream(TestDatabase.mail().getReceivedMessages())
                    .filter(m -> {
                        try {
                            return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
                        } catch (Exception e) {
                            return false;
                        }
                    }).toList();
        } while (mine.size() < atLeast && System.nanoTime() < deadline);
        return mine;
    }

    @Test
    void japaneseCustomerGetsJapaneseMailsForApprovalReceiptAndRefund() throws Exception {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String email = "mail-" + run.toLowerCase() + "@example.jp";
        Shops.products(SHOP, """
                [{"externalId":"CUP-%1$s","nameJa":"湯呑み","nameEn":"Teacup","variants":[{"sku":"CUP-%1$s","priceMinor":1800}]}]
                """.formatted(run));
        Shops.order(SHOP, "M-" + run, email, 2, 0,
                "[{\"lineNo\":1,\"sku\":\"CUP-" + run + "\",\"quantity\":1,\"unitPriceMinor\":1800}]");
        String token = Shops.customerToken(SHOP, "M-" + run, email);
        long line = ((Number) given().header("X-Kaeru-Order-Token", token).get("/v1/portal/shops/" + SHOP + "/order")
                .then().extract().path("lines[0].orderLineId")).longValue();
        String rma = given().header("X-Kaeru-Order-Token", token).contentType("application/json")
                .body("{\"lines\":[{\"orderLineId\":" + line + ",\"quantity\":1,\"reasonCode\":\"DEFECTIVE\","
                        + "\"resolution\":\"REFUND\",\"refundMethod\":\"GIFT_CODE\"}]}")
                .post("/v1/portal/shops/" + SHOP + "/returns").then().statusCode(200).extract().path("rmaNumber");
        var staff = given().auth().oauth2(TestTokens.token("kumo-operator", "/shops/" + SHOP + "/operator"));
        String lineId = staff.post("/v1/shops/" + SHOP + "/returns/" + rma + "/receive").then().statusCode(200)
                .extract().path("lines[0].id").toString();
        given().auth().oauth2(TestTokens.token("kumo-operator", "/shops/" + SHOP + "/operator"))
                .contentType("application/json").body("{\"grades\":[\"C\"]}")
                .post("/v1/shops/" + SHOP + "/returns/" + rma + "/lines/" + lineId + "/grades").then().statusCode(200);

        List<MimeMessage> mails = mailsTo(email, 3);
        List<String> subjects = mails.stream().map(m -> {
            try {
                return m.getSubject();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(subjects).containsExactlyInAnyOrder(
                "【くも雑貨店】返品 " + rma + " を承認しました（返送ラベルのご案内）",
                "【くも雑貨店】返品 " + rma + " の商品が到着しました",
                "【くも雑貨店】" + rma + " の返金（￥1,800）が完了しました");
        MimeMessage refund = mails.stream().filter(m -> GreenMailUtil.getBody(m).contains("ギフトコード")
                || subjectOf(m).contains("返金")).findFirst().orElseThrow();
        String body = GreenMailUtil.getBody(refund);
        assertThat(refund.getHeader("Message-ID")[0]).contains(rma);
        assertThat(refund.getFrom()[0].toString()).contains("noreply@kaeru.local");
        assertThat(body).contains("text/html").contains("#455A64");
        // The e-mail consumer's deliveries are marked once the dispatcher's transaction commits (after the mails left).
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> Sql.number("select count(*) from outbox_event e join outbox_delivery d on d.event_id = e.id "
                        + "where e.aggregate_ref = ? and e.shop_id = (select id from shop where slug = ?) "
                        + "and d.consumer = 'email' and d.delivered_at is null", rma, SHOP) == 0);
        assertThat(Sql.number("select count(*) from outbox_event e join outbox_delivery d on d.event_id = e.id "
                + "where e.aggregate_ref = ? and e.shop_id = (select id from shop where slug = ?) and d.attempts > 0",
                rma, SHOP)).isZero();
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void staffAskTheCustomerByMailAndOnThePortalTheCustomerAnswersThereWhileInternalNotesStayInside() throws Exception {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String email = "ask-" + run.toLowerCase() + "@example.jp";
        Shops.products(SHOP, """
                [{"externalId":"BOWL-%1$s","nameJa":"小鉢","nameEn":"Bowl","variants":[{"sku":"BOWL-%1$s","priceMinor":1200}]}]
                """.formatted(run));
        Shops.order(SHOP, "Q-" + run, email, 2, 0,
                "[{\"lineNo\":1,\"sku\":\"BOWL-" + run + "\",\"quantity\":1,\"unitPriceMinor\":1200}]");
        String token = Shops.customerToken(SHOP, "Q-" + run, email);
        String portal = "/v1/portal/shops/" + SHOP;
        long line = ((Number) given().header("X-Kaeru-Order-Token", token).get(portal + "/order")
                .then().extract().path("lines[0].orderLineId")).longValue();
        String rma = given().header("X-Kaeru-Order-Token", token).contentType("application/json")
                .body("{\"lines\":[{\"orderLineId\":" + line + ",\"quantity\":1,\"reasonCode\":\"DEFECTIVE\","
                        + "\"resolution\":\"REFUND\",\"refundMethod\":\"STORE_CREDIT\"}]}")
                .post(portal + "/returns").then().statusCode(200).extract().path("rmaNumber");
        String staffApi = "/v1/shops/" + SHOP + "/returns/" + rma;
        String operator = TestTokens.token("kumo-operator", "/shops/" + SHOP + "/operator");
        String secret = "内部メモ " + run + "：常連のお客様";
        given().auth().oauth2(operator).contentType("application/json").body("{\"text\":\"" + secret + "\"}")
                .post(staffApi + "/notes").then().statusCode(200);

        // Analysts read returns but do not process them; empty and too long questions are refused per field.
        given().auth().oauth2(TestTokens.token("kumo-analyst", "/shops/" + SHOP + "/analyst"))
                .contentType("application/json").body("{\"message\":\"?\"}").post(staffApi + "/info-requests")
                .then().statusCode(403);
        given().auth().oauth2(operator).contentType("application/json").body("{\"message\":\" \"}")
                .post(staffApi + "/info-requests").then().statusCode(400).body("errors.field", contains("message"));
        given().auth().oauth2(operator).contentType("application/json")
                .body("{\"message\":\"" + "あ".repeat(1001) + "\"}").post(staffApi + "/info-requests").then()
                .statusCode(400).body("errors.field", contains("message"));

        String question = "欠けている箇所の写真を、返信メールに添付してお送りいただけますか？（" + run + "）";
        given().auth().oauth2(operator).contentType("application/json").body("{\"message\":\" " + question + " \"}")
                .post(staffApi + "/info-requests").then().statusCode(200)
                .body("status", equalTo("AWAITING_SHIPMENT"))
                .body("timeline.find { it.action == 'INFO_REQUESTED' }.reason", equalTo(question))
                .body("timeline.find { it.action == 'INFO_REQUESTED' }.actor", equalTo("kumo-operator"));

        // The customer sees the question (without who asked) and status changes; never the note or other staff entries.
        String status = given().header("X-Kaeru-Order-Token", token).get(portal + "/returns/" + rma).then()
                .statusCode(200).body("timeline.action", everyItem(anyOf(equalTo("STATUS"), equalTo("INFO_REQUESTED"))))
                .body("timeline.find { it.action == 'INFO_REQUESTED' }.reason", equalTo(question))
                .body("timeline.find { it.action == 'INFO_REQUESTED' }.actor", nullValue())
                .extract().asString();
        assertThat(status).doesNotContain(secret).doesNotContain("kumo-operator");

        MimeMessage mail = mailsTo(email, 2).stream().filter(m -> subjectOf(m).contains("ご確認")).findFirst()
                .orElseThrow();
        assertThat(subjectOf(mail)).isEqualTo("【くも雑貨店】返品 " + rma + " についてのご確認");
        assertThat(plainText(mail)).contains(question).contains("/portal/" + SHOP + "?lang=ja&next=" + rma)
                .doesNotContain(secret);
        assertThat(Sql.number("select count(*) from outbox_event where event_type = 'CustomerQuestionAsked' and "
                + "aggregate_ref = ? and shop_id = (select id from shop where slug = ?)", rma, SHOP)).isEqualTo(1);

        // The queue shows and filters where the conversation stands.
        String queue = "/v1/shops/" + SHOP + "/returns?q=" + rma;
        given().auth().oauth2(operator).get(queue + "&question=WAITING").then().statusCode(200)
                .body("items.rmaNumber", contains(rma)).body("items[0].customerQuestion", equalTo("WAITING"));
        given().auth().oauth2(operator).get(queue + "&question=ANSWERED").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(operator).get(queue + "&question=MAYBE").then().statusCode(422);

        // The customer answers on the portal: in both timelines (staff see who), one answer per question.
        String answer = "箱の角が欠けていました。写真はメールでお送りします（" + run + "）";
        var customer = given().header("X-Kaeru-Order-Token", token).contentType("application/json");
        customer.body("{\"message\":\"  \"}").post(portal + "/returns/" + rma + "/answers").then().statusCode(400)
                .body("errors.field", contains("message"));
        customer.body("{\"message\":\" " + answer + " \"}").post(portal + "/returns/" + rma + "/answers").then()
                .statusCode(200).body("timeline.find { it.action == 'INFO_ANSWERED' }.reason", equalTo(answer))
                .body("timeline.find { it.action == 'INFO_ANSWERED' }.actor", nullValue());
        given().auth().oauth2(operator).get(staffApi).then().statusCode(200)
                .body("timeline.find { it.action == 'INFO_ANSWERED' }.reason", equalTo(answer))
                .body("timeline.find { it.action == 'INFO_ANSWERED' }.actor", equalTo("customer"));
        customer.header("Accept-Language", "en").body("{\"message\":\"And another thing\"}")
                .post(portal + "/returns/" + rma + "/answers").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("no question waiting"));
        // The order token opens this shop's order only.
        given().header("X-Kaeru-Order-Token", token).contentType("application/json").body("{\"message\":\"x\"}")
                .post("/v1/portal/shops/sakura-apparel/returns/" + rma + "/answers").then().statusCode(404);
        given().auth().oauth2(operator).get(queue + "&question=ANSWERED").then().statusCode(200)
                .body("items.rmaNumber", contains(rma)).body("items[0].customerQuestion", equalTo("ANSWERED"));
        given().auth().oauth2(operator).get(queue + "&question=WAITING").then().statusCode(200).body("total", equalTo(0));
        assertThat(Sql.number("select count(*) from audit_event where action = 'INFO_ANSWERED' and entity_ref = ? "
                + "and shop_id = (select id from shop where slug = ?)", rma, SHOP)).isEqualTo(1);

        // A second question is a second e-mail (its own dedupe key) and can be answered again; a closed return
        // takes neither questions nor answers.
        given().auth().oauth2(operator).contentType("application/json").body("{\"message\":\"もう一点: " + run + "\"}")
                .post(staffApi + "/info-requests").then().statusCode(200);
        given().header("X-Kaeru-Order-Token", token).contentType("application/json").body("{\"message\":\"はい\"}")
                .post(portal + "/returns/" + rma + "/answers").then().statusCode(200);
        assertThat(Sql.number("select count(*) from outbox_event where event_type = 'CustomerQuestionAsked' and "
                + "aggregate_ref = ? and shop_id = (select id from shop where slug = ?)", rma, SHOP)).isEqualTo(2);
        given().auth().oauth2(operator).contentType("application/json").body("{}").post(staffApi + "/cancel").then()
                .statusCode(200);
        given().auth().oauth2(operator).contentType("application/json").header("Accept-Language", "en")
                .body("{\"message\":\"Still there?\"}").post(staffApi + "/info-requests").then().statusCode(409)
                .body("detail", containsString("closed return takes no more questions"));
        given().header("X-Kaeru-Order-Token", token).contentType("application/json").header("Accept-Language", "en")
                .body("{\"message\":\"Hello?\"}").post(portal + "/returns/" + rma + "/answers").then().statusCode(409)
                .body("detail", containsString("takes no more answers"));
        given().auth().oauth2(TestTokens.token("kumo-manager", "/shops/" + SHOP + "/manager"))
                .get("/v1/shops/" + SHOP + "/settings/notification-templates").then().statusCode(200)
                .body("findAll { it.eventType == 'INFO_REQUESTED' }.language", containsInAnyOrder("ja", "en"));
    }

    /** The text/plain part, decoded. */
    private static String plainText(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = plainText(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
