package dev.inkwell.application.port.in;

import dev.inkwell.application.port.model.UserView;
import dev.inkwell.domain.user.UserId;
import java.util.Optional;

public interface CurrentUserUseCase {

    /**
     * The active user a valid token names, with the role they have now (not the one in
     * the token); empty when the account was deleted since the token was issued.
     */
    Optional<UserView> currentUser(UserId id);
}
