package dev.inkwell.application.user;

import dev.inkwell.application.port.in.BootstrapAdminUseCase;
import dev.inkwell.application.port.in.RegisterUserCommand;
import dev.inkwell.application.port.in.RegisterUserUseCase;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.DomainEventPublisher;
import dev.inkwell.application.port.out.PasswordHasher;
import dev.inkwell.application.port.out.TransactionRunner;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.Conflict.Subject;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.PasswordHash;
import dev.inkwell.domain.user.PlainPassword;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** New accounts: self-registration, and the configured first administrator. */
@ApplicationScoped
public class RegistrationService implements RegisterUserUseCase, BootstrapAdminUseCase {

    /** Attempts at a generated username when concurrent registrations keep taking the candidate. */
    static final int MAX_ATTEMPTS = 20;
    static final String BOOTSTRAP_USERNAME = "admin";

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final UsernameAllocator usernames;
    private final AuditLog audit;
    private final DomainEventPublisher events;
    private final TransactionRunner transactions;
    private final Clock clock;

    @Inject
    public RegistrationService(UserRepository users, PasswordHasher hasher, UsernameAllocator usernames,
                               AuditLog audit, DomainEventPublisher events, TransactionRunner transactions,
                               Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.usernames = usernames;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * One transaction per attempt: when a concurrent registration takes the generated username
     * first (the unique index decides), the next attempt picks the next free suffix. A username
     * the client chose, or a taken e-mail, is a {@code Conflict} at once.
     */
    @Override
    public UserView register(RegisterUserCommand command) {
        PasswordHash hash = hasher.hash(command.password()); // slow: once, not once per attempt
        boolean generated = command.username() == null;
        return transactions.retryingLostRaces(MAX_ATTEMPTS, e -> generated && e.isAbout(Subject.USERNAME),
                () -> registerOnce(command, hash));
    }

    private UserView registerOnce(RegisterUserCommand command, PasswordHash hash) {
        if (users.isEmailTakenByActiveUser(command.email())) {
            throw new Conflict("email is already registered", Subject.EMAIL);
        }
        Username username;
        if (command.username() != null) {
            if (users.isUsernameTakenByActiveUser(command.username())) {
                throw new Conflict("username is already taken", Subject.USERNAME);
            }
            username = command.username();
        } else {
            username = usernames.firstFree(Username.generateFrom(command.name().value()));
        }
        Instant now = Timestamps.now(clock);
        User user = User.register(command.email(), username, command.name(), hash, command.profile(), now);
        users.add(user);
        audit.record(AuditEvent.record(now, null, AuditAction.USER_REGISTERED, EntityType.USER,
                user.id().value(), Map.of("email", user.email().value(), "username", username.value())));
        events.publish(user.pullEvents());
        return UserViewMapper.privateView(user);
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
        events.publish(admin.pullEvents());
        return true;
    }
}
