package dev.inkwell.application.port.out;

import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import dev.inkwell.domain.user.Username;

/** Issues signed access tokens. */
public interface TokenIssuer {

    IssuedToken issueFor(UserId subject, Username username, Role role);

    record IssuedToken(String value, long expiresInSeconds) {
    }
}
