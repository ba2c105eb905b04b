package dev.inkwell.application.port.out;

import dev.inkwell.application.post.PostViews.CommentView;
import dev.inkwell.application.shared.Page;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.domain.post.PostId;

public interface CommentQueries {

    /** A post's comments by active users, newest first. */
    Page<CommentView> forPost(PostId post, PageRequest page);
}
