package dev.inkwell.application.port.in;

import dev.inkwell.application.user.UpdateUserCommand;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.User;

public interface UpdateUserUseCase {

    User update(Actor actor, UpdateUserCommand command);
}
