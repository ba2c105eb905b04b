package dev.inkwell.adapters.rest.category;

import dev.inkwell.adapters.rest.category.CategoryResponses.Category;
import dev.inkwell.adapters.rest.category.CategoryResponses.CategoryList;
import dev.inkwell.adapters.rest.category.CategoryResponses.CategoryWithChildren;
import dev.inkwell.adapters.rest.security.CurrentActor;
import dev.inkwell.adapters.rest.shared.Ids;
import dev.inkwell.adapters.rest.shared.PublicRead;
import dev.inkwell.application.port.in.BrowseCategoriesUseCase;
import dev.inkwell.application.port.in.CategoryCommand;
import dev.inkwell.application.port.in.CreateCategoryUseCase;
import dev.inkwell.application.port.in.DeleteCategoryUseCase;
import dev.inkwell.application.port.in.EditCategoryUseCase;
import dev.inkwell.application.port.model.CategoryViews.CategoryView;
import dev.inkwell.domain.category.CategoryId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/categories")
@Tag(name = "Categories", description = "The category tree")
@Produces(MediaType.APPLICATION_JSON)
public class CategoryResource {

    @Inject
    BrowseCategoriesUseCase browse;
    @Inject
    CreateCategoryUseCase create;
    @Inject
    EditCategoryUseCase edit;
    @Inject
    DeleteCategoryUseCase delete;
    @Inject
    CategoryResponseMapper mapper;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uriInfo;

    @PublicRead
    @APIResponse(responseCode = "304", ref = "NotModified")
    @GET
    @Operation(summary = "All categories", description = "By name; `postCount` counts published posts.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CategoryList.class)))
    public CategoryList all() {
        return mapper.toList(browse.all());
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "A category with its children")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CategoryWithChildren.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CategoryWithChildren get(@Parameter(example = "technology") @PathParam("slug") String slug) {
        return mapper.toDetail(browse.bySlug(slug));
    }

    @POST
    @Authenticated
    @Operation(summary = "Create a category", description = "ADMIN only. The slug comes from the name like a post's;"
            + " a duplicate name (case-insensitive) or slug is a 409; a parent must exist.")
    @APIResponse(responseCode = "201", description = "Created; Location is the category's page",
            content = @Content(schema = @Schema(implementation = Category.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull CategoryRequests.Create body) {
        CategoryView created = create.create(actor.required(),
                CategoryCommand.of(body.name(), true, body.parentId(), body.parentId() != null));
        return Response.created(uriInfo.getBaseUriBuilder().path("categories").path(created.slug()).build())
                .entity(mapper.toResponse(created)).build();
    }

    @PATCH
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Edit a category", description = "ADMIN only. The slug follows the name; a move that would"
            + " make the category its own ancestor is a 400.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Category.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    public Category edit(@PathParam("id") String id, @NotNull CategoryRequests.Update body) {
        CategoryId categoryId = categoryId(id);
        CategoryCommand command = CategoryCommand.of(body.getName(), false, body.getParentId(), body.parentIdGiven());
        return mapper.toResponse(edit.edit(actor.required(), categoryId, command));
    }

    @DELETE
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Delete a category", description = "ADMIN only. Posts lose the link; its children move to its"
            + " parent.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("id") String id) {
        delete.delete(actor.required(), categoryId(id));
        return Response.noContent().build();
    }

    private static CategoryId categoryId(String id) {
        return new CategoryId(Ids.uuid(id, "id"));
    }
}
