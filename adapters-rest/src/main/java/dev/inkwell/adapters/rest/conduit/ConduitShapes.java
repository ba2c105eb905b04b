package dev.inkwell.adapters.rest.conduit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The RealWorld API's request and response bodies, exactly as its specification names them
 * ({@code ../shared/conduit/}). Inkwell's own shapes are never reused here, nor these there.
 */
public final class ConduitShapes {

    private ConduitShapes() {
    }

    // --- requests ---------------------------------------------------------------------------

    @Schema(name = "ConduitLoginUser")
    public record LoginUser(@Schema(example = "jake@jake.jake") String email,
                            @Schema(example = "jakejake") String password) {
    }

    @Schema(name = "ConduitLoginUserRequest")
    public record LoginUserRequest(LoginUser user) {
    }

    @Schema(name = "ConduitNewUser")
    public record NewUser(@Schema(example = "Jacob") String username, @Schema(example = "jake@jake.jake") String email,
                          @Schema(example = "jakejake") String password) {
    }

    @Schema(name = "ConduitNewUserRequest")
    public record NewUserRequest(NewUser user) {
    }

    @Schema(name = "ConduitUpdateUser")
    public record UpdateUser(String email, String username, String password,
                             @Schema(nullable = true) String image, @Schema(nullable = true) String bio) {
    }

    @Schema(name = "ConduitUpdateUserRequest")
    public record UpdateUserRequest(UpdateUser user) {
    }

    @Schema(name = "ConduitNewArticle")
    public record NewArticle(@Schema(example = "How to train your dragon") String title,
                             @Schema(example = "Ever wonder how?") String description,
                             @Schema(example = "You have to believe") String body,
                             @Schema(example = "[\"dragons\", \"training\"]") List<String> tagList) {
    }

    @Schema(name = "ConduitNewArticleRequest")
    public record NewArticleRequest(NewArticle article) {
    }

    @Schema(name = "ConduitUpdateArticle")
    public record UpdateArticle(String title, String description, String body,
                                @Schema(description = "an Inkwell extension: the new full set of tags") List<String> tagList) {
    }

    @Schema(name = "ConduitUpdateArticleRequest")
    public record UpdateArticleRequest(UpdateArticle article) {
    }

    @Schema(name = "ConduitNewComment")
    public record NewComment(@Schema(example = "His name was my name too.") String body) {
    }

    @Schema(name = "ConduitNewCommentRequest")
    public record NewCommentRequest(NewComment comment) {
    }

    // --- responses --------------------------------------------------------------------------

    @Schema(name = "ConduitUser")
    public record User(@Schema(example = "jake@jake.jake") String email, String token,
                       @Schema(example = "jake") String username, @Schema(nullable = true) String bio,
                       @Schema(nullable = true) String image) {
    }

    @Schema(name = "ConduitUserResponse")
    public record UserResponse(User user) {
    }

    @Schema(name = "ConduitProfile")
    public record Profile(@Schema(example = "jake") String username, @Schema(nullable = true) String bio,
                          @Schema(nullable = true) String image, boolean following) {
    }

    @Schema(name = "ConduitProfileResponse")
    public record ProfileResponse(Profile profile) {
    }

    @Schema(name = "ConduitArticle")
    @JsonInclude(JsonInclude.Include.NON_NULL) // a list's articles have no body (the spec, since 2024-08-16)
    public record Article(String slug, String title, String description,
                          @Schema(description = "absent in lists") String body, List<String> tagList,
                          Instant createdAt, Instant updatedAt, boolean favorited, long favoritesCount,
                          @JsonInclude(JsonInclude.Include.ALWAYS) Profile author) {
    }

    @Schema(name = "ConduitSingleArticleResponse")
    public record ArticleResponse(Article article) {
    }

    @Schema(name = "ConduitMultipleArticlesResponse")
    public record ArticlesResponse(List<Article> articles, long articlesCount) {
    }

    @Schema(name = "ConduitComment")
    public record Comment(@Schema(description = "Inkwell's comment id (a string)") String id, Instant createdAt,
                          Instant updatedAt, String body, Profile author) {
    }

    @Schema(name = "ConduitSingleCommentResponse")
    public record CommentResponse(Comment comment) {
    }

    @Schema(name = "ConduitMultipleCommentsResponse")
    public record CommentsResponse(List<Comment> comments) {
    }

    @Schema(name = "ConduitTagsResponse")
    public record TagsResponse(List<String> tags) {
    }

    @Schema(name = "ConduitGenericErrorModel", description = "{\"errors\":{\"body\":[\"can't be empty\"]}}")
    public record Errors(Map<String, List<String>> errors) {
    }
}
