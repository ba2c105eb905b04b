package dev.inkwell.adapters.rest.conduit;

import dev.inkwell.adapters.rest.conduit.ConduitShapes.ArticleResponse;
import dev.inkwell.adapters.rest.conduit.ConduitShapes.ArticlesResponse;
import dev.inkwell.adapters.rest.conduit.ConduitShapes.CommentResponse;
import dev.inkwell.adapters.rest.conduit.ConduitShapes.CommentsResponse;
import dev.inkwell.adapters.rest.conduit.ConduitShapes.NewArticleRequest;
import dev.inkwell.adapters.rest.conduit.ConduitShapes.NewCommentRequest;
import dev.inkwell.adapters.rest.conduit.ConduitShapes.UpdateArticleRequest;
import dev.inkwell.adapters.rest.security.CurrentActor;
import dev.inkwell.adapters.rest.shared.RateLimited;
import dev.inkwell.application.port.in.AddCommentUseCase;
import dev.inkwell.application.port.in.CreatePostCommand;
import dev.inkwell.application.port.in.CreatePostUseCase;
import dev.inkwell.application.port.in.DeleteCommentUseCase;
import dev.inkwell.application.port.in.DeletePostUseCase;
import dev.inkwell.application.port.in.EditPostCommand;
import dev.inkwell.application.port.in.EditPostUseCase;
import dev.inkwell.application.port.in.FavoriteUseCase;
import dev.inkwell.application.port.in.FollowingFeedUseCase;
import dev.inkwell.application.port.in.ListCommentsUseCase;
import dev.inkwell.application.port.in.ListPostsUseCase;
import dev.inkwell.application.port.in.ReadPostUseCase;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * RealWorld's articles and their comments. An article is a published post: drafts and scheduled
 * posts are 404 here for everyone, their authors included.
 */
@Path(Conduit.PREFIX + "/articles")
@Tag(name = Conduit.TAG)
@Produces(MediaType.APPLICATION_JSON)
public class ConduitArticlesResource {

    /** RealWorld shows every comment of an article; Inkwell shows the newest 100 (no unbounded list). */
    static final int COMMENTS_SHOWN = 100;

    @Inject
    ListPostsUseCase list;
    @Inject
    FollowingFeedUseCase feed;
    @Inject
    ReadPostUseCase read;
    @Inject
    CreatePostUseCase create;
    @Inject
    EditPostUseCase edit;
    @Inject
    DeletePostUseCase delete;
    @Inject
    FavoriteUseCase favorites;
    @Inject
    ListCommentsUseCase comments;
    @Inject
    AddCommentUseCase addComment;
    @Inject
    DeleteCommentUseCase deleteComment;
    @Inject
    CurrentActor actor;

