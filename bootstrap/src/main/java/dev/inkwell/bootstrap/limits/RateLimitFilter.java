package dev.inkwell.bootstrap.limits;

import dev.inkwell.adapters.rest.security.CurrentUserAugmentor;
import dev.inkwell.adapters.rest.shared.RateLimited;
import dev.inkwell.adapters.rest.shared.RateLimited.Budget;
import dev.inkwell.bootstrap.ops.OperationalMetrics;
import dev.inkwell.bootstrap.ops.OperationalMetrics.LoginOutcome;
import dev.inkwell.domain.error.Throttled;
import dev.inkwell.domain.user.Actor;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Duration;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Enforces the {@link RateLimited} budgets before the resource runs (so an operation over its
 * budget does nothing, not even hash a password), and counts login outcomes for
 * {@code inkwell_logins_total}.
 */
public class RateLimitFilter {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final RateLimiter limiter;
    private final ClientAddress clientAddress;
    private final CurrentIdentityAssociation identity;
    private final OperationalMetrics metrics;

    public RateLimitFilter(RateLimiter limiter, ClientAddress clientAddress, CurrentIdentityAssociation identity,
                           OperationalMetrics metrics) {
        this.limiter = limiter;
        this.clientAddress = clientAddress;
        this.identity = identity;
        this.metrics = metrics;
    }

    @ServerRequestFilter
    @RateLimited.Login
    public void login(HttpServerRequest request) {
        spend(Budget.LOGIN, Optional.of(addressOf(request)));
    }

    @ServerRequestFilter
    @RateLimited.Registration
    public void registration(HttpServerRequest request) {
        spend(Budget.REGISTRATION, Optional.of(addressOf(request)));
    }

    /** Anonymous callers spend nothing: the resource answers 401 and writes nothing. */
    @ServerRequestFilter
    @RateLimited.Write
    public void write() {
        if (limiter.enabled(Budget.WRITE)) {
            spend(Budget.WRITE, caller());
        }
    }

    @ServerResponseFilter
    @RateLimited.Login
    public void countLogins(ContainerResponseContext response) {
        switch (response.getStatus()) {
            case 200 -> metrics.login(LoginOutcome.OK);
            case 401 -> metrics.login(LoginOutcome.FAILED);
            case 429 -> metrics.login(LoginOutcome.THROTTLED);
            default -> { } // a malformed request is no login attempt
        }
    }

    private void spend(Budget budget, Optional<String> key) {
        if (key.isEmpty() || !limiter.enabled(budget)) {
            return;
        }
        Optional<Duration> wait = limiter.tryConsume(budget, key.get());
        if (wait.isPresent()) {
            throw new Throttled(message(budget), wait.get());
        }
    }

    private String addressOf(HttpServerRequest request) {
        return clientAddress.of(request.remoteAddress().hostAddress(), request.getHeader(FORWARDED_FOR));
    }

    private Optional<String> caller() {
        SecurityIdentity current = identity.getIdentity();
        if (current == null || current.isAnonymous()) {
            return Optional.empty();
        }
        Actor actor = current.getAttribute(CurrentUserAugmentor.ACTOR_ATTRIBUTE);
        return Optional.ofNullable(actor).map(a -> a.id().value().toString());
    }

    private static String message(Budget budget) {
        return switch (budget) {
            case LOGIN -> "too many login attempts from this address; try again later";
            case REGISTRATION -> "too many registrations from this address; try again later";
            case WRITE -> "too many writes; slow down and try again later";
        };
    }
}
