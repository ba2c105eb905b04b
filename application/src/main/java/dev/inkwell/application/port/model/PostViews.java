package dev.inkwell.application.port.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The read models of posts, built by {@code PostQueries} straight from the database: list
 * screens read these projections, never whole aggregates.
 */
public final class PostViews {

    private PostViews() {
    }

    public record AuthorRef(UUID id, String username, String name) {
    }

    public record CategoryRef(UUID id, String name, String slug) {
    }

    public record AuthorProfile(String bio, String avatar, String website) {
    }

    public record PostSummary(UUID id, String title, String slug, String excerpt, boolean published,
                              Instant publishedAt, Instant createdAt, Instant updatedAt, AuthorRef author,
                              List<CategoryRef> categories, long commentCount) {

        public PostSummary {
            categories = List.copyOf(categories);
        }
    }

    public record CommentView(UUID id, String content, Instant createdAt, Instant updatedAt, AuthorRef author) {
    }

    /** A post's page: the summary, the content, the author's profile (null: none) and the newest comments. */
    public record PostDetail(PostSummary summary, String content, AuthorProfile authorProfile,
                             List<CommentView> comments) {

        /** How many of the newest comments a post's page shows. */
        public static final int COMMENTS_SHOWN = 20;

        public PostDetail {
            comments = List.copyOf(comments);
        }
    }
}
