package dev.inkwell.application.port.in;

import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.UserId;

public interface DeleteUserUseCase {

    /** Soft delete by the owner or an ADMIN; permanent delete by an ADMIN only. */
    void delete(Actor actor, UserId userId, boolean permanent);
}
