package dev.inkwell.adapters.rest.comment;

import dev.inkwell.adapters.rest.shared.RateLimited;
import dev.inkwell.adapters.rest.comment.CommentResponses.CommentPage;
import dev.inkwell.adapters.rest.security.CurrentActor;
import dev.inkwell.adapters.rest.shared.Ids;
import dev.inkwell.adapters.rest.shared.PageParams;
import dev.inkwell.adapters.rest.shared.PageResponse;
import dev.inkwell.application.port.in.AddCommentUseCase;
import dev.inkwell.application.port.in.ListCommentsUseCase;
import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.post.PostId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/posts/{id}/comments")
@Tag(name = "Comments", description = "Comments on published posts")
@Produces(MediaType.APPLICATION_JSON)
public class PostCommentsResource {

    @Inject
    AddCommentUseCase add;
    @Inject
    ListCommentsUseCase list;
    @Inject
    CommentResponseMapper mapper;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uriInfo;

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Authenticated
    @Operation(summary = "Comment on a post", description = "Published posts only. A draft is 404 for everyone but its"
            + " author, who gets 403: publish it first.")
    @APIResponse(responseCode = "201", description = "Created; Location names the comment",
            content = @Content(schema = @Schema(implementation = CommentResponses.Comment.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@Parameter(description = "the post's id") @PathParam("id") String id,
                        @NotNull CommentRequests.Write body) {
        CommentContent content = new CommentContent(body.content());
        CommentView comment = add.add(actor.required(), postId(id), content);
        return Response.created(uriInfo.getBaseUriBuilder().path("comments").path(comment.id().toString()).build())
                .entity(mapper.toResponse(comment)).build();
    }

    @GET
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @SecurityRequirementsSet // optional: the author and ADMINs also see a draft's comments
    @Operation(summary = "A post's comments", description = "Newest first. A draft's comments are 404 for everyone but"
            + " its author and ADMINs.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommentPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageResponse<CommentResponses.Comment> list(
            @Parameter(description = "the post's id") @PathParam("id") String id, @BeanParam PageParams page) {
        return PageResponse.of(list.list(postId(id), actor.optional(), page.toRequest()), mapper::toResponse);
    }

    private static PostId postId(String id) {
        return new PostId(Ids.uuid(id, "id"));
    }
}
