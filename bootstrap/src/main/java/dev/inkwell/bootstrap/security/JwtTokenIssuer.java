package dev.inkwell.bootstrap.security;

import dev.inkwell.application.port.out.TokenIssuer;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import dev.inkwell.domain.user.Username;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** RS256 tokens signed with {@code smallrye.jwt.sign.key.location}: sub = user id, groups = [role]. */
@ApplicationScoped
public class JwtTokenIssuer implements TokenIssuer {

    private final String issuer;
    private final Duration lifetime;
    private final Clock clock;

    @Inject
    public JwtTokenIssuer(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
                          @ConfigProperty(name = "inkwell.jwt.lifetime", defaultValue = "PT1H") Duration lifetime,
                          Clock clock) {
        this.issuer = issuer;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public IssuedToken issueFor(UserId subject, Username username, Role role) {
        Instant now = clock.instant();
        String token = Jwt.issuer(issuer)
                .subject(subject.toString())
                .upn(username.value())
                .groups(Set.of(role.name()))
                .issuedAt(now)
                .expiresAt(now.plus(lifetime))
                .sign();
        return new IssuedToken(token, lifetime.toSeconds());
    }
}
