package dev.inkwell.domain.user;

import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.event.AggregateRoot;
import dev.inkwell.domain.user.UserEvents.UserDeleted;
import dev.inkwell.domain.user.UserEvents.UserRegistered;
import dev.inkwell.domain.user.UserEvents.UserRoleChanged;
import dev.inkwell.domain.user.UserEvents.UserUpdated;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered account. Guards who may change it: the owner or an ADMIN edits and deletes,
 * only an ADMIN changes roles or deletes permanently.
 */
public final class User extends AggregateRoot {

    private final UserId id;
    private Email email;
    private Username username;
    private DisplayName name;
    private PasswordHash passwordHash;
    private Role role;
    private Profile profile;
    private final Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    private final Audience audience;

    private User(UserId id, Email email, Username username, DisplayName name, PasswordHash passwordHash,
                 Role role, Profile profile, Instant createdAt, Instant updatedAt, Instant deletedAt,
                 Audience audience) {
        this.id = Objects.requireNonNull(id, "id");
        this.email = Objects.requireNonNull(email, "email");
        this.username = Objects.requireNonNull(username, "username");
        this.name = Objects.requireNonNull(name, "name");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.profile = profile == null || profile.isEmpty() ? null : profile;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.deletedAt = deletedAt;
        this.audience = Objects.requireNonNull(audience, "audience");
    }

    /** Self-registration: always role USER, whatever the client sent. */
    public static User register(Email email, Username username, DisplayName name, PasswordHash hash,
                                Profile profile, Instant now) {
        return recordedAsNew(new User(UserId.newId(), email, username, name, hash, Role.USER, profile, now, now,
                null, Audience.none()));
    }

    /** The configured first administrator; the only way an ADMIN appears without another ADMIN. */
    public static User bootstrapAdmin(Email email, Username username, PasswordHash hash, Instant now) {
        return recordedAsNew(new User(UserId.newId(), email, username, new DisplayName("Administrator"), hash,
                Role.ADMIN, null, now, now, null, Audience.none()));
    }

    private static User recordedAsNew(User user) {
        user.record(new UserRegistered(user.id, user.role, user.createdAt));
        return user;
    }

    public static User restore(UserId id, Email email, Username username, DisplayName name,
                               PasswordHash passwordHash, Role role, Profile profile,
                               Instant createdAt, Instant updatedAt, Instant deletedAt, Audience audience) {
        return new User(id, email, username, name, passwordHash, role, profile, createdAt, updatedAt, deletedAt,
                audience);
    }

    /** Owner or ADMIN; a null username/name keeps the current one, profile parts merge. */
    public void edit(Actor actor, DisplayName newName, Username newUsername, Profile profileChanges, Instant now) {
        requireOwnerOrAdmin(actor, "edit");
        if (newName != null) {
            name = newName;
        }
        if (newUsername != null) {
            username = newUsername;
        }
        if (profileChanges != null) {
            Profile merged = (profile == null ? Profile.empty() : profile)
                    .merge(profileChanges.bio(), profileChanges.avatar(), profileChanges.website());
            profile = merged.isEmpty() ? null : merged;
        }
        updatedAt = now;
        record(new UserUpdated(id, now));
    }

    /**
     * Only the account's owner changes its e-mail or password (an ADMIN does not take over an
     * account); a null part stays. The caller has checked the new e-mail is free.
     */
    public void changeCredentials(Actor actor, Email newEmail, PasswordHash newHash, Instant now) {
        if (!actor.is(id)) {
            throw new Forbidden("only the account owner can change its e-mail or password");
        }
        if (newEmail == null && newHash == null) {
            return;
        }
        if (newEmail != null) {
            email = newEmail;
        }
        if (newHash != null) {
            passwordHash = newHash;
        }
        updatedAt = now;
        record(new UserUpdated(id, now));
    }

    public void changeRole(Actor actor, Role newRole, Instant now) {
        if (!actor.isAdmin()) {
            throw new Forbidden("only an ADMIN can change roles");
        }
        Role previous = role;
        role = Objects.requireNonNull(newRole, "newRole");
        updatedAt = now;
        record(new UserRoleChanged(id, previous, newRole, now));
    }

    public void softDelete(Actor actor, Instant now) {
        requireOwnerOrAdmin(actor, "delete");
        deletedAt = now;
        updatedAt = now;
        record(new UserDeleted(id, false, now));
    }

    /** Permanent deletion is for administrators only, even of one's own account. */
    public void purge(Actor actor, Instant now) {
        if (!actor.isAdmin()) {
            throw new Forbidden("only an ADMIN can delete a user permanently");
        }
        record(new UserDeleted(id, true, now));
    }

    /** The owner and ADMINs see the private view (e-mail) and the owner's drafts. */
    public boolean isVisiblePrivatelyTo(Optional<Actor> viewer) {
        return viewer.map(v -> v.isAdmin() || v.is(id)).orElse(false);
    }

    public boolean isOwnedBy(Optional<Actor> viewer) {
        return viewer.map(v -> v.is(id)).orElse(false);
    }

    public boolean isActive() {
        return deletedAt == null;
    }

    public Actor asActor() {
        return new Actor(id, role);
    }

    private void requireOwnerOrAdmin(Actor actor, String what) {
        if (!actor.isAdmin() && !actor.is(id)) {
            throw new Forbidden("only the account owner or an ADMIN can " + what + " this user");
        }
    }

    public UserId id() {
        return id;
    }

    public Email email() {
        return email;
    }

    public Username username() {
        return username;
    }

    public DisplayName name() {
        return name;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public Optional<Profile> profile() {
        return Optional.ofNullable(profile);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Optional<Instant> deletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    /** Followers and followings that count (active users), as the database keeps them. */
    public Audience audience() {
        return audience;
    }
}