    @GET
    @Operation(summary = "List articles", description = "Most recent first; filters `tag`, `author` (username),"
            + " `favorited` (username); `limit` 1..100 (default 20), `offset` (default 0). Authentication optional.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticlesResponse.class)))
    @APIResponse(responseCode = "422", ref = Conduit.UNPROCESSABLE)
    public ArticlesResponse list(@QueryParam("tag") String tag, @QueryParam("author") String author,
                                 @QueryParam("favorited") String favorited, @QueryParam("limit") String limit,
                                 @QueryParam("offset") String offset) {
        return articles(list.list(new PostFilter(null, author, null, tag, favorited),
                PageRequest.parseOffset(offset, limit, Conduit.DEFAULT_LIMIT), actor.optional()));
    }

    @GET
    @Path("/feed")
    @Authenticated
    @Operation(summary = "Feed articles", description = "Articles of the users the caller follows, most recent first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticlesResponse.class)))
    @APIResponse(responseCode = "401", ref = Conduit.UNAUTHORIZED)
    @APIResponse(responseCode = "422", ref = Conduit.UNPROCESSABLE)
    public ArticlesResponse feed(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return articles(feed.followingPage(actor.required(),
                PageRequest.parseOffset(offset, limit, Conduit.DEFAULT_LIMIT)));
    }

    @GET
    @Path("/{slug}")
    @Operation(summary = "Get article")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "404", ref = Conduit.NOT_FOUND)
    public ArticleResponse get(@PathParam("slug") String slug) {
        return article(read.readPublished(slug, actor.optional()));
    }

    @RateLimited.Write
    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create article", description = "Created and published at once. `description` is the"
            + " excerpt (at most 500 characters), `body` the content (Markdown), `tagList` 0..10 tags.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "401", ref = Conduit.UNAUTHORIZED)
    @APIResponse(responseCode = "422", ref = Conduit.UNPROCESSABLE)
    public Response create(NewArticleRequest body) {
        var article = Conduit.required(body == null ? null : body.article(), "article");
        PostDetail post = create.createPublished(actor.required(), CreatePostCommand.of(article.title(), article.body(),
                Conduit.required(article.description(), "description"), null, article.tagList()));
        return Response.status(Response.Status.CREATED).entity(article(post)).build();
    }

    @RateLimited.Write
    @PUT
    @Path("/{slug}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Update article", description = "The author (or an ADMIN). A published article's slug never"
            + " changes, even with its title: Inkwell's permalinks stay valid (a documented deviation).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "401", ref = Conduit.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = Conduit.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = Conduit.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = Conduit.UNPROCESSABLE)
    public ArticleResponse update(@PathParam("slug") String slug, UpdateArticleRequest body) {
        var changes = Conduit.required(body == null ? null : body.article(), "article");
        Actor caller = actor.required();
        PostId id = read.publishedId(slug);
        return article(edit.edit(caller, EditPostCommand.of(id, changes.title(), changes.body(), changes.description(),
                null, changes.tagList())));
    }

    @RateLimited.Write
    @DELETE
    @Path("/{slug}")
    @Authenticated
    @Operation(summary = "Delete article", description = "The author, a MODERATOR or an ADMIN.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = Conduit.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = Conduit.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = Conduit.NOT_FOUND)
    public Response delete(@PathParam("slug") String slug) {
        Actor caller = actor.required();
        delete.delete(caller, read.publishedId(slug));
        return Response.noContent().build();
    }

    @RateLimited.Write
    @POST
    @Path("/{slug}/favorite")
    @Authenticated
    @Operation(summary = "Favorite article", description = "Idempotent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "401", ref = Conduit.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = Conduit.NOT_FOUND)
    public ArticleResponse favorite(@PathParam("slug") String slug) {
        Actor caller = actor.required();
        favorites.favorite(caller, read.publishedId(slug));
        return article(read.readPublished(slug, Optional.of(caller)));
    }

    @RateLimited.Write
    @DELETE
    @Path("/{slug}/favorite")
    @Authenticated
    @Operation(summary = "Unfavorite article", description = "Idempotent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ArticleResponse.class)))
    @APIResponse(responseCode = "401", ref = Conduit.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = Conduit.NOT_FOUND)
    public ArticleResponse unfavorite(@PathParam("slug") String slug) {
        Actor caller = actor.required();
        favorites.unfavorite(caller, read.publishedId(slug));
        return article(read.readPublished(slug, Optional.of(caller)));
    }

    @GET
    @Path("/{slug}/comments")
    @Operation(summary = "Get comments from an article", description = "Newest first, at most " + COMMENTS_SHOWN
            + ". Authentication optional.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommentsResponse.class)))
    @APIResponse(responseCode = "404", ref = Conduit.NOT_FOUND)
    public CommentsResponse comments(@PathParam("slug") String slug) {
        return new CommentsResponse(comments.listOfPublished(slug, actor.optional(), new PageRequest(1, COMMENTS_SHOWN))
                .items().stream().map(ConduitViews::comment).toList());
    }

    @RateLimited.Write
    @POST
    @Path("/{slug}/comments")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add comments to an article")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CommentResponse.class)))
    @APIResponse(responseCode = "401", ref = Conduit.UNAUTHORIZED)
    @APIResponse(responseCode = "404", ref = Conduit.NOT_FOUND)
    @APIResponse(responseCode = "422", ref = Conduit.UNPROCESSABLE)
    public CommentResponse addComment(@PathParam("slug") String slug, NewCommentRequest body) {
        var comment = Conduit.required(body == null ? null : body.comment(), "comment");
        Actor caller = actor.required();
        PostId id = read.publishedId(slug);
        return new CommentResponse(ConduitViews.comment(addComment.add(caller, id, new CommentContent(comment.body()))));
    }

    @RateLimited.Write
    @DELETE
    @Path("/{slug}/comments/{id}")
    @Authenticated
    @Operation(summary = "Delete comment", description = "The comment's author, a MODERATOR or an ADMIN. `id` is the"
            + " comment's id as the comments list gives it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "401", ref = Conduit.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = Conduit.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = Conduit.NOT_FOUND)
    public Response deleteComment(@PathParam("slug") String slug, @PathParam("id") String id) {
        Actor caller = actor.required();
        deleteComment.delete(caller, read.publishedId(slug), commentId(id));
        return Response.noContent().build();
    }

    /** The article: a published post, whoever asks (a draft is not an article, not even for its author). */
    private static CommentId commentId(String raw) {
        try {
            return new CommentId(UUID.fromString(raw));
        } catch (IllegalArgumentException e) {
            throw new NotFound("comment " + raw + " was not found");
        }
    }

    private static ArticleResponse article(PostDetail post) {
        return new ArticleResponse(ConduitViews.article(post));
    }

    private static ArticlesResponse articles(Page<PostSummary> page) {
        return new ArticlesResponse(page.items().stream().map(ConduitViews::listed).toList(), page.total());
    }
}
