package dev.inkwell.application.port.out;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.RevisionViews.RevisionDetail;
import dev.inkwell.application.port.model.RevisionViews.RevisionSummary;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostText;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.Optional;

/** Revisions of posts: numbered 1, 2, 3… per post, written with the change they keep, gone with their post. */
public interface PostRevisions {

    /**
     * Appends the post's next revision (1 for a new post) in the calling transaction. Called after
     * the post's own row was written, whose lock orders concurrent writers of one post.
     */
    void append(PostId post, PostText text, UserId editor, Instant at);

    /** The post's revisions, newest first; {@code total} is how many it has. */
    Page<RevisionSummary> list(PostId post, PageRequest page);

    Optional<RevisionDetail> find(PostId post, int number);
}
