package dev.inkwell.adapters.rest.webhook;

import dev.inkwell.adapters.rest.security.CurrentActor;
import dev.inkwell.adapters.rest.shared.Ids;
import dev.inkwell.adapters.rest.shared.PageParams;
import dev.inkwell.adapters.rest.shared.PageResponse;
import dev.inkwell.application.port.in.ManageWebhooksUseCase;
import dev.inkwell.application.port.model.WebhookViews.AttemptView;
import dev.inkwell.application.port.model.WebhookViews.RegisteredWebhook;
import dev.inkwell.application.port.model.WebhookViews.WebhookView;
import dev.inkwell.domain.webhook.WebhookId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/webhooks")
@Tag(name = "Webhooks", description = "HTTP endpoints told when content changes (ADMIN only)")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class WebhookResource {

    static final String EVENTS = "post.published, post.unpublished, post.updated (a published post edited),"
            + " post.deleted (a published post deleted), comment.created, comment.deleted";

    @Inject
    ManageWebhooksUseCase webhooks;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uriInfo;

    @Schema(name = "RegisterWebhookRequest")
    public record Register(
            @Schema(example = "https://hooks.example.com/inkwell", required = true, maxLength = 2048,
                    description = "absolute http(s) URL; loopback, link-local and private targets are refused unless"
                            + " inkwell.webhooks.allow-private-targets=true") String url,
            @Schema(example = "[\"post.published\", \"comment.created\"]", required = true,
                    description = "one or more of: " + EVENTS) List<String> events,
            @Schema(description = "16..200 printable ASCII characters without spaces; generated (64 hex digits)"
                    + " when absent", nullable = true) String secret) {
    }

    @Schema(name = "Webhook")
    public record Webhook(UUID id, @Schema(example = "https://hooks.example.com/inkwell") String url,
                          @Schema(example = "[\"post.published\"]") List<String> events, Instant createdAt) {

        static Webhook of(WebhookView view) {
            return new Webhook(view.id(), view.url(), view.events(), view.createdAt());
        }
    }

    @Schema(name = "RegisteredWebhook", description = "The only answer that shows the secret")
    public record Registered(UUID id, String url, List<String> events,
                             @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                             String secret, Instant createdAt) {
    }

    @Schema(name = "WebhookList")
    public record WebhookList(List<Webhook> data) {
    }

    @Schema(name = "WebhookDelivery", description = "One delivery attempt")
    public record Delivery(UUID id, @Schema(example = "post.published") String event,
                           @Schema(description = "the event's id: the body's id and the Inkwell-Delivery header")
                           UUID eventId, @Schema(example = "1") int attempt,
                           @Schema(enumeration = {"succeeded", "retrying", "failed"}) String status,
                           @Schema(nullable = true, example = "200") Integer responseCode,
                           @Schema(nullable = true, example = "connection refused") String error, Instant at) {

        static Delivery of(AttemptView view) {
            return new Delivery(view.id(), view.event(), view.eventId(), view.attempt(), view.status().wireName(),
                    view.responseCode(), view.error(), view.at());
        }
    }

    @Schema(name = "WebhookDeliveryPage")
    public record DeliveryPage(List<Delivery> data, PageResponse.Meta meta) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a webhook", description = "ADMIN only. Every event it subscribes to is POSTed to"
            + " `url` as `{id, event, occurredAt, data}` with the headers `Inkwell-Event`, `Inkwell-Delivery` (the"
            + " event id, the same on every retry) and `Inkwell-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of"
            + " \"<t>.<body>\" keyed with the secret>`; retried with backoff (1 s, 2 s, 4 s… up to an hour) until a"
            + " 2xx answer, `inkwell.webhooks.max-attempts` times at most.")
    @APIResponse(responseCode = "201", description = "Registered; the secret is shown here only",
            content = @Content(schema = @Schema(implementation = Registered.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response register(@NotNull Register body) {
        RegisteredWebhook registered = webhooks.register(actor.required(), body.url(), body.events(), body.secret());
        WebhookView view = registered.webhook();
        return Response.created(uriInfo.getAbsolutePathBuilder().path(view.id().toString()).build())
                .entity(new Registered(view.id(), view.url(), view.events(), registered.secret(), view.createdAt()))
                .build();
    }

    @GET
    @Operation(summary = "Registered webhooks", description = "ADMIN only. Oldest first, without their secrets.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WebhookList.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public WebhookList list() {
        return new WebhookList(webhooks.list(actor.required()).stream().map(Webhook::of).toList());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook", description = "ADMIN only. Its pending deliveries are dropped with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(actor.required(), new WebhookId(Ids.uuid(id, "id")));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "A webhook's delivery attempts", description = "ADMIN only. Newest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeliveryPage.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageResponse<Delivery> deliveries(@PathParam("id") String id, @BeanParam PageParams page) {
        return PageResponse.of(webhooks.deliveries(actor.required(), new WebhookId(Ids.uuid(id, "id")),
                page.toRequest()), Delivery::of);
    }
}
