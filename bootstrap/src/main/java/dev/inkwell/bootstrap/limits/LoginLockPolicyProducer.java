package dev.inkwell.bootstrap.limits;

import dev.inkwell.application.port.model.LoginLockPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The per-account login lock as configured ({@code inkwell.limits.login-failures}). */
@ApplicationScoped
public class LoginLockPolicyProducer {

    @Produces
    @Singleton
    LoginLockPolicy policy(LimitsConfig limits) {
        if (limits.loginFailures() < 0) {
            throw new IllegalArgumentException("inkwell.limits.login-failures must be 0 (off) or more");
        }
        return LoginLockPolicy.of(limits.loginFailures());
    }
}
