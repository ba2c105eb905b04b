package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.domain.user.Actor;
import java.util.Optional;

public interface ListPostsUseCase {

    /** {@code viewer} (empty: anonymous) only sets {@code favorited} and {@code author.following}. */
    Page<PostSummary> list(PostFilter filter, PageRequest page, Optional<Actor> viewer);
}
