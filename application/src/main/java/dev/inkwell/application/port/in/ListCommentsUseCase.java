package dev.inkwell.application.port.in;

import dev.inkwell.application.post.PostViews.CommentView;
import dev.inkwell.application.shared.Page;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;
import java.util.Optional;

public interface ListCommentsUseCase {

    Page<CommentView> list(PostId post, Optional<Actor> viewer, PageRequest page);
}
