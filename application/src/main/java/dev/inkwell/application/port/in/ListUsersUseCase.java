package dev.inkwell.application.port.in;

import dev.inkwell.application.shared.Page;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.User;

public interface ListUsersUseCase {

    /** For ADMINs and MODERATORs only. */
    Page<User> list(Actor actor, String search, PageRequest page);
}
