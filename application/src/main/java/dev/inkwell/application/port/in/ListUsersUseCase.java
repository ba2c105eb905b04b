package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.domain.user.Actor;

public interface ListUsersUseCase {

    /** For ADMINs and MODERATORs only. */
    Page<UserView> list(Actor actor, String search, PageRequest page);
}
