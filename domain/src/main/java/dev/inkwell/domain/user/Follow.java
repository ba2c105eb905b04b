package dev.inkwell.domain.user;

import dev.inkwell.domain.error.InvalidInput;
import java.util.Objects;

/** One user following another. Nobody follows themself. */
public record Follow(UserId follower, UserId followee) {

    public Follow {
        Objects.requireNonNull(follower, "follower");
        Objects.requireNonNull(followee, "followee");
        if (follower.equals(followee)) {
            throw InvalidInput.of("id", "you cannot follow yourself");
        }
    }
}
