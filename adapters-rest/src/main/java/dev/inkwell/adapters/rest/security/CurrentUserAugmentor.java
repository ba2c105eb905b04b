package dev.inkwell.adapters.rest.security;

import dev.inkwell.application.port.in.CurrentUserUseCase;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.UserId;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Re-checks the user behind every token against the database (one primary-key read): a
 * token of a deleted user is refused, and the role is the user's role now, not the one
 * written into the token when it was issued. The identity carries the {@link Actor} that
 * authorisation needs and the caller's account as a view (for {@code GET /auth/me}).
 */
@ApplicationScoped
public class CurrentUserAugmentor implements SecurityIdentityAugmentor {

    public static final String ACTOR_ATTRIBUTE = "inkwell.actor";
    static final String ACCOUNT_ATTRIBUTE = "inkwell.account";

    private final CurrentUserUseCase currentUser;

    @Inject
    public CurrentUserAugmentor(CurrentUserUseCase currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            UserView account = subject(token).flatMap(currentUser::currentUser)
                    .orElseThrow(() -> new AuthenticationFailedException("the token's user no longer exists"));
            Actor actor = account.asActor();
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addAttribute(ACTOR_ATTRIBUTE, actor)
                    .addAttribute(ACCOUNT_ATTRIBUTE, account)
                    .addRole(actor.role().name())
                    .build();
        });
    }

    private static Optional<UserId> subject(JsonWebToken token) {
        try {
            return Optional.of(new UserId(UUID.fromString(token.getSubject())));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
