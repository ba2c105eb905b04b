package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;
import java.util.Optional;

public interface ReadPostUseCase {

    /** A draft is not found for anyone but its author and ADMINs. */
    PostDetail read(String slug, Optional<Actor> viewer);

    /**
     * A published post without its comments (a RealWorld article): a draft is not found, not even
     * for its author.
     */
    PostDetail readPublished(String slug, Optional<Actor> viewer);

    /** The id of a published post (a RealWorld article); a draft is not found, not even for its author. */
    PostId publishedId(String slug);
}
