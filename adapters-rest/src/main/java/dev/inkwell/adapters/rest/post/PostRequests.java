package dev.inkwell.adapters.rest.post;

import dev.inkwell.domain.post.Excerpt;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostTitle;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request bodies of /posts. Unknown properties (published, slug, authorId…) are ignored.
 * Field rules live in the domain's value objects, which report every broken rule at once.
 */
public final class PostRequests {

    private PostRequests() {
    }

    @Schema(name = "CreatePostRequest")
    public record Create(
            @Schema(example = "Héllo, Wörld! Ça va?", minLength = 1, maxLength = PostTitle.MAX_LENGTH, required = true) String title,
            @Schema(example = "A first post, written in **Markdown**.", minLength = 1, maxLength = PostContent.MAX_LENGTH,
                    required = true) String content,
            @Schema(example = "Why Inkwell exists.", maxLength = Excerpt.MAX_LENGTH) String excerpt,
            @Schema(description = "ids of existing categories (GET /categories lists them); an unknown id is a"
                    + " 400 that names it", example = "[]") List<String> categoryIds,
            @Schema(description = TAGS_RULE, example = "[\"java\", \"quarkus\"]") List<String> tags) {
    }

    static final String TAGS_RULE = "0..10 free-form tags: 1..30 characters after trimming, letters, digits, spaces"
            + " and -_.#+; stored lower-cased, duplicates merged";

    @Schema(name = "UpdatePostRequest", description = "Absent fields stay as they are. While the post has never been"
            + " published its slug follows the title; `excerpt: \"\"` removes the excerpt; `categoryIds: []` unlinks"
            + " every category; `tags` is the new full set (`[]`: none).")
    public record Update(
            @Schema(example = "Hello again", minLength = 1, maxLength = PostTitle.MAX_LENGTH) String title,
            @Schema(example = "Edited content.", minLength = 1, maxLength = PostContent.MAX_LENGTH) String content,
            @Schema(example = "A better teaser.", maxLength = Excerpt.MAX_LENGTH) String excerpt,
            @Schema(example = "[]") List<String> categoryIds,
            @Schema(description = TAGS_RULE, example = "[\"java\"]") List<String> tags) {
    }

    @Schema(name = "SchedulePostRequest")
    public record Schedule(
            @Schema(description = "when the service publishes the post: in the future, at most one year ahead; ISO"
                    + " 8601 with an offset; kept to the millisecond", example = "2026-12-01T09:00:00Z",
                    format = "date-time", required = true) String publishAt) {
    }
}
