package dev.inkwell.application.port.in;

import dev.inkwell.application.port.in.RegisterUserCommand;
import dev.inkwell.application.port.model.UserView;

public interface RegisterUserUseCase {

    /** Creates a USER; {@code Conflict} when the e-mail or chosen username is taken. */
    UserView register(RegisterUserCommand command);
}
