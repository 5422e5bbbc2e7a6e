package id.suarawarga.webhook;

import id.suarawarga.access.Roles;
import id.suarawarga.common.openapi.ApiProblems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admin API for webhooks: subscribe an endpoint to a region's (or a program's) changes, read and replay deliveries. */
@Path("/api/v1/webhooks")
@Tag(
        name = "Webhooks",
        description = "Changes pushed to other systems, signed per Standard Webhooks (webhook-id, webhook-timestamp,"
                + " webhook-signature: v1,base64 HMAC-SHA256 of id.timestamp.body with the secret), retried with"
                + " back-off, each message once per webhook-id.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WebhookResource {

    private final WebhookService service;

    WebhookResource(WebhookService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "List webhooks (without secrets)")
    @APIResponse(responseCode = "200", description = "Every active webhook within the admin's regions.")
    public List<WebhookView> list() {
        return service.list();
    }

    @POST
    @Operation(
            operationId = "createWebhook",
            summary = "Subscribe an endpoint to a region's or a program's changes",
            description = "The answer is the only time the signing secret is shown.")
    @APIResponse(responseCode = "201", description = "Created, with its secret.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = ApiProblems.VALIDATION_FAILED)
    public Response create(@Valid @NotNull WebhookRequest request, UriInfo uri) {
        WebhookView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("/{webhookId}")
    @Operation(
            operationId = "getWebhook",
            summary = "Get a webhook (without its secret)",
            description = "Stopped ones too.")
    @APIResponse(responseCode = "200", description = "The webhook.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public WebhookView get(@PathParam("webhookId") long webhookId) {
        return service.get(webhookId);
    }

    @DELETE
    @Path("/{webhookId}")
    @Operation(operationId = "deleteWebhook", summary = "Stop a webhook", description = "Nothing more is sent.")
    @APIResponse(responseCode = "204", description = "Stopped.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public void delete(@PathParam("webhookId") long webhookId) {
        service.delete(webhookId);
    }

    @GET
    @Path("/{webhookId}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log, newest first (at most 100)")
    @APIResponse(responseCode = "200", description = "Each message with its state and last attempt.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    public List<DeliveryView> deliveries(@PathParam("webhookId") long webhookId) {
        return service.deliveries(webhookId);
    }

    @POST
    @Path("/{webhookId}/deliveries/{deliveryId}/replay")
    @Operation(
            operationId = "replayWebhookDelivery",
            summary = "Send a delivery again",
            description = "Same webhook-id, so a receiver that already handled it can tell; sent within seconds.")
    @APIResponse(responseCode = "202", description = "Queued.")
    @APIResponse(responseCode = "404", ref = ApiProblems.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiProblems.CONFLICT)
    public Response replay(@PathParam("webhookId") long webhookId, @PathParam("deliveryId") String deliveryId) {
        service.replay(webhookId, deliveryId);
        return Response.accepted().build();
    }
}
