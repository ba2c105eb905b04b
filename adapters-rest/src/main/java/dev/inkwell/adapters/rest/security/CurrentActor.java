package dev.inkwell.adapters.rest.security;

import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.User;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The caller of the current request as the use cases know it. */
@RequestScoped
public class CurrentActor {

    private final SecurityIdentity identity;

    @Inject
    public CurrentActor(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** Empty for anonymous callers; an invalid token is a 401, not anonymity. */
    public Optional<Actor> optional() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.<Actor>getAttribute(CurrentUserAugmentor.ACTOR_ATTRIBUTE));
    }

    public Actor required() {
        return optional().orElseThrow(UnauthorizedException::new);
    }

    /** The caller's account as read for this request's token check; no second read. */
    public User requiredUser() {
        required();
        return identity.<User>getAttribute(CurrentUserAugmentor.USER_ATTRIBUTE);
    }
}
