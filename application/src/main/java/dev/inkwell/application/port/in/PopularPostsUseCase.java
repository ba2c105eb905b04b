package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.domain.user.Actor;
import java.util.List;
import java.util.Optional;

public interface PopularPostsUseCase {

    /** The cached list, with the viewer's {@code favorited} and {@code author.following}. */
    List<PostSummary> popular(Optional<Actor> viewer);
}
