package dev.inkwell.adapters.rest.comment;

import dev.inkwell.adapters.rest.shared.RateLimited;
import dev.inkwell.adapters.rest.security.CurrentActor;
import dev.inkwell.adapters.rest.shared.Ids;
import dev.inkwell.application.port.in.DeleteCommentUseCase;
import dev.inkwell.application.port.in.EditCommentUseCase;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.comment.CommentId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/comments/{id}")
@Tag(name = "Comments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CommentResource {

    @Inject
    EditCommentUseCase edit;
    @Inject
    DeleteCommentUseCase delete;
    @Inject
    CommentResponseMapper mapper;
    @Inject
    CurrentActor actor;

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @PATCH
    @Operation(summary = "Edit a comment", description = "Its writer only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommentResponses.Comment.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommentResponses.Comment edit(@PathParam("id") String id, @NotNull CommentRequests.Write body) {
        CommentId commentId = commentId(id);
        CommentContent content = new CommentContent(body.content());
        return mapper.toResponse(edit.edit(actor.required(), commentId, content));
    }

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @DELETE
    @Operation(summary = "Delete a comment", description = "Its writer, the post's author, a MODERATOR or an ADMIN.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("id") String id) {
        delete.delete(actor.required(), commentId(id));
        return Response.noContent().build();
    }

    private static CommentId commentId(String id) {
        return new CommentId(Ids.uuid(id, "id"));
    }
}
