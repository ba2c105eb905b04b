package dev.inkwell.application.port.in;

import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.UserId;

/** Following and unfollowing; both idempotent. */
public interface FollowUseCase {

    /** 404 for a user who does not exist (or is soft-deleted); following yourself is a 400. */
    FollowState follow(Actor actor, UserId user);

    FollowState unfollow(Actor actor, UserId user);

    record FollowState(boolean following, long followersCount) {
    }
}
