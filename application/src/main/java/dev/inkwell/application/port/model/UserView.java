package dev.inkwell.application.port.model;

import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.UUID;

/**
 * A user as the caller may see them. {@code email} is null unless the caller may see it (the user
 * themself, ADMINs, staff lists); {@code profile} is null when the user has none. Never a password hash.
 */
public record UserView(UUID id, String email, String username, String name, Role role, Instant createdAt,
                       Instant updatedAt, ProfileView profile, long followersCount, long followingCount) {

    public record ProfileView(String bio, String avatar, String website) {
    }

    /** The user as a caller of the use cases, with the role they have now. */
    public Actor asActor() {
        return new Actor(new UserId(id), role);
    }
}
