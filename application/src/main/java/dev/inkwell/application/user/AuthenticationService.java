package dev.inkwell.application.user;

import dev.inkwell.application.port.in.CurrentUserUseCase;
import dev.inkwell.application.port.in.LoginCommand;
import dev.inkwell.application.port.in.LoginResult;
import dev.inkwell.application.port.in.LoginUseCase;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.application.port.model.LoginLockPolicy;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.LoginLocks;
import dev.inkwell.application.port.out.PasswordHasher;
import dev.inkwell.application.port.out.TokenIssuer;
import dev.inkwell.application.port.out.TokenIssuer.IssuedToken;
import dev.inkwell.application.port.out.UserQueries;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.error.Throttled;
import dev.inkwell.domain.error.Unauthenticated;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Who is who: login, and the user behind a token. */
@ApplicationScoped
public class AuthenticationService implements LoginUseCase, CurrentUserUseCase {

    /** The one message for every failed login, so that it reveals nothing about accounts. */
    public static final String INVALID_CREDENTIALS = "invalid email or password";
    /** The one message of a locked account, also for e-mails that belong to nobody. */
    public static final String LOCKED = "too many failed logins for this account; try again later";

    private final UserRepository users;
    private final UserQueries accounts;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final AuditLog audit;
    private final LoginLocks locks;
    private final LoginLockPolicy lockPolicy;
    private final Clock clock;

    @Inject
    public AuthenticationService(UserRepository users, UserQueries accounts, PasswordHasher hasher, TokenIssuer tokens, AuditLog audit,
                                 LoginLocks locks, LoginLockPolicy lockPolicy, Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.hasher = hasher;
        this.tokens = tokens;
        this.audit = audit;
        this.locks = locks;
        this.lockPolicy = lockPolicy;
        this.clock = clock;
    }

    /**
     * The failure is audited, and counted against the account key, in the same transaction,
     * which must therefore commit. A locked key is refused before its password is looked at: the
     * same answer whether the password is right, wrong, or the e-mail belongs to nobody.
     */
    @Override
    @Transactional(dontRollbackOn = Unauthenticated.class)
    public LoginResult login(LoginCommand command) {
        String key = accountKey(command.email());
        Instant now = Timestamps.now(clock);
        if (lockPolicy.enabled()) {
            Optional<Instant> lockedUntil = locks.lockedUntil(key, now);
            if (lockedUntil.isPresent()) {
                throw new Throttled(LOCKED, Duration.between(now, lockedUntil.get()));
            }
        }
        Optional<User> user = parseEmail(command.email()).flatMap(users::findActiveByEmail);
        String password = command.password() == null ? "" : command.password();
        if (user.isEmpty()) {
            hasher.matches(password, hasher.decoy());
            throw failed(key, now, null, command.email(), "UNKNOWN_EMAIL");
        }
        User found = user.get();
        if (!hasher.matches(password, found.passwordHash())) {
            throw failed(key, now, found.id(), command.email(), "WRONG_PASSWORD");
        }
        if (lockPolicy.enabled()) {
            locks.clear(key);
        }
        IssuedToken token = tokens.issueFor(found.id(), found.username(), found.role());
        return new LoginResult(token.value(), token.expiresInSeconds(), UserViewMapper.privateView(found));
    }

    /** The key failures are counted under: the e-mail as {@link Email} normalises it, whether valid or not. */
    static String accountKey(String rawEmail) {
        String key = rawEmail == null ? "" : rawEmail.strip().toLowerCase(Locale.ROOT);
        return key.length() <= Email.MAX_LENGTH ? key : key.substring(0, Email.MAX_LENGTH);
    }

    /** A projection, not the aggregate: read on every signed-in request, in no transaction. */
    @Override
    public Optional<UserView> currentUser(UserId id) {
        return accounts.accountOf(id);
    }

    private Unauthenticated failed(String key, Instant now, UserId userId, String attemptedEmail, String reason) {
        if (lockPolicy.enabled()) {
            locks.recordFailure(key, now, lockPolicy);
        }
        audit.record(AuditEvent.record(now, null, AuditAction.LOGIN_FAILED, EntityType.USER,
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
