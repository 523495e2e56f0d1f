package com.kaeru.backend.returns;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.kaeru.backend.it.Deployments;
import com.kaeru.backend.it.Images;
import com.kaeru.backend.it.Shops;
import com.kaeru.backend.it.Sql;
import com.kaeru.backend.returns.application.ReturnPhotos;
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

/** The server's own limits on customer photos: pixels before decoding, a quota per order, purge on cancel. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReturnPhotoLimitsIT {
    private static final String SHOP = "sakura-apparel";
    private static final String PORTAL = "/v1/portal/shops/" + SHOP;
    private static final int LINES = 6;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.builtApiWar();
    }

    @ArquillianResource
    URL base;

    private String run;
    private String token;

    @BeforeEach
    void orderOfSixItems() {
        RestAssured.baseURI = base.toString().replace(base.getHost(), "localhost").replaceAll("/$", "");
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        StringBuilder variants = new StringBuilder();
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= LINES; i++) {
            variants.append(i > 1 ? "," : "").append("{\"sku\":\"PH-%s-%d\",\"size\":\"S%d\",\"priceMinor\":3000}".formatted(run, i, i));
            lines.append(i > 1 ? "," : "").append("{\"lineNo\":%d,\"sku\":\"PH-%s-%d\",\"quantity\":1,\"unitPriceMinor\":3000}"
                    .formatted(i, run, i));
        }
        Shops.products(SHOP, "[{\"externalId\":\"PH-" + run + "\",\"nameJa\":\"写真テスト\",\"nameEn\":\"Photo test\",\"variants\":["
                + variants + "]}]");
        String email = "ph-" + run.toLowerCase() + "@example.jp";
        Shops.order(SHOP, "PH-" + run, email, 3, 0, "[" + lines + "]");
        token = Shops.customerToken(SHOP, "PH-" + run, email);
    }

    private RequestSpecification customer() {
        return given().header("X-Kaeru-Order-Token", token);
    }

    /** Requests a refund of the given order lines; returns the RMA and the return line ids. */
    private List<String> returnOf(List<Number> orderLines) {
        StringBuilder body = new StringBuilder("{\"returnMethod\":\"PREPAID_LABEL\",\"lines\":[");
        for (int i = 0; i < orderLines.size(); i++) {
            body.append(i > 0 ? "," : "").append("{\"orderLineId\":" + orderLines.get(i)
                    + ",\"quantity\":1,\"reasonCode\":\"DEFECTIVE\",\"resolution\":\"REFUND\",\"refundMethod\":\"ORIGINAL_PAYMENT\"}");
        }
        var created = customer().contentType("application/json").body(body.append("]}").toString())
                .post(PORTAL + "/returns").then().statusCode(200);
        List<String> ids = new ArrayList<>();
        ids.add(created.extract().path("rmaNumber"));
        List<Object> lineIds = created.extract().path("lines.id");
        lineIds.forEach(id -> ids.add(id.toString()));
        return ids;
    }

    private io.restassured.response.ValidatableResponse upload(String rma, String line, String type, byte[] image) {
        return customer().contentType(type).header("Accept-Language", "en").body(image)
                .post(PORTAL + "/returns/" + rma + "/lines/" + line + "/photos").then();
    }

    private List<Number> orderLines() {
        return customer().get(PORTAL + "/order").then().statusCode(200).extract().path("lines.orderLineId");
    }

    @Test
    void imagesDeclaringHugeSizesAreRefusedBeforeDecoding() {
        List<String> ret = returnOf(orderLines().subList(0, 1));
        upload(ret.get(0), ret.get(1), "image/png", Images.pngDeclaring(11_000, 11_000)).statusCode(413)
                .contentType("application/problem+json").body("detail", containsString("8,192"));
        upload(ret.get(0), ret.get(1), "image/jpeg", Images.jpegDeclaring(20_000, 20_000)).statusCode(413);
        upload(ret.get(0), ret.get(1), "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})
                .statusCode(415);
        upload(ret.get(0), ret.get(1), "image/jpeg", Images.jpeg(640, 480, 1)).statusCode(200);
        assertThat(Sql.number("select count(*) from return_photo p join return_request r on r.id = p.return_id "
                + "where r.rma_number = ?", ret.get(0))).isEqualTo(1);
    }

    @Test
    void anOrderHoldsAtMostItsQuotaAndACancelledReturnsPhotosAreDeleted() {
        List<String> ret = returnOf(orderLines());
        String rma = ret.get(0);
        int uploaded = 0;
        for (int line = 1; line <= LINES && uploaded < ReturnPhotos.MAX_PER_ORDER; line++) {
            for (int i = 0; i < 5 && uploaded < ReturnPhotos.MAX_PER_ORDER; i++, uploaded++) {
                upload(rma, ret.get(line), "image/png", Images.png(8, 8, line * 100 + i)).statusCode(200);
            }
        }
        upload(rma, ret.get(LINES), "image/png", Images.png(8, 8, 9999)).statusCode(422)
                .body("detail", equalTo("At most " + ReturnPhotos.MAX_PER_ORDER + " photos per order."));
        assertThat(photosOf(rma)).isEqualTo(ReturnPhotos.MAX_PER_ORDER);

        customer().post(PORTAL + "/returns/" + rma + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        assertThat(photosOf(rma)).isZero();

        // The quota is free again for a new request of the same order.
        List<String> again = returnOf(orderLines().subList(0, 1));
        upload(again.get(0), again.get(1), "image/png", Images.png(8, 8, 1)).statusCode(200);
    }

    private static long photosOf(String rma) {
        return Sql.number("select count(*) from return_photo p join return_request r on r.id = p.return_id "
                + "where r.rma_number = ?", rma);
    }
}
