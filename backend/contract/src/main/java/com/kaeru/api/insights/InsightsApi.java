package com.kaeru.api.insights;

import com.kaeru.api.returns.ReturnPageDto;

import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A shop's insights. Periods: {@code from}/{@code to} as {@code yyyy-MM-dd}, inclusive, in the shop's
 * time zone; both absent means the last 30 days up to today; one absent is a problem. The span is at
 * most {@link #MAX_SPAN_DAYS} days; {@code to} may not lie after today. Roles: VIEW_REPORTS (analysts,
 * managers, agency admins) for everything except {@link #work}, which also operators may call, and
 * {@link #rebuild}, which needs MANAGE_SETTINGS (managers, agency admins).
 */
@Path("/shops/{slug}/insights")
@Tag(name = "Insights", description = "Return analytics and KPIs")
@Produces(MediaType.APPLICATION_JSON)
public interface InsightsApi {
    /** Longest period in days (a year and a bit, so twelve whole months fit whatever the start day). */
    int MAX_SPAN_DAYS = 400;
    /** A customer with at least this many return requests in the period is a frequent returner. */
    int FREQUENT_RETURNER_MIN_RETURNS = 3;
    /** KPI codes in the order of {@link ShopInsightsDto#kpis()} and {@link AgencyShopInsightsDto#kpis()}. */
    List<String> METRICS = List.of("SALES", "ORDERS", "AVERAGE_ORDER_VALUE", "UNITS_SOLD", "RETURNS", "UNITS_RETURNED",
            "RETURN_RATE", "EXCHANGE_RATE", "RETAINED_REVENUE", "RETAINED_RATIO", "REFUNDED", "REFUND_LEAD_TIME_MEDIAN",
            "REFUND_24H_COMPLIANCE", "VALUE_DISPOSED", "BACKORDERS_OPENED", "BACKORDER_WAIT", "REPEAT_RATE",
            "FREQUENT_RETURNERS", "SATISFACTION_AVERAGE", "SATISFACTION_CSAT", "RATINGS", "EXCHANGE_SHIP_DAYS",
            "EXCHANGE_SHIPPED_LATE", "INVENTORY_TURNOVER_DAYS");
    /** Figures accepted by {@link #drill}; the meaning of {@code key} is given per figure in docs/insights.md. */
    List<String> FIGURES = List.of("RETURNS", "REASON", "VARIANT", "RESOLUTION", "REFUNDS", "REFUNDS_LATE", "GRADE",
            "BACKORDERS", "CUSTOMER");
    /** Dimensions accepted by {@link #returnRates}. */
    List<String> DIMENSIONS = List.of("VARIANT", "PRODUCT", "SIZE", "COLOUR", "CATEGORY", "CHANNEL");
    /** Comparison periods. */
    List<String> COMPARISONS = List.of("previous", "last-year", "none");

    @GET
    @Operation(operationId = "getShopInsights", summary = "The dashboard's figures for a period: KPI tiles with the comparison period's "
            + "values, series, reasons, top returned variants with fit signals, exchange vs refund, refund lead time, "
            + "grades, backorders, customers. compare=previous (default), last-year or none")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "403", description = "The caller may not read this shop's reports")
    @APIResponse(responseCode = "422", description = "An unreadable, backwards, too long or future period, or an unknown comparison")
    ShopInsightsDto overview(@PathParam("slug") String slug, @QueryParam("from") String from,
                             @QueryParam("to") String to, @QueryParam("compare") String compare);

    @GET
    @Path("/work")
    @Operation(operationId = "getShopWork", summary = "Today's work counts (needs review, refunds overdue, received today, waiting "
            + "for the parcel, customer answered), each with the returns-queue filters that list them; operators too")
    @APIResponse(responseCode = "200", description = "The counts")
    @APIResponse(responseCode = "403", description = "The caller has no role in this shop")
    WorkTilesDto work(@PathParam("slug") String slug);

    @GET
    @Path("/return-rates")
    @Operation(operationId = "getShopReturnRates", summary = "Return rate (units returned ÷ units sold, by order date) per value of a "
            + "dimension: VARIANT, PRODUCT, SIZE, COLOUR, CATEGORY or CHANNEL; most returned units first")
    @APIResponse(responseCode = "200", description = "The rates")
    @APIResponse(responseCode = "403", description = "The caller may not read this shop's reports")
    @APIResponse(responseCode = "422", description = "An unknown dimension or comparison, or a bad period")
    ReturnRateTableDto returnRates(@PathParam("slug") String slug, @QueryParam("dimension") String dimension,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("compare") String compare,
                                   @QueryParam("limit") @DefaultValue("50") int limit);

    @GET
    @Path("/returns")
    @Operation(operationId = "drillShopInsights", summary = "The returns behind a figure of the same period (figure, key as given in "
            + "the figure's drill-down), as a returns-queue page, newest first")
    @APIResponse(responseCode = "200", description = "A page of returns")
    @APIResponse(responseCode = "403", description = "The caller may not read this shop's reports")
    @APIResponse(responseCode = "422", description = "An unknown figure, a key the figure does not know, or a bad period")
    ReturnPageDto drill(@PathParam("slug") String slug, @QueryParam("figure") String figure,
                        @QueryParam("key") String key, @QueryParam("from") String from, @QueryParam("to") String to,
                        @QueryParam("page") @DefaultValue("0") int page,
                        @QueryParam("size") @DefaultValue("50") int size);

    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    @Operation(operationId = "getShopInsightsReportPdf", summary = "The dashboard's figures of a period as an A4 report PDF (KPI tiles "
            + "with the comparison, returns over time and reasons as charts, top returned variants with reason and fit "
            + "signal, 24 h refund compliance) in lang=ja or en (default: Accept-Language)")
    @APIResponse(responseCode = "200", description = "The report, as an attachment named <shop>-insights-<from>-<to>.pdf")
    @APIResponse(responseCode = "403", description = "The caller may not read this shop's reports")
    @APIResponse(responseCode = "422", description = "An unreadable, backwards, too long or future period, an unknown comparison "
            + "or language")
    Response reportPdf(@PathParam("slug") String slug, @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("compare") String compare, @QueryParam("lang") String lang);

    @GET
    @Path("/report.csv")
    @Produces("text/csv")
    @Operation(operationId = "getShopInsightsReportCsv", summary = "The report's figures as CSV, one row per figure (KPI, SERIES, REASON, "
            + "VARIANT, LEAD_TIME); charset=UTF-8 (default, with a byte-order mark so Excel reads it) or Shift_JIS "
            + "(Windows-31J); labels in lang=ja or en (default: Accept-Language)")
    @APIResponse(responseCode = "200", description = "The figures, as an attachment named <shop>-insights-<from>-<to>.csv")
    @APIResponse(responseCode = "403", description = "The caller may not read this shop's reports")
    @APIResponse(responseCode = "422", description = "A bad period, an unknown comparison, charset or language")
    Response reportCsv(@PathParam("slug") String slug, @QueryParam("from") String from, @QueryParam("to") String to,
                       @QueryParam("compare") String compare, @QueryParam("charset") @DefaultValue("UTF-8") String charset,
                       @QueryParam("lang") String lang);

    @POST
    @Path("/rebuild")
    @Operation(operationId = "rebuildShopInsights", summary = "Rebuilds the shop's projection from its returns and orders (managers); "
            + "the live projection then continues from the events")
    @APIResponse(responseCode = "200", description = "What was rebuilt")
    @APIResponse(responseCode = "403", description = "The caller may not change this shop's settings")
    RebuildResultDto rebuild(@PathParam("slug") String slug);
}
