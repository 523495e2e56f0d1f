package com.kaeru.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.kaeru.generated.client.ApiClient;
import com.kaeru.generated.client.api.IntegrationApi;
import com.kaeru.generated.client.api.PortalApi;
import com.kaeru.generated.client.api.ReturnsApi;
import com.kaeru.generated.client.model.BatchResult;
import com.kaeru.generated.client.model.GradeSubmission;
import com.kaeru.generated.client.model.OrderLineRecord;
import com.kaeru.generated.client.model.OrderLookup;
import com.kaeru.generated.client.model.OrderRecord;
import com.kaeru.generated.client.model.PortalOrderDto;
import com.kaeru.generated.client.model.PortalOrderLineDto;
import com.kaeru.generated.client.model.RefundDto;
import com.kaeru.generated.client.model.ReturnDto;
import com.kaeru.generated.client.model.ReturnLineDto;
import com.kaeru.generated.client.model.ReturnLineSubmission;
import com.kaeru.generated.client.model.ReturnSubmission;
import com.kaeru.generated.client.model.TimelineEntryDto;
import org.junit.jupiter.api.Test;

/**
 * An integrator's proof that the published contract works: the README's "A return through the API
 * alone", step by step, through the Java client openapi-generator made from the checked-in OpenAPI
 * document (this module's build generates and compiles it), against the running system with a real
 * Keycloak token. A document that lost a response type, an operationId or a parameter breaks the
 * compilation or this flow.
 */
class GeneratedClientIT {
    private static final String SHOP = "sakura-apparel";
    private static final String SHIRT = "LINEN-SHIRT-S-WHITE";
    private static final String JEANS = "DENIM-28-INDIGO";

    private static ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(SystemUnderTest.baseUrl() + "/api"); // the document's server is relative: /api
        return client;
    }

    @Test
    void theReadmeReturnRunsThroughTheGeneratedClient() throws Exception {
        ApiClient staff = client();
        String token = KeycloakTokens.accessToken("sakura-manager");
        staff.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        ApiClient customer = client(); // the portal is public: no credentials

        // 1. the shop system upserts an order delivered two days ago; the same batch again changes nothing
        String number = "GEN-" + System.currentTimeMillis();
        OffsetDateTime delivered = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.DAYS)
                .withHour(5);
        OrderRecord order = new OrderRecord().externalId(number).orderNumber(number).channel("OWN_SITE")
                .customerName("山田 花子").customerEmail("yamada@example.jp")
                .orderedAt(delivered).deliveredAt(delivered)
                .postalCode("150-0001").prefecture("東京都").city("渋谷区").addressLine1("神宮前1-2-3")
                .lines(List.of(
                        new OrderLineRecord().lineNo(1).sku(SHIRT).quantity(1).unitPriceMinor(7900L),
                        new OrderLineRecord().lineNo(2).sku(JEANS).quantity(1).unitPriceMinor(9800L)));
        IntegrationApi integration = new IntegrationApi(staff);
        assertThat(integration.upsertOrders(SHOP, List.of(order)).getCreated()).isEqualTo(1);
        BatchResult again = integration.upsertOrders(SHOP, List.of(order));
        assertThat(again.getRecords()).singleElement()
                .satisfies(record -> assertThat(record.getOutcome()).isEqualTo("UNCHANGED"));

        // 2. the customer opens the order and sees what may be returned
        PortalApi portal = new PortalApi(customer);
        String orderToken = portal.lookUpOrder(SHOP, new OrderLookup().orderNumber(number)
                .emailOrPhone("yamada@example.jp")).getToken();
        PortalOrderDto opened = portal.getPortalOrder(SHOP, orderToken);
        PortalOrderLineDto shirt = line(opened, SHIRT);
        PortalOrderLineDto jeans = line(opened, JEANS);
        assertThat(shirt.getReturnableQuantity()).isEqualTo(1);

        // 3. exchange the shirt for size M, refund the jeans as store credit: the policy approves at once
        ReturnDto requested = portal.submitReturn(SHOP, orderToken, new ReturnSubmission().lines(List.of(
                new ReturnLineSubmission().orderLineId(shirt.getOrderLineId()).quantity(1)
                        .reasonCode("SIZE_TOO_SMALL").resolution(ReturnLineSubmission.ResolutionEnum.EXCHANGE).exchangeSku("LINEN-SHIRT-M-WHITE"),
                new ReturnLineSubmission().orderLineId(jeans.getOrderLineId()).quantity(1)
                        .reasonCode("CHANGED_MIND").resolution(ReturnLineSubmission.ResolutionEnum.REFUND)
                        .refundMethod(ReturnLineSubmission.RefundMethodEnum.STORE_CREDIT))));
        String rma = requested.getRmaNumber();
        assertThat(rma).isNotBlank();

        // 4. the warehouse receives it and grades the shirt A, the jeans B: exchange and refund fire
        ReturnsApi returns = new ReturnsApi(staff);
        ReturnDto received = returns.receiveReturn(SHOP, rma);
        ReturnDto graded = received;
        for (ReturnLineDto line : received.getLines()) {
            GradeSubmission.GradesEnum grade = SHIRT.equals(line.getSku()) ? GradeSubmission.GradesEnum.A
                    : GradeSubmission.GradesEnum.B;
            graded = returns.gradeReturnLine(SHOP, rma, line.getId(), new GradeSubmission().grades(List.of(grade)));
        }

        assertThat(graded.getStatus()).isEqualTo(ReturnDto.StatusEnum.COMPLETED);
        assertThat(graded.getRefunds()).singleElement().satisfies(refund -> {
            assertThat(refund.getMethod()).isEqualTo(RefundDto.MethodEnum.STORE_CREDIT);
            assertThat(refund.getStatus()).isEqualTo(RefundDto.StatusEnum.ISSUED);
        });
        assertThat(graded.getTimeline()).extracting(TimelineEntryDto::getAction)
                .contains("EXCHANGE_SHIPMENT_REQUESTED", "REFUND_ISSUED"); // the warehouse ships it later (fulfilments API)
        assertThat(returns.getReturn(SHOP, rma).getRefunds()).extracting(RefundDto::getStatus)
                .containsExactly(RefundDto.StatusEnum.ISSUED);
    }

    private static PortalOrderLineDto line(PortalOrderDto order, String sku) {
        return order.getLines().stream().filter(line -> sku.equals(line.getSku())).findFirst().orElseThrow();
    }
}
