package dev.inkwell.application.user;

import dev.inkwell.application.port.in.ChangeRoleUseCase;
import dev.inkwell.application.port.in.DeleteUserUseCase;
import dev.inkwell.application.port.in.RegisterUserUseCase;
import dev.inkwell.application.port.in.UpdateUserUseCase;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.PasswordHasher;
import dev.inkwell.application.port.out.PopularPostsCache;
import dev.inkwell.application.port.out.TransactionRunner;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.application.shared.Audits;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.AuditEvent;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.PasswordHash;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import dev.inkwell.domain.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Account life cycle: registration, profile edits, role changes, deletion. */
@ApplicationScoped
public class UserAccountService implements RegisterUserUseCase, UpdateUserUseCase, ChangeRoleUseCase,
        DeleteUserUseCase {

    /** Attempts at a generated username when concurrent registrations keep taking the candidate. */
    static final int MAX_ATTEMPTS = 20;

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final UsernameAllocator usernames;
    private final AuditLog audit;
    private final TransactionRunner transactions;
    private final PopularPostsCache popularPosts;
    private final Clock clock;

    @Inject
    public UserAccountService(UserRepository users, PasswordHasher hasher, UsernameAllocator usernames,
                              AuditLog audit, TransactionRunner transactions, PopularPostsCache popularPosts,
                              Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.usernames = usernames;
        this.audit = audit;
        this.transactions = transactions;
        this.popularPosts = popularPosts;
        this.clock = clock;
    }

    /**
     * One transaction per attempt: when a concurrent registration takes the generated username
     * first (the unique index decides), the next attempt picks the next free suffix. A username
     * the client chose, or a taken e-mail, is a {@code Conflict} at once.
     */
    @Override
    public User register(RegisterUserCommand command) {
        PasswordHash hash = hasher.hash(command.password()); // slow: once, not once per attempt
        boolean generated = command.username() == null;
        return transactions.retryingLostRaces(MAX_ATTEMPTS, e -> generated && e.isAbout("username"),
                () -> registerOnce(command, hash));
    }

    private User registerOnce(RegisterUserCommand command, PasswordHash hash) {
        if (users.isEmailTakenByActiveUser(command.email())) {
            throw new Conflict("email is already registered", "email");
        }
        Username username;
        if (command.username() != null) {
            if (users.isUsernameTakenByActiveUser(command.username())) {
                throw new Conflict("username is already taken", "username");
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
        return user;
    }

    @Override
    @Transactional
    public User update(Actor actor, UpdateUserCommand command) {
        User user = activeUser(command.userId());
        Map<String, Object> changes = changes(user, command);
        Instant now = Timestamps.now(clock);
        user.edit(actor, command.name(), command.username(), command.profile(), now); // 403 before 409
        if (changes.containsKey("username") && users.isUsernameTakenByAnotherActiveUser(user.username(), user.id())) {
            throw new Conflict("username is already taken", "username");
        }
        users.update(user);
        audit.record(Audits.by(actor, AuditAction.USER_UPDATED, EntityType.USER, user.id().value(), changes, now));
        return user;
    }

    /** What the command changes, for the audit trail (read before the aggregate is edited). */
    private static Map<String, Object> changes(User user, UpdateUserCommand command) {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (command.username() != null && !command.username().equals(user.username())) {
            changes.put("username", command.username().value());
        }
        if (command.name() != null && !command.name().equals(user.name())) {
            changes.put("name", command.name().value());
        }
        if (command.profile() != null) {
            changes.put("profile", "updated");
        }
        return changes;
    }

    @Override
    @Transactional
    public User changeRole(Actor actor, UserId userId, Role role) {
        User user = activeUser(userId);
        Role previous = user.role();
        Instant now = Timestamps.now(clock);
        user.changeRole(actor, role, now);
        users.update(user);
        audit.record(Audits.by(actor, AuditAction.USER_ROLE_CHANGED, EntityType.USER, userId.value(),
                Map.of("from", previous.name(), "to", role.name()), now));
        return user;
    }

    @Override
    @Transactional
    public void delete(Actor actor, UserId userId, boolean permanent) {
        Instant now = Timestamps.now(clock);
        if (permanent) {
            User user = users.findAnyById(userId).orElseThrow(() -> NotFound.of("user", userId));
            user.requirePermanentDeletionBy(actor);
            users.deletePermanently(userId);
            audit.record(Audits.by(actor, AuditAction.USER_PURGED, EntityType.USER, userId.value(),
                    Map.of("email", user.email().value(), "username", user.username().value()), now));
            popularPosts.invalidate(); // their posts leave every public read
            return;
        }
        User user = activeUser(userId);
        user.softDelete(actor, now);
        users.update(user);
        audit.record(Audits.by(actor, AuditAction.USER_DELETED, EntityType.USER, userId.value(), Map.of(), now));
        popularPosts.invalidate(); // their posts and comments leave every public read
    }

    private User activeUser(UserId id) {
        return users.findActiveById(id).orElseThrow(() -> NotFound.of("user", id));
    }

}
