package dev.inkwell.application.social;

import dev.inkwell.application.port.in.FollowUseCase;
import dev.inkwell.application.port.out.FollowRepository;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Follow;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Follows: idempotent both ways; only active users can be followed, and nobody follows themself.
 * The answer's count is read in the same transaction, after the change.
 */
@ApplicationScoped
public class FollowService implements FollowUseCase {

    private final UserRepository users;
    private final FollowRepository follows;

    @Inject
    public FollowService(UserRepository users, FollowRepository follows) {
        this.users = users;
        this.follows = follows;
    }

    @Override
    @Transactional
    public FollowState follow(Actor actor, UserId user) {
        Follow follow = existingFollowee(actor, user);
        follows.add(follow);
        return new FollowState(true, follows.counts(user).followers());
    }

    @Override
    @Transactional
    public FollowState unfollow(Actor actor, UserId user) {
        Follow follow = existingFollowee(actor, user);
        follows.remove(follow);
        return new FollowState(false, follows.counts(user).followers());
    }

    /** 404 before 400: whether the id is the caller's own is only worth saying about a real user. */
    private Follow existingFollowee(Actor actor, UserId user) {
        users.findActiveById(user).orElseThrow(() -> NotFound.of("user", user));
        return new Follow(actor.id(), user);
    }
}
