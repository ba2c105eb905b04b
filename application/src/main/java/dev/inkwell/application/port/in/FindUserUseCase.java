package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.UserDetails;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.UserId;
import java.util.Optional;

public interface FindUserUseCase {

    /** An active user's page as {@code viewer} (empty when anonymous) may see it. */
    UserDetails find(UserId id, Optional<Actor> viewer);

    /** A profile by username (RealWorld's profiles): the same page without recent posts. */
    UserDetails findByUsername(String username, Optional<Actor> viewer);
}
