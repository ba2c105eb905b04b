package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;
import java.util.Optional;

public interface ListCommentsUseCase {

    Page<CommentView> list(PostId post, Optional<Actor> viewer, PageRequest page);

    /** The comments of a published post by its slug (a RealWorld article's); a draft's are not found. */
    Page<CommentView> listOfPublished(String slug, Optional<Actor> viewer, PageRequest page);
}
