package dev.inkwell.bootstrap.security;

import dev.inkwell.application.port.out.PasswordHasher;
import dev.inkwell.domain.user.PasswordHash;
import dev.inkwell.domain.user.PlainPassword;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.vertx.core.Context;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * bcrypt, cost 12, through Quarkus' {@link BcryptUtil}. Blocking by nature (~0.3 s a hash), so it
 * refuses to run on an event loop; the HTTP tests would fail if a caller ever did that.
 */
@ApplicationScoped
public class BcryptPasswordHasher implements PasswordHasher {

    static final int COST = 12;

    private volatile PasswordHash decoy;

    @Override
    public PasswordHash hash(PlainPassword password) {
        refuseEventLoop();
        return new PasswordHash(BcryptUtil.bcryptHash(password.value(), COST));
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        refuseEventLoop();
        try {
            return BcryptUtil.matches(candidate, hash.value());
        } catch (RuntimeException e) {
            return false; // an unparseable stored hash never matches
        }
    }

    /** ~0.3 s of CPU would stall every connection served by that event loop: fail loudly instead. */
    private static void refuseEventLoop() {
        if (Context.isOnEventLoopThread()) {
            throw new IllegalStateException("bcrypt must not run on a Vert.x event loop thread");
        }
    }

    @Override
    public PasswordHash decoy() {
        PasswordHash d = decoy;
        if (d == null) {
            d = new PasswordHash(BcryptUtil.bcryptHash("not a password of anybody", COST));
            decoy = d;
        }
        return d;
    }
}
