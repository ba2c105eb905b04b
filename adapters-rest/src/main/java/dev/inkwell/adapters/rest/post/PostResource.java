package dev.inkwell.adapters.rest.post;

import dev.inkwell.adapters.rest.post.PostResponses.Detail;
import dev.inkwell.adapters.rest.post.PostResponses.Feed;
import dev.inkwell.adapters.rest.post.PostResponses.Revision;
import dev.inkwell.adapters.rest.post.PostResponses.RevisionDetail;
import dev.inkwell.adapters.rest.post.PostResponses.RevisionPage;
import dev.inkwell.adapters.rest.post.PostResponses.Summary;
import dev.inkwell.adapters.rest.post.PostResponses.SummaryList;
import dev.inkwell.adapters.rest.post.PostResponses.SummaryPage;
import dev.inkwell.adapters.rest.security.CurrentActor;
import dev.inkwell.adapters.rest.shared.Ids;
import dev.inkwell.adapters.rest.shared.PageParams;
import dev.inkwell.adapters.rest.shared.PageResponse;
import dev.inkwell.adapters.rest.shared.PublicRead;
import dev.inkwell.adapters.rest.shared.RateLimited;
import dev.inkwell.application.port.in.CreatePostCommand;
import dev.inkwell.application.port.in.CreatePostUseCase;
import dev.inkwell.application.port.in.DeletePostUseCase;
import dev.inkwell.application.port.in.EditPostCommand;
import dev.inkwell.application.port.in.EditPostUseCase;
import dev.inkwell.application.port.in.FavoriteUseCase;
import dev.inkwell.application.port.in.FollowingFeedUseCase;
import dev.inkwell.application.port.in.ListDraftsUseCase;
import dev.inkwell.application.port.in.ListPostsUseCase;
import dev.inkwell.application.port.in.PopularPostsUseCase;
import dev.inkwell.application.port.in.PostFeedUseCase;
import dev.inkwell.application.port.in.PostRevisionsUseCase;
import dev.inkwell.application.port.in.PublishPostUseCase;
import dev.inkwell.application.port.in.ReadPostUseCase;
import dev.inkwell.application.port.in.SchedulePostUseCase;
import dev.inkwell.application.port.in.UnpublishPostUseCase;
import dev.inkwell.application.port.model.FeedCursor;
import dev.inkwell.application.port.model.FeedPage;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.domain.post.PostId;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

@Path("/posts")
@Tag(name = "Posts", description = "Writing, publishing and reading posts")
@Produces(MediaType.APPLICATION_JSON)
public class PostResource {

