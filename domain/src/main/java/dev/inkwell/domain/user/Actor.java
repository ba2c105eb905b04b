package dev.inkwell.domain.user;

import java.util.Objects;

/** Who is asking: an authenticated user with their current role. */
public record Actor(UserId id, Role role) {

    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isModerator() {
        return role == Role.MODERATOR;
    }

    public boolean is(UserId other) {
        return id.equals(other);
    }
}
