package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.UserView;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;

public interface ChangeRoleUseCase {

    UserView changeRole(Actor actor, UserId userId, Role role);
}
