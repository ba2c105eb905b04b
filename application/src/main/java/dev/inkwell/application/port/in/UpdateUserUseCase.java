package dev.inkwell.application.port.in;

import dev.inkwell.application.port.in.UpdateUserCommand;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.domain.user.Actor;

public interface UpdateUserUseCase {

    UserView update(Actor actor, UpdateUserCommand command);
}
