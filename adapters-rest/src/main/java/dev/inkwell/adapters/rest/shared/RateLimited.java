package dev.inkwell.adapters.rest.shared;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The abuse-limit budgets of api.md ("Abuse limits"), as name bindings: an operation annotated
 * with one spends from that budget before it runs. The limits are enforced with state every
 * instance shares ({@code bootstrap}'s {@code RateLimitFilter}); an operation over its budget
 * answers 429 with {@code Retry-After} and does nothing.
 */
public final class RateLimited {

    private RateLimited() {
    }

    public enum Budget {
        /** Login attempts per client address ({@code inkwell.limits.login-per-minute}). */
        LOGIN,
        /** Registrations per client address ({@code inkwell.limits.registrations-per-hour}). */
        REGISTRATION,
        /** Writes per authenticated user, all kinds together ({@code inkwell.limits.writes-per-minute}). */
        WRITE
    }

    /** A login attempt: spends from {@link Budget#LOGIN}, and is counted by outcome. */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    public @interface Login {
    }

    /** A registration: spends from {@link Budget#REGISTRATION}. */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    public @interface Registration {
    }

    /** A write by the caller: spends from {@link Budget#WRITE}. */
    @NameBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    public @interface Write {
    }
}
