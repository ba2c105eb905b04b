package dev.inkwell.application.user;

import dev.inkwell.application.port.in.BootstrapAdminUseCase;
import dev.inkwell.application.port.in.CurrentUserUseCase;
import dev.inkwell.application.port.in.LoginUseCase;
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
import dev.inkwell.domain.user.PlainPassword;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import dev.inkwell.domain.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Who is who: login, the user behind a token, the configured first administrator. */
@ApplicationScoped
public class AuthenticationService implements LoginUseCase, CurrentUserUseCase, BootstrapAdminUseCase {

    /** The one message for every failed login, so that it reveals nothing about accounts. */
    public static final String INVALID_CREDENTIALS = "invalid email or password";
    static final String BOOTSTRAP_USERNAME = "admin";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final UsernameAllocator usernames;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public AuthenticationService(UserRepository users, PasswordHasher hasher, TokenIssuer tokens,
                                 UsernameAllocator usernames, AuditLog audit, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.tokens = tokens;
        this.usernames = usernames;
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
        if (!hasher.matches(password, user.get().passwordHash())) {
            throw failed(user.get().id(), command.email(), "WRONG_PASSWORD");
        }
        IssuedToken token = tokens.issueFor(user.get());
        return new LoginResult(token.value(), token.expiresInSeconds(), user.get());
    }

    @Override
    @Transactional
    public Optional<User> currentUser(UserId id) {
        return users.findActiveById(id);
    }

    @Override
    @Transactional
    public boolean ensureAdmin(String email, String password) {
        Email adminEmail = new Email(email);
        if (users.isEmailTakenByActiveUser(adminEmail)) {
            return false;
        }
        PlainPassword plain = new PlainPassword(password);
        Instant now = Timestamps.now(clock);
        User admin = User.bootstrapAdmin(adminEmail, usernames.firstFree(new Username(BOOTSTRAP_USERNAME)),
                hasher.hash(plain), now);
        users.add(admin);
        audit.record(AuditEvent.record(now, null, AuditAction.USER_BOOTSTRAPPED, EntityType.USER,
                admin.id().value(), Map.of("email", adminEmail.value(), "username", admin.username().value())));
        return true;
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
