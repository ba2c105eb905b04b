package dev.inkwell.adapters.rest.security;

import dev.inkwell.application.port.model.UserView;
import dev.inkwell.domain.user.Actor;
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

    /** The caller's account (private view) as read for this request's token check; no second read. */
    public UserView requiredAccount() {
        required();
        return identity.<UserView>getAttribute(CurrentUserAugmentor.ACCOUNT_ATTRIBUTE);
    }
}
