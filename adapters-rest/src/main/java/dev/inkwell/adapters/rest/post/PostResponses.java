package dev.inkwell.adapters.rest.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The post shapes of the contract. */
public final class PostResponses {

    private PostResponses() {
    }

    @Schema(name = "PostAuthor")
    public record Author(@Schema(example = "0b9e5a8e-3f4c-4f7e-9a55-7d3b1c2d4e5f") UUID id,
                         @Schema(example = "ada-lovelace") String username,
                         @Schema(example = "Ada Lovelace") String name,
                         @Schema(description = "whether the caller follows the author; false for anonymous callers")
                         boolean following) {
    }

    @Schema(name = "PostAuthorWithProfile")
    public record AuthorWithProfile(UUID id, @Schema(example = "ada-lovelace") String username,
                                    @Schema(example = "Ada Lovelace") String name,
                                    @Schema(description = "whether the caller follows the author; false for anonymous"
                                            + " callers") boolean following,
                                    @Schema(nullable = true) Profile profile) {
    }

    @Schema(name = "AuthorProfile")
    public record Profile(@Schema(example = "Writes about engines.", nullable = true) String bio,
                          @Schema(example = "https://example.com/ada.png", nullable = true) String avatar,
                          @Schema(example = "https://ada.example.com", nullable = true) String website) {
    }

    @Schema(name = "CategoryRef")
    public record CategoryRef(@Schema(example = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f") UUID id,
                              @Schema(example = "Technology") String name,
                              @Schema(example = "technology") String slug) {
    }

    @Schema(name = "PostSummary")
    public record Summary(
            @Schema(example = "9d2f0a4c-1b3e-4d5f-8a6b-7c8d9e0f1a2b") UUID id,
            @Schema(example = "Héllo, Wörld! Ça va?") String title,
            @Schema(example = "hello-world-ca-va") String slug,
            @Schema(example = "Why Inkwell exists.", nullable = true) String excerpt,
            boolean published,
            @Schema(enumeration = {"draft", "scheduled", "published"}, description = "`published` is"
                    + " `status == \"published\"`; a scheduled post is a draft for readers until it is published")
            String status,
            @Schema(example = "2026-12-01T09:00:00.000Z", nullable = true, description = "null unless scheduled")
            Instant scheduledAt,
            @Schema(example = "2026-11-21T14:20:00.123Z", nullable = true) Instant publishedAt,
            @Schema(example = "2026-11-21T14:00:00.000Z") Instant createdAt,
            @Schema(example = "2026-11-21T14:20:00.123Z") Instant updatedAt,
            Author author, List<CategoryRef> categories,
            @Schema(description = "sorted by code point", example = "[\"java\", \"quarkus\"]") List<String> tags,
            @Schema(description = "comments by active users", example = "3") long commentCount,
            @Schema(description = "favorites by active users", example = "5") long favoritesCount,
            @Schema(description = "whether the caller favorited it; false for anonymous callers") boolean favorited) {
    }

    @Schema(name = "PostComment", description = "A comment as shown on its post's page")
    public record PostComment(UUID id, @Schema(example = "Great read!") String content,
                              @Schema(example = "2026-11-21T15:00:00.000Z") Instant createdAt, Author author) {
    }

    @Schema(name = "PostDetail", description = "PostSummary plus the content, the author's profile and the 20 newest"
            + " comments")
    public record Detail(
            UUID id, @Schema(example = "Héllo, Wörld! Ça va?") String title,
            @Schema(example = "hello-world-ca-va") String slug,
            @Schema(example = "Why Inkwell exists.", nullable = true) String excerpt, boolean published,
            @Schema(enumeration = {"draft", "scheduled", "published"}, description = "`published` is"
                    + " `status == \"published\"`; a scheduled post is a draft for readers until it is published")
            String status,
            @Schema(example = "2026-12-01T09:00:00.000Z", nullable = true, description = "null unless scheduled")
            Instant scheduledAt,
            @Schema(example = "2026-11-21T14:20:00.123Z", nullable = true) Instant publishedAt,
            @Schema(example = "2026-11-21T14:00:00.000Z") Instant createdAt,
            @Schema(example = "2026-11-21T14:20:00.123Z") Instant updatedAt,
            AuthorWithProfile author, List<CategoryRef> categories, List<String> tags, long commentCount,
            long favoritesCount, boolean favorited,
            @Schema(description = "CommonMark Markdown (with GitHub tables and strikethrough), as written",
                    example = "A first post, written in **Markdown**.") String content,
            @Schema(description = "the content rendered to HTML and sanitised (no scripts, styles, frames, event"
                    + " handlers or javascript:/data: URLs; links get rel=\"nofollow noopener\"); rendered once per"
                    + " change, never per read. Null only for a post written before rendering existed, until the"
                    + " service has rendered it at start", nullable = true,
                    example = "<p>A first post, written in <strong>Markdown</strong>.</p>\n") String contentHtml,
            @Schema(description = "ceil(words / 230), at least 1; words are the whitespace-separated tokens of the"
                    + " Markdown source", example = "1", nullable = true) Integer readingTimeMinutes,
            @Schema(description = "the 20 newest comments") List<PostComment> comments) {
    }

    @Schema(name = "PostSummaryList", description = "A list that is not paginated")
    public record SummaryList(List<Summary> data) {
    }

    @Schema(name = "PostSummaryPage")
    public record SummaryPage(List<Summary> data, dev.inkwell.adapters.rest.shared.PageResponse.Meta meta) {
    }

    @Schema(name = "PostFeed", description = "One slice of the feed; pass nextCursor as `after` for the next one")
    public record Feed(List<Summary> data,
                       @Schema(nullable = true, description = "opaque; null at the end of the feed",
                               example = "MjAyNi0xMS0yMVQxNDoyMDowMC4xMjNafDlkMmYwYTRjLTFiM2UtNGQ1Zi04YTZiLTdjOGQ5ZTBmMWEyYg")
                       String nextCursor) {
    }

    @Schema(name = "RevisionEditor", description = "who wrote the revision; null once that user is deleted")
    public record Editor(UUID id, @Schema(example = "ada-lovelace") String username,
                         @Schema(example = "Ada Lovelace") String name) {
    }

    @Schema(name = "RevisionSummary")
    public record Revision(@Schema(example = "2", description = "1 is the created post") int number,
                           @Schema(example = "Hello again") String title,
                           @Schema(example = "A better teaser.", nullable = true) String excerpt,
                           @Schema(example = "2026-11-21T14:30:00.000Z") Instant createdAt,
                           @Schema(nullable = true) Editor editor) {
    }

    @Schema(name = "RevisionDetail", description = "A revision with its content")
    public record RevisionDetail(@Schema(example = "2") int number, @Schema(example = "Hello again") String title,
                                 @Schema(example = "A better teaser.", nullable = true) String excerpt,
                                 @Schema(example = "2026-11-21T14:30:00.000Z") Instant createdAt,
                                 @Schema(nullable = true) Editor editor,
                                 @Schema(example = "Edited content.") String content) {
    }

    @Schema(name = "RevisionPage", description = "Newest first")
    public record RevisionPage(List<Revision> data, dev.inkwell.adapters.rest.shared.PageResponse.Meta meta) {
    }
}
