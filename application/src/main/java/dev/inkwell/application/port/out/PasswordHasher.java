package dev.inkwell.application.port.out;

import dev.inkwell.domain.user.PasswordHash;
import dev.inkwell.domain.user.PlainPassword;

/** Slow, salted password hashing. Implementations are blocking: never call from an event loop. */
public interface PasswordHasher {

    PasswordHash hash(PlainPassword password);

    boolean matches(String candidate, PasswordHash hash);

    /**
     * A valid hash of no real password. Checking a candidate against it when the e-mail is
     * unknown makes that answer as slow as a wrong password, so timing reveals no accounts.
     */
    PasswordHash decoy();
}
