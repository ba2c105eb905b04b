package dev.inkwell.application.port.out;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.post.PostId;
import java.util.Optional;

/** Comment reads for display; none shows a comment of a soft-deleted user. */
public interface CommentQueries {

    /** A post's comments by active users, newest first. */
    Page<CommentView> forPost(PostId post, PageRequest page);

    Optional<CommentView> byId(CommentId id);
}
