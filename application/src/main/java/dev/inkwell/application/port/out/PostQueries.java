package dev.inkwell.application.port.out;

import dev.inkwell.application.port.model.FeedCursor;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.model.PostVisibility;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/**
 * Post reads for display. Each is a fixed number of SQL statements whatever the page size,
 * and none shows posts or comments of soft-deleted users.
 */
public interface PostQueries {

    /** Published posts, newest publishedAt first, or by relevance first when the filter has a query. */
    Page<PostSummary> findPublished(PostFilter filter, PageRequest page);

    /** Up to {@code limit} published posts strictly after {@code after} (null: from the newest). */
    List<PostSummary> feed(FeedCursor after, int limit);

    /** Up to {@code limit} published posts of the users {@code reader} follows, strictly after {@code after}. */
    List<PostSummary> followingFeed(UserId reader, FeedCursor after, int limit);

    /** Published posts of the users {@code reader} follows, newest first, with their total. */
    Page<PostSummary> followingPage(UserId reader, PageRequest page);

    /** The {@code limit} published posts with the most comments. */
    List<PostSummary> mostCommented(int limit);

    /** An author's drafts, newest first. */
    Page<PostSummary> drafts(UserId author, PageRequest page);

    /** A post (draft or published) with its newest {@code comments} comments. */
    Optional<PostDetail> findBySlug(String slug, int comments);

    Optional<PostDetail> findById(PostId id, int comments);

    /** The id of the published post of an active author with this slug: one index read, no content. */
    Optional<PostId> publishedIdBySlug(String slug);

    /** Whose the post is and whether it is published: one primary-key read, no content. */
    Optional<PostVisibility> visibility(PostId id);
}
