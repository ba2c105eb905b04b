package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.domain.user.Actor;
import java.util.Optional;

public interface ReadPostUseCase {

    /** A draft is not found for anyone but its author and ADMINs. */
    PostDetail read(String slug, Optional<Actor> viewer);
}
