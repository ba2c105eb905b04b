package dev.inkwell.domain.user;

import dev.inkwell.domain.event.DomainEvent;
import java.time.Instant;

/** What happens to accounts. */
public final class UserEvents {

    private UserEvents() {
    }

    /** A new account: a self-registration, or the configured first administrator. */
    public record UserRegistered(UserId userId, Role role, Instant occurredAt) implements DomainEvent {
    }

    public record UserUpdated(UserId userId, Instant occurredAt) implements DomainEvent {
    }

    public record UserRoleChanged(UserId userId, Role from, Role to, Instant occurredAt) implements DomainEvent {
    }

    /** Soft-deleted, or purged with everything they wrote ({@code permanent}). */
    public record UserDeleted(UserId userId, boolean permanent, Instant occurredAt) implements DomainEvent {
    }
}
