package dev.inkwell.application.port.out;

import dev.inkwell.domain.user.User;

/** Issues signed access tokens. */
public interface TokenIssuer {

    IssuedToken issueFor(User user);

    record IssuedToken(String value, long expiresInSeconds) {
    }
}
