package com.kaeru.api.settings;

import java.util.List;

import com.kaeru.api.shops.ShopDto;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A shop's configuration (MANAGE_SETTINGS: managers and agency admins; others get 403). */
@Path("/shops/{slug}/settings")
@Tag(name = "Settings", description = "Shop configuration for managers")
@Produces(MediaType.APPLICATION_JSON)
public interface ShopSettingsApi {

    @GET
    @Operation(operationId = "getShopSettings", summary = "Languages, refund rules and return methods")
    ShopSettingsDto get(@PathParam("slug") String slug);

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateShopSettings", summary = "Replace languages, refund rules and return methods")
    @APIResponse(responseCode = "400", description = "Invalid settings; field errors say why")
    ShopSettingsDto update(@PathParam("slug") String slug, ShopSettingsUpdate settings);

    @POST
    @Path("/approval-limit-changes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "proposeApprovalLimitChange", summary = "Propose a new refund approval limit; it applies only when another manager approves it "
            + "(replaces a proposal still waiting)")
    ShopSettingsDto proposeApprovalLimit(@PathParam("slug") String slug, ApprovalLimitProposal proposal);

    @POST
    @Path("/approval-limit-changes/{id}/approve")
    @Operation(operationId = "approveApprovalLimitChange", summary = "Approve a proposed approval limit (not the person who proposed it): it applies at once")
    @APIResponse(responseCode = "403", description = "The caller proposed it")
    @APIResponse(responseCode = "409", description = "No such proposal waits (decided or replaced)")
    ShopSettingsDto approveApprovalLimit(@PathParam("slug") String slug, @PathParam("id") long id);

    @POST
    @Path("/approval-limit-changes/{id}/reject")
    @Operation(operationId = "rejectApprovalLimitChange", summary = "Reject (or, as its proposer, withdraw) a proposed approval limit; the limit stays")
    @APIResponse(responseCode = "409", description = "No such proposal waits (decided or replaced)")
    ShopSettingsDto rejectApprovalLimit(@PathParam("slug") String slug, @PathParam("id") long id);

    @PUT
    @Path("/return-address")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReturnAddress", summary = "Set where returned parcels go: the recipient of the shop's prepaid return labels")
    @APIResponse(responseCode = "400", description = "Invalid address; field errors say why")
    ShopDto changeReturnAddress(@PathParam("slug") String slug, ReturnAddressUpdate address);

    @PUT
    @Path("/logo")
    @Consumes({"image/png", "image/jpeg", "image/webp"})
    @Operation(operationId = "uploadShopLogo", summary = "Upload the logo (PNG, JPEG or WebP by its bytes, at most 512 KB); the shop's logo URL "
            + "then points at the public copy")
    @APIResponse(responseCode = "413", description = "Larger than 512 KB")
    @APIResponse(responseCode = "415", description = "Not a PNG, JPEG or WebP image")
    ShopDto uploadLogo(@PathParam("slug") String slug, java.io.InputStream image);

    @DELETE
    @Path("/logo")
    @Operation(operationId = "removeShopLogo", summary = "Remove the logo (uploaded or linked)")
    ShopDto removeLogo(@PathParam("slug") String slug);

    @GET
    @Path("/return-reasons")
    @Operation(operationId = "listReasonSettings", summary = "All return reasons, inactive ones included, parents before children")
    List<ReasonSettingDto> reasons(@PathParam("slug") String slug);

    @PUT
    @Path("/return-reasons/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReasonSetting", summary = "Create a reason or rename, move, reorder, deactivate or reactivate it")
    @APIResponse(responseCode = "422", description = "Unknown parent, nesting too deep, or a parent with active children deactivated")
    List<ReasonSettingDto> saveReason(@PathParam("slug") String slug, @PathParam("code") String code,
                                      ReasonUpdate reason);

    @GET
    @Path("/notification-templates")
    @Operation(operationId = "listNotificationTemplates", summary = "Every customer e-mail template in both languages: the shop's own or the default")
    List<NotificationTemplateDto> templates(@PathParam("slug") String slug);

    @PUT
    @Path("/notification-templates/{event}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveNotificationTemplate", summary = "Use the shop's own text for this e-mail")
    @APIResponse(responseCode = "422", description = "The template does not compile")
    NotificationTemplateDto saveTemplate(@PathParam("slug") String slug, @PathParam("event") String event,
                                         @PathParam("language") String language, TemplateUpdate template);

    @DELETE
    @Path("/notification-templates/{event}/{language}")
    @Operation(operationId = "resetNotificationTemplate", summary = "Go back to Kaeru's default text for this e-mail")
    NotificationTemplateDto resetTemplate(@PathParam("slug") String slug, @PathParam("event") String event,
                                          @PathParam("language") String language);

    @POST
    @Path("/notification-templates/{event}/{language}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewNotificationTemplate", summary = "Render a (possibly unsaved) template with sample data")
    RenderedEmailDto previewTemplate(@PathParam("slug") String slug, @PathParam("event") String event,
                                     @PathParam("language") String language, TemplateUpdate template);

    @POST
    @Path("/notification-templates/{event}/{language}/test")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "sendTestNotificationEmail", summary = "Send the rendered template to the caller's own e-mail address (through the outbox)")
    @APIResponse(responseCode = "422", description = "The caller's token carries no e-mail address")
    RenderedEmailDto sendTestEmail(@PathParam("slug") String slug, @PathParam("event") String event,
                                   @PathParam("language") String language, TemplateUpdate template);
}
