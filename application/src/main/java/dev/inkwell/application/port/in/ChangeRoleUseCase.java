package dev.inkwell.application.port.in;

import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;

public interface ChangeRoleUseCase {

    User changeRole(Actor actor, UserId userId, Role role);
}
