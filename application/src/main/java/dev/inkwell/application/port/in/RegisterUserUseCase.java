package dev.inkwell.application.port.in;

import dev.inkwell.application.user.RegisterUserCommand;
import dev.inkwell.domain.user.User;

public interface RegisterUserUseCase {

    /** Creates a USER; {@code Conflict} when the e-mail or chosen username is taken. */
    User register(RegisterUserCommand command);
}
