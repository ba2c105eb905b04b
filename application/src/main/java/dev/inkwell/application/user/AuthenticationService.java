package dev.inkwell.application.user;

import dev.inkwell.application.port.in.CurrentUserUseCase;
import dev.inkwell.application.port.in.LoginCommand;
import dev.inkwell.application.port.in.LoginResult;
import dev.inkwell.application.port.in.LoginUseCase;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.PasswordHasher;
import dev.inkwell.application.port.out.TokenIssuer;
import dev.inkwell.application.port.out.TokenIssuer.IssuedToken;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.error.Unauthenticated;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Who is who: login, and the user behind a token. */
@ApplicationScoped
public class AuthenticationService implements LoginUseCase, CurrentUserUseCase {

    /** The one message for every failed login, so that it reveals nothing about accounts. */
    public static final String INVALID_CREDENTIALS = "invalid email or password";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public AuthenticationService(UserRepository users, PasswordHasher hasher, TokenIssuer tokens, AuditLog audit,
                                 Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** The failure is audited in the same transaction, which must therefore commit. */
    @Override
    @Transactional(dontRollbackOn = Unauthenticated.class)
    public LoginResult login(LoginCommand command) {
        Optional<User> user = parseEmail(command.email()).flatMap(users::findActiveByEmail);
        String password = command.password() == null ? "" : command.password();
        if (user.isEmpty()) {
            hasher.matches(password, hasher.decoy());
            throw failed(null, command.email(), "UNKNOWN_EMAIL");
        }
        User found = user.get();
        if (!hasher.matches(password, found.passwordHash())) {
            throw failed(found.id(), command.email(), "WRONG_PASSWORD");
        }
        IssuedToken token = tokens.issueFor(found.id(), found.username(), found.role());
        return new LoginResult(token.value(), token.expiresInSeconds(), UserViewMapper.privateView(found));
    }

    @Override
    @Transactional
    public Optional<UserView> currentUser(UserId id) {
        return users.findActiveById(id).map(UserViewMapper::privateView);
    }

    private Unauthenticated failed(UserId userId, String attemptedEmail, String reason) {
        audit.record(AuditEvent.record(Timestamps.now(clock), null, AuditAction.LOGIN_FAILED, EntityType.USER,
                userId == null ? null : userId.value(),
                Map.of("email", truncate(attemptedEmail), "reason", reason)));
        return new Unauthenticated(INVALID_CREDENTIALS);
    }

    private static Optional<Email> parseEmail(String raw) {
        try {
            return Optional.of(new Email(raw));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String truncate(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.length() <= Email.MAX_LENGTH ? raw : raw.substring(0, Email.MAX_LENGTH);
    }
}
