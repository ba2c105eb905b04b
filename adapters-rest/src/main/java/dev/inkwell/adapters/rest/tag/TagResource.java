package dev.inkwell.adapters.rest.tag;

import dev.inkwell.adapters.rest.shared.PublicRead;
import dev.inkwell.application.port.in.BrowseTagsUseCase;
import dev.inkwell.domain.error.InvalidInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tags")
@Tag(name = "Tags", description = "Free-form labels on posts")
@Produces(MediaType.APPLICATION_JSON)
public class TagResource {

    @Inject
    BrowseTagsUseCase tags;

    @PublicRead
    @APIResponse(responseCode = "304", ref = "NotModified")
    @GET
    @Operation(summary = "Tags in use", description = "Tags of published posts, most used first, then by name (code"
            + " point). `postCount` counts published posts of active authors.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TagList.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public TagList list(@Parameter(schema = @Schema(defaultValue = "100", minimum = "1", maximum = "100"))
                        @QueryParam("limit") String limit) {
        return new TagList(tags.popular(limit(limit)).stream()
                .map(t -> new TagView(t.name(), t.postCount())).toList());
    }

    static int limit(String raw) {
        if (raw == null || raw.isEmpty()) {
            return BrowseTagsUseCase.MAX_LIMIT;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("limit", "must be an integer from 1 to " + BrowseTagsUseCase.MAX_LIMIT);
        }
    }

    @Schema(name = "Tag")
    public record TagView(@Schema(example = "java") String name, @Schema(example = "42") long postCount) {
    }

    @Schema(name = "TagList")
    public record TagList(List<TagView> data) {
    }
}
