package com.kaeru.backend.carriers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.StringReader;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.TestDatabase;
import com.kaeru.backend.it.TestTokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Carriers (issue 12) through the API on real PostgreSQL with GreenMail: a booked pickup is in
 * the B2クラウド CSV, its imported tracking number moves the return to IN_TRANSIT (once, however often
 * the file comes back), the customer's e-mail and status page carry Yamato's tracking link; an
 * exchange line is shipped and delivered through the import; bad lines fail alone; another shop
 * can neither export nor import this shop's parcels.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CarriersIT {
    private static final String SHOP = "kumo-zakka";
    private static final String PORTAL = "/v1/portal/shops/" + SHOP;
    private static final String STAFF = "/v1/shops/" + SHOP + "/returns";
    private static final String CARRIERS = "/v1/shops/" + SHOP + "/carriers";
    private static final Charset SJIS = Charset.forName("windows-31j");
    private static final String YAMATO = "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01=";

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
                [{"externalId":"BOWL-%1$s","nameJa":"茶碗","nameEn":"Rice bowl","category":"kitchen",
                  "variants":[{"sku":"BOWL-%1$s-S","size":"S","priceMinor":3000},
                              {"sku":"BOWL-%1$s-L","size":"L","priceMinor":3000}]}]
                """.formatted(run));
        Shops.stock(SHOP, "BOWL-" + run + "-S", 10);
        Shops.stock(SHOP, "BOWL-" + run + "-L", 10);
        // The demo loader's own address (other ITs, e.g. ReturnLabelIT, expect it): set again in case a test removed it.
        manager().body("""
                {"postalCode":"559-0034","prefecture":"大阪府","city":"大阪市住之江区南港北","addressLine":"1-5-9 南港物流センターB棟",
                 "recipient":"くも雑貨店 返品受付","phone":"06-0000-4567"}""")
                .put("/v1/shops/" + SHOP + "/settings/return-address").then().statusCode(200);
    }

    private static RequestSpecification staff(String user, String role) {
        return given().auth().oauth2(TestTokens.token(user, "/shops/" + SHOP + "/" + role)).contentType("application/json");
    }

    private static RequestSpecification operator() {
        return staff("kumo-operator", "operator");
    }

    private static RequestSpecification manager() {
        return staff("kumo-manager", "manager");
    }

    private static RequestSpecification umi() {
        return given().auth().oauth2(TestTokens.token("umi-manager", "/shops/umi-outdoor/manager"));
    }

    private String email(String who) {
        return who.toLowerCase() + "-" + run.toLowerCase() + "@example.jp";
    }

    private String order(String who) {
        Shops.order(SHOP, who + "-" + run, email(who), 3, 0,
                "[{\"lineNo\":1,\"sku\":\"BOWL-" + run + "-S\",\"quantity\":1,\"unitPriceMinor\":3000}]");
        return Shops.customerToken(SHOP, who + "-" + run, email(who));
    }

    private static long orderLine(String token) {
        return ((Number) given().header("X-Kaeru-Order-Token", token).get(PORTAL + "/order").then().statusCode(200)
                .extract().path("lines[0].orderLineId")).longValue();
    }

    /** A refund return collected by a carrier from the customer's home tomorrow afternoon. */
    private String pickup(String token) {
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(1).toString();
        return given().header("X-Kaeru-Order-Token", token).header("Accept-Language", "ja").contentType("application/json").body("""
                {"returnMethod":"PICKUP","pickupDate":"%s","pickupSlot":"T14_16",
                 "lines":[{"orderLineId":%d,"quantity":1,"reasonCode":"SIZE_TOO_SMALL","resolution":"REFUND",
                           "refundMethod":"STORE_CREDIT"}],
                 "address":{"name":"山田 花子","postalCode":"1500001","prefecture":"東京都","city":"渋谷区神宮前",
                            "line1":"1-2-3","line2":"コーポ原宿 203","phone":"090-1234-5678"}}
                """.formatted(tomorrow, orderLine(token))).post(PORTAL + "/returns").then().statusCode(200)
                .body("status", equalTo("AWAITING_SHIPMENT")).extract().path("rmaNumber");
    }

    private static List<CSVRecord> csv(byte[] body) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(new String(body, SJIS))).getRecords();
    }

    private static JsonPath importCsv(RequestSpecification who, String shop, byte[] body) {
        return who.contentType("text/csv").body(body).post("/v1/shops/" + shop + "/carriers/tracking-imports").then()
                .statusCode(200).extract().jsonPath();
    }

    private static List<MimeMessage> mailsTo(String address, String subjectPart) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<MimeMessage> mine;
        do {
            TestDatabase.mail().waitForIncomingEmail(2000, TestDatabase.mail().getReceivedMessages().length + 1);
            mine = Arrays.stream(TestDatabase.mail().getReceivedMessages()).filter(m -> {
                try {
                    return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address)
                            && m.getSubject().contains(subjectPart);
                } catch (Exception e) {
                    return false;
                }
            }).toList();
        } while (mine.isEmpty() && System.nanoTime() < deadline);
        return mine;
    }

    private static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i)));
            }
            return all.toString();
        }
        return "";
    }

    @Test
    void aPickupIsInTheB2CloudCsvItsTrackingNumberPutsItInTransitOnceAndTheCustomerSeesTheLink() throws Exception {
        manager().body("{\"defaultCarrier\":\"YAMATO\",\"yamatoBillingCustomerCode\":\"0470001111\","
                + "\"yamatoFreightNumber\":\"01\",\"sagawaCustomerCode\":\"\"}").put(CARRIERS + "/settings").then()
                .statusCode(200).body("yamatoBillingCustomerCode", equalTo("0470001111"));
        String token = order("hanako");
        String rma = pickup(token);

        byte[] b2 = staff("kumo-analyst", "analyst").get(CARRIERS + "/b2cloud.csv?scope=pickups").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray();
        List<CSVRecord> rows = csv(b2);
        assertThat(rows.get(0).get(0)).isEqualTo("お客様管理番号");
        CSVRecord mine = rows.stream().filter(r -> r.get(0).equals(rma)).findFirst().orElseThrow();
        assertThat(mine.size()).isEqualTo(95);
        assertThat(mine.get(4)).isEqualTo(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(1).toString().replace('-', '/'));
        assertThat(mine.get(15)).isEqualTo("くも雑貨店 返品受付");
        assertThat(mine.get(24)).isEqualTo("山田 花子");
        assertThat(mine.get(21)).isEqualTo("150-0001");
        assertThat(mine.get(39)).isEqualTo("0470001111");
        byte[] ehiden = operator().get(CARRIERS + "/ehiden.csv?scope=pickups").then().statusCode(200).extract().asByteArray();
        assertThat(csv(ehiden).stream().anyMatch(r -> r.get(8).equals(rma))).isTrue();

        // B2クラウド's issued data comes back in Shift_JIS: the return is in transit; the same file again changes nothing.
        byte[] issued = ("お客様管理番号,送り状種類,伝票番号\r\n" + rma + ",0,4901-2345-6789\r\n").getBytes(SJIS);
        JsonPath first = importCsv(operator(), SHOP, issued);
        assertThat(first.getInt("updated")).isEqualTo(1);
        assertThat(first.getList("errors")).isEmpty();
        JsonPath again = importCsv(operator(), SHOP, issued);
        assertThat(again.getInt("updated")).isZero();
        assertThat(again.getInt("unchanged")).isEqualTo(1);

        String link = YAMATO + "490123456789";
        given().header("X-Kaeru-Order-Token", token).get(PORTAL + "/returns/" + rma).then().statusCode(200)
                .body("status", equalTo("IN_TRANSIT"))
                .body("logistics.carrier", equalTo("YAMATO"))
                .body("logistics.trackingNumber", equalTo("4901-2345-6789"))
                .body("logistics.trackingUrl", equalTo(link));
        List<MimeMessage> mails = mailsTo(email("hanako"), "集荷");
        assertThat(mails).hasSize(1);
        assertThat(text(mails.get(0))).contains("4901-2345-6789").contains(link);
        // Gone from the next export: it was collected.
        assertThat(csv(operator().get(CARRIERS + "/b2cloud.csv?scope=pickups").then().statusCode(200).extract()
                .asByteArray()).stream().noneMatch(r -> r.get(0).equals(rma))).isTrue();

        // The carrier's delivered report is recorded once.
        JsonPath delivered = operator().body("[{\"rma\":\"" + rma + "\",\"carrier\":\"YAMATO\","
                + "\"trackingNumber\":\"4901-2345-6789\",\"status\":\"DELIVERED\"}]")
                .post(CARRIERS + "/tracking-updates").then().statusCode(200).extract().jsonPath();
        assertThat(delivered.getInt("updated")).isEqualTo(1);
    }

    @Test
    void badLinesFailAloneWithTheirLineNumberAndBadFilesApplyNothing() {
        String rma = pickup(order("bad"));
        String received = pickup(order("early"));
        operator().post(STAFF + "/" + received + "/receive").then().statusCode(200);
        String file = "rma,line,carrier,tracking\n"
                + "R-NOPE-" + run + ",,YAMATO,1111\n"        // line 2: unknown RMA
                + rma + ",,西濃運輸,2222\n"                   // line 3: unknown carrier
                + received + ",,YAMATO,3333\n"               // line 4: already received
                + rma + ",,SAGAWA,123456789012\n"            // line 5: fine
                + rma + ",,SAGAWA,123456789012\n"            // line 6: duplicate of line 5
                + rma + ",x,SAGAWA,1\n";                     // line 7: bad line number
        JsonPath result = given().auth().oauth2(TestTokens.token("kumo-operator", "/shops/" + SHOP + "/operator"))
                .header("Accept-Language", "en").contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .post(CARRIERS + "/tracking-imports").then().statusCode(200).extract().jsonPath();
        assertThat(result.getInt("updated")).isEqualTo(1);
        assertThat(result.getList("errors.line", Integer.class)).containsExactly(2, 3, 4, 6, 7);
        assertThat(result.getString("errors[0].message")).contains("R-NOPE-" + run);
        assertThat(result.getString("errors[2].message")).contains("RECEIVED");
        assertThat(result.getString("errors[3].message")).contains("line 5");
        operator().get(STAFF + "/" + received).then().body("status", equalTo("RECEIVED"))
                .body("logistics.trackingNumber", equalTo(null));
        operator().get(STAFF + "/" + rma).then().body("status", equalTo("IN_TRANSIT"))
                .body("logistics.trackingUrl", equalTo("https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo=123456789012"));

        // A quote left open or bytes in no known encoding refuse the whole file.
        String other = pickup(order("quote"));
        operator().contentType("text/csv").body(("rma,carrier,tracking\n" + other + ",\"YAMATO,9\n")
                .getBytes(StandardCharsets.UTF_8)).post(CARRIERS + "/tracking-imports").then().statusCode(422)
                .contentType("application/problem+json");
        operator().contentType("text/csv").body(new byte[] {(byte) 0x82, (byte) 0xFF, (byte) 0xFF, 0x0A})
                .post(CARRIERS + "/tracking-imports").then().statusCode(422);
        operator().get(STAFF + "/" + other).then().body("status", equalTo("AWAITING_SHIPMENT"));
    }

    @Test
    void anExchangeLineIsShippedAndDeliveredThroughTheImportWithTheLinkInTheMail() throws Exception {
        String token = order("taro");
        String rma = given().header("X-Kaeru-Order-Token", token).header("Accept-Language", "ja").contentType("application/json")
                .body("{\"returnMethod\":\"PREPAID_LABEL\",\"lines\":[{\"orderLineId\":" + orderLine(token)
                        + ",\"quantity\":1,\"reasonCode\":\"SIZE_TOO_SMALL\",\"resolution\":\"EXCHANGE\","
                        + "\"exchangeSku\":\"BOWL-" + run + "-L\"}],"
                        + "\"address\":{\"name\":\"佐藤 太郎\",\"postalCode\":\"100-0005\",\"prefecture\":\"東京都\","
                        + "\"city\":\"千代田区丸の内\",\"line1\":\"1-9-1\",\"phone\":\"03-0000-0000\"}}")
                .post(PORTAL + "/returns").then().statusCode(200).extract().path("rmaNumber");
        long line = ((Number) operator().get(STAFF + "/" + rma).then().extract().path("lines[0].id")).longValue();
        operator().post(STAFF + "/" + rma + "/receive").then().statusCode(200);
        operator().body("{\"grades\":[\"A\"]}").post(STAFF + "/" + rma + "/lines/" + line + "/grades").then().statusCode(200);
        operator().get(STAFF + "/" + rma).then().body("lines[0].fulfilment.state", equalTo("SHIPMENT_REQUESTED"));

        String reference = rma + "-L" + line;
        List<CSVRecord> rows = csv(operator().get(CARRIERS + "/b2cloud.csv?scope=exchanges").then().statusCode(200)
                .extract().asByteArray());
        CSVRecord mine = rows.stream().filter(r -> r.get(0).equals(reference)).findFirst().orElseThrow();
        assertThat(mine.get(15)).isEqualTo("佐藤 太郎");
        assertThat(mine.get(24)).isEqualTo("くも雑貨店 返品受付");

        byte[] issued = ("お客様管理番号,伝票番号\r\n" + reference + ",4901-0000-0001\r\n").getBytes(SJIS);
        assertThat(importCsv(operator(), SHOP, issued).getInt("updated")).isEqualTo(1);
        assertThat(importCsv(operator(), SHOP, issued).getInt("unchanged")).isEqualTo(1);
        operator().get(STAFF + "/" + rma).then().body("lines[0].fulfilment.state", equalTo("SHIPPED"))
                .body("lines[0].fulfilment.trackingNumber", equalTo("4901-0000-0001"));
        List<MimeMessage> mails = mailsTo(email("taro"), "交換品を発送");
        assertThat(mails).hasSize(1);
        assertThat(text(mails.get(0))).contains(YAMATO + "490100000001");

        String deliveredFile = "rma,line,carrier,tracking,status\n" + rma + "," + line + ",YAMATO,4901-0000-0001,DELIVERED\n";
        assertThat(importCsv(operator(), SHOP, deliveredFile.getBytes(StandardCharsets.UTF_8)).getInt("updated")).isEqualTo(1);
        assertThat(importCsv(operator(), SHOP, deliveredFile.getBytes(StandardCharsets.UTF_8)).getInt("unchanged")).isEqualTo(1);
        operator().get(STAFF + "/" + rma).then().body("lines[0].fulfilment.state", equalTo("DELIVERED"));
    }

    @Test
    void anotherShopCanNeitherExportNorImportThisShopsParcels() {
        String rma = pickup(order("eve"));
        umi().get(CARRIERS + "/b2cloud.csv").then().statusCode(403);
        umi().get(CARRIERS + "/ehiden.csv").then().statusCode(403);
        umi().get(CARRIERS + "/settings").then().statusCode(403);
        umi().contentType("text/csv").body(("rma,carrier,tracking\n" + rma + ",YAMATO,1\n").getBytes(StandardCharsets.UTF_8))
                .post(CARRIERS + "/tracking-imports").then().statusCode(403);
        // Through its own door a line naming this shop's return and exchange line finds nothing of it (RMA
        // numbers are per shop, so a plain RMA could be one of umi's own returns).
        long line = ((Number) operator().get(STAFF + "/" + rma).then().extract().path("lines[0].id")).longValue();
        JsonPath own = importCsv(umi(), "umi-outdoor", ("rma,line,carrier,tracking\n" + rma + "," + line + ",YAMATO,1\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(own.getInt("updated")).isZero();
        assertThat(own.getList("errors.line", Integer.class)).containsExactly(2);
        operator().get(STAFF + "/" + rma).then().body("status", equalTo("AWAITING_SHIPMENT"));
    }
}