    @Inject
    CreatePostUseCase create;
    @Inject
    EditPostUseCase edit;
    @Inject
    PublishPostUseCase publish;
    @Inject
    UnpublishPostUseCase unpublish;
    @Inject
    DeletePostUseCase delete;
    @Inject
    SchedulePostUseCase schedule;
    @Inject
    PostRevisionsUseCase history;
    @Inject
    ListPostsUseCase list;
    @Inject
    PostFeedUseCase feed;
    @Inject
    PopularPostsUseCase popular;
    @Inject
    ListDraftsUseCase drafts;
    @Inject
    ReadPostUseCase read;
    @Inject
    FollowingFeedUseCase following;
    @Inject
    FavoriteUseCase favorites;
    @Inject
    PostResponseMapper mapper;
    @Inject
    CurrentActor actor;
    @Context
    UriInfo uriInfo;

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Authenticated
    @Operation(summary = "Write a post", description = "Creates a draft of the caller's. The slug comes from the title"
            + " (`Héllo, Wörld! Ça va?` → `hello-world-ca-va`, `-2`, `-3`… when taken). Unknown category ids are a"
            + " 400 that names them, and nothing is written.")
    @APIResponse(responseCode = "201", description = "Created; Location is the post's page",
            content = @Content(schema = @Schema(implementation = Detail.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull PostRequests.Create body) {
        PostDetail post = create.create(actor.required(),
                CreatePostCommand.of(body.title(), body.content(), body.excerpt(), body.categoryIds(),
                        body.tags()));
        return Response.created(uriInfo.getBaseUriBuilder().path("posts").path(post.summary().slug()).build())
                .entity(mapper.toDetail(post)).build();
    }

    @PublicRead
    @APIResponse(responseCode = "304", ref = "NotModified")
    @GET
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @SecurityRequirementsSet // optional: a signed-in caller gets favorited and author.following
    @Operation(summary = "Published posts", description = "Newest `publishedAt` first. `category` is a category slug,"
            + " `tag` a tag, `author` a username, `favoritedBy` the username of whoever favorited them, `q` a"
            + " full-text search over title (weighs most) and content, in web-search syntax (`word`,"
            + " `\"a phrase\"`, `-excluded`, `or`); with `q` the most relevant come first. Filters combine.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SummaryPage.class)))
    public PageResponse<Summary> list(
            @BeanParam PageParams page,
            @Parameter(description = "category slug", example = "technology") @QueryParam("category") String category,
            @Parameter(description = "author's username", example = "ada-lovelace") @QueryParam("author") String author,
            @Parameter(description = "full-text search", example = "quarkus native") @QueryParam("q") String q,
            @Parameter(description = "a tag (matched as stored: trimmed, lower-cased)", example = "java")
            @QueryParam("tag") String tag,
            @Parameter(description = "username of a user: the posts they favorited", example = "ada-lovelace")
            @QueryParam("favoritedBy") String favoritedBy) {
        return PageResponse.of(list.list(new PostFilter(category, author, q, tag, favoritedBy), page.toRequest(),
                actor.optional()), mapper::toSummary);
    }

    @PublicRead
    @APIResponse(responseCode = "304", ref = "NotModified")
    @GET
    @Path("/feed")
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @SecurityRequirementsSet // optional: a signed-in caller gets favorited and author.following
    @Operation(summary = "The feed", description = "Published posts, newest first, by cursor: pass `nextCursor` as"
            + " `after` for the next slice. Posts published meanwhile do not shift or repeat entries.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Feed.class)))
    public Feed feed(@Parameter(description = "nextCursor of the previous slice; absent for the newest posts")
                     @QueryParam("after") String after,
                     @Parameter(schema = @Schema(defaultValue = "" + PageRequest.DEFAULT_LIMIT, minimum = "1",
                             maximum = "" + PageRequest.MAX_LIMIT)) @QueryParam("limit") String limit) {
        FeedCursor cursor = FeedCursor.parse(after);
        FeedPage slice = feed.feed(cursor, PageRequest.parse(null, limit).limit(), actor.optional());
        return toFeed(slice);
    }

    @GET
    @Path("/following")
    @Authenticated
    @Operation(summary = "The following feed", description = "Published posts by the users the caller follows, newest"
            + " first, by cursor as `/posts/feed`.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Feed.class)))
    public Feed following(@Parameter(description = "nextCursor of the previous slice; absent for the newest posts")
                          @QueryParam("after") String after,
                          @Parameter(schema = @Schema(defaultValue = "" + PageRequest.DEFAULT_LIMIT, minimum = "1",
                                  maximum = "" + PageRequest.MAX_LIMIT)) @QueryParam("limit") String limit) {
        FeedCursor cursor = FeedCursor.parse(after);
        return toFeed(following.following(actor.required(), cursor, PageRequest.parse(null, limit).limit()));
    }

    private Feed toFeed(FeedPage slice) {
        return new Feed(slice.items().stream().map(mapper::toSummary).toList(),
                slice.next() == null ? null : slice.next().encode());
    }

    @PublicRead
    @APIResponse(responseCode = "304", ref = "NotModified")
    @GET
    @Path("/popular")
    @Operation(summary = "Popular posts", description = "The 10 published posts with the most comments. Cached: at most"
            + " 5 minutes old, and refreshed at once when a post is published, unpublished or deleted or a comment is"
            + " added or removed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SummaryList.class)))
    public SummaryList popular() {
        return new SummaryList(popular.popular(actor.optional()).stream().map(mapper::toSummary).toList());
    }

    @GET
    @Path("/drafts")
    @Authenticated
    @Operation(summary = "My drafts", description = "The caller's unpublished posts, scheduled ones included (with"
            + " their `status` and `scheduledAt`), newest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SummaryPage.class)))
    public PageResponse<Summary> drafts(@BeanParam PageParams page) {
        return PageResponse.of(drafts.drafts(actor.required(), page.toRequest()), mapper::toSummary);
    }

    @PublicRead
    @APIResponse(responseCode = "304", ref = "NotModified")
    @GET
    @Path("/{slug}")
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @SecurityRequirementsSet // optional: the author and ADMINs also see drafts
    @Operation(summary = "A post's page", description = "With content, the author's profile and the 20 newest comments."
            + " A draft is 404 for everyone but its author and ADMINs.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Detail get(@Parameter(example = "hello-world-ca-va") @PathParam("slug") String slug) {
        return mapper.toDetail(read.read(slug, actor.optional()));
    }

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @PATCH
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Edit a post", description = "The author or an ADMIN. While the post has never been published"
            + " its slug follows the title; after the first publish the slug never changes.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    public Detail edit(@PathParam("id") String id, @NotNull PostRequests.Update body) {
        EditPostCommand command = EditPostCommand.of(postId(id), body.title(), body.content(), body.excerpt(),
                body.categoryIds(), body.tags());
        return mapper.toDetail(edit.edit(actor.required(), command));
    }

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Path("/{id}/publish")
    @Authenticated
    @Operation(summary = "Publish a post", description = "The author only. Sets `publishedAt` to now; publishing a"
            + " published post changes nothing and answers 200; a scheduled post is published at once.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Detail publish(@PathParam("id") String id) {
        return mapper.toDetail(publish.publish(actor.required(), postId(id)));
    }

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Path("/{id}/unpublish")
    @Authenticated
    @Operation(summary = "Unpublish a post", description = "The author or an ADMIN. Back to draft, `publishedAt`"
            + " null; the slug stays. Unpublishing a draft changes nothing.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Detail unpublish(@PathParam("id") String id) {
        return mapper.toDetail(unpublish.unpublish(actor.required(), postId(id)));
    }

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Path("/{id}/schedule")
    @Authenticated
    @Operation(summary = "Schedule a post", description = "The author only. The post becomes `scheduled` and the"
            + " service publishes it by itself within 10 seconds after `publishAt`, with `publishedAt = publishAt`"
            + " (exactly once, however many instances run). Until then it is a draft for every reader. Scheduling a"
            + " scheduled post moves its time. `publishAt` must be in the future and at most one year ahead (400);"
            + " a published post is 409 (unpublish it first).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    public Detail schedule(@PathParam("id") String id, @NotNull PostRequests.Schedule body) {
        PostId postId = postId(id);
        return mapper.toDetail(schedule.schedule(actor.required(), postId, Ids.instant(body.publishAt(), "publishAt")));
    }

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Path("/{id}/unschedule")
    @Authenticated
    @Operation(summary = "Unschedule a post", description = "The author or an ADMIN. Back to `draft`; unscheduling a"
            + " draft changes nothing; a published post is 409.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Detail unschedule(@PathParam("id") String id) {
        return mapper.toDetail(schedule.unschedule(actor.required(), postId(id)));
    }

    @GET
    @Path("/{id}/revisions")
    @Authenticated
    @Operation(summary = "A post's revisions", description = "The author or an ADMIN (404 for anyone else, as a"
            + " draft). Newest first; revision 1 is the created post; every edit of title, excerpt or content and"
            + " every restore adds one. Paginated like every list, 100 to a page unless `limit` says otherwise.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RevisionPage.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public PageResponse<Revision> revisions(@PathParam("id") String id,
            @Parameter(description = "page number, from 1", schema = @Schema(defaultValue = "1", minimum = "1"))
            @QueryParam("page") String page,
            @Parameter(description = "page size", schema = @Schema(defaultValue = "" + PageRequest.MAX_LIMIT,
                    minimum = "1", maximum = "" + PageRequest.MAX_LIMIT)) @QueryParam("limit") String limit) {
        PostId postId = postId(id);
        return PageResponse.of(history.revisions(actor.required(), postId,
                PageRequest.parse(page, limit, PageRequest.MAX_LIMIT)), mapper::toRevision);
    }

    @GET
    @Path("/{id}/revisions/{number}")
    @Authenticated
    @Operation(summary = "A revision", description = "With its content. The author or an ADMIN (404 for anyone else).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RevisionDetail.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public RevisionDetail revision(@PathParam("id") String id,
                                   @Parameter(example = "1") @PathParam("number") String number) {
        PostId postId = postId(id);
        return mapper.toRevisionDetail(history.revision(actor.required(), postId, Ids.positive(number, "number")));
    }

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Path("/{id}/revisions/{number}/restore")
    @Authenticated
    @Operation(summary = "Restore a revision", description = "The author or an ADMIN (404 for anyone else). Title,"
            + " excerpt and content become the revision's, as an edit: the slug follows the title only while the"
            + " post has never been published. Writes a new revision.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Detail.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Detail restore(@PathParam("id") String id, @Parameter(example = "1") @PathParam("number") String number) {
        PostId postId = postId(id);
        return mapper.toDetail(history.restore(actor.required(), postId, Ids.positive(number, "number")));
    }

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @DELETE
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "Delete a post", description = "The author, a MODERATOR or an ADMIN. Its comments and"
            + " category links go with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("id") String id) {
        delete.delete(actor.required(), postId(id));
        return Response.noContent().build();
    }

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @POST
    @Path("/{id}/favorite")
    @Authenticated
    @Operation(summary = "Favorite a post", description = "Idempotent. Only a post the caller can see: another user's"
            + " draft is 404.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FavoriteState.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public FavoriteState favorite(@PathParam("id") String id) {
        FavoriteUseCase.FavoriteState state = favorites.favorite(actor.required(), postId(id));
        return new FavoriteState(state.favorited(), state.favoritesCount());
    }

    @RateLimited.Write
    @APIResponse(responseCode = "429", ref = "TooManyRequests")
    @DELETE
    @Path("/{id}/favorite")
    @Authenticated
    @Operation(summary = "Unfavorite a post", description = "Idempotent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FavoriteState.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public FavoriteState unfavorite(@PathParam("id") String id) {
        FavoriteUseCase.FavoriteState state = favorites.unfavorite(actor.required(), postId(id));
        return new FavoriteState(state.favorited(), state.favoritesCount());
    }

    @Schema(name = "FavoriteState")
    public record FavoriteState(boolean favorited, @Schema(example = "5") long favoritesCount) {
    }

    static PostId postId(String id) {
        return new PostId(Ids.uuid(id, "id"));
    }
}
