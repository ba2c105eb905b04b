package dev.inkwell.adapters.rest.conduit;

import dev.inkwell.adapters.rest.conduit.ConduitShapes.TagsResponse;
import dev.inkwell.application.port.in.BrowseTagsUseCase;
import dev.inkwell.application.port.model.TagCount;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Conduit.PREFIX + "/tags")
@Tag(name = Conduit.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class ConduitTagsResource {

    @Inject
    BrowseTagsUseCase tags;

    @GET
    @Operation(summary = "Get tags", description = "The 100 most used tags of published posts, most used first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TagsResponse.class)))
    public TagsResponse list() {
        return new TagsResponse(tags.popular(BrowseTagsUseCase.MAX_LIMIT).stream().map(TagCount::name).toList());
    }
}
