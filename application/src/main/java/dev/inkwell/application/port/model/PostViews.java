package dev.inkwell.application.port.model;

import dev.inkwell.domain.post.PostStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The read models of posts, built by {@code PostQueries} straight from the database: list
 * screens read these projections, never whole aggregates.
 */
public final class PostViews {

    private PostViews() {
    }

    /**
     * Who wrote a post or comment. {@code bio} and {@code avatar} are the profile's (null: none);
     * {@code following} says whether the viewer follows them (false for anonymous viewers).
     */
    public record AuthorRef(UUID id, String username, String name, String bio, String avatar, boolean following) {

        public AuthorRef(UUID id, String username, String name) {
            this(id, username, name, null, null, false);
        }

        public AuthorRef following(boolean follows) {
            return follows == following ? this : new AuthorRef(id, username, name, bio, avatar, follows);
        }
    }

    public record CategoryRef(UUID id, String name, String slug) {
    }

    public record AuthorProfile(String bio, String avatar, String website) {
    }

    /**
     * A post in a list. {@code tags} are sorted by code point; {@code favoritesCount} counts active
     * users; {@code favorited} and {@code author.following} are the viewer's (false for anonymous
     * viewers), set by the use case after the read ({@code ViewerRelations}). {@code scheduledAt} is
     * null unless the status is {@code SCHEDULED}.
     */
    public record PostSummary(UUID id, String title, String slug, String excerpt, boolean published,
                              Instant publishedAt, Instant createdAt, Instant updatedAt, AuthorRef author,
                              List<CategoryRef> categories, List<String> tags, long commentCount,
                              long favoritesCount, boolean favorited, PostStatus status, Instant scheduledAt) {

        public PostSummary {
            categories = List.copyOf(categories);
            tags = List.copyOf(tags);
            Objects.requireNonNull(status, "status");
        }

        public PostSummary viewedAs(boolean favorites, boolean followsAuthor) {
            if (favorites == favorited && followsAuthor == author.following()) {
                return this;
            }
            return new PostSummary(id, title, slug, excerpt, published, publishedAt, createdAt, updatedAt,
                    author.following(followsAuthor), categories, tags, commentCount, favoritesCount, favorites, status,
                    scheduledAt);
        }
    }

    public record CommentView(UUID id, String content, Instant createdAt, Instant updatedAt, AuthorRef author) {

        public CommentView viewedAs(boolean followsAuthor) {
            return followsAuthor == author.following() ? this
                    : new CommentView(id, content, createdAt, updatedAt, author.following(followsAuthor));
        }
    }

    /**
     * A post's page: the summary, the Markdown content, the author's profile (null: none), the
     * newest comments, and the content as rendered and sanitised HTML with its reading time (both
     * null only for a post written before rendering existed, until the start-up job reaches it).
     */
    public record PostDetail(PostSummary summary, String content, AuthorProfile authorProfile,
                             List<CommentView> comments, String contentHtml, Integer readingTimeMinutes) {

        /** How many of the newest comments a post's page shows. */
        public static final int COMMENTS_SHOWN = 20;

        public PostDetail {
            comments = List.copyOf(comments);
        }

        /** The same page with the viewer's flags set on the summary and comments. */
        public PostDetail viewedAs(PostSummary viewedSummary, List<CommentView> viewedComments) {
            return new PostDetail(viewedSummary, content, authorProfile, viewedComments, contentHtml,
                    readingTimeMinutes);
        }
    }
}
