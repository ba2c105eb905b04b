package dev.inkwell.application.port.in;

import dev.inkwell.application.port.in.LoginCommand;
import dev.inkwell.application.port.in.LoginResult;

public interface LoginUseCase {

    /** One identical {@code Unauthenticated} for unknown e-mail, wrong password and deleted account. */
    LoginResult login(LoginCommand command);
}
