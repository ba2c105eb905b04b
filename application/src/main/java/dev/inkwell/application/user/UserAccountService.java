package dev.inkwell.application.user;

import dev.inkwell.application.port.in.ChangeRoleUseCase;
import dev.inkwell.application.port.in.DeleteUserUseCase;
import dev.inkwell.application.port.in.UpdateUserCommand;
import dev.inkwell.application.port.in.UpdateUserUseCase;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.DomainEventPublisher;
import dev.inkwell.application.port.out.PasswordHasher;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.application.shared.Audits;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.error.Conflict.Subject;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** An account's life after registration: profile edits, role changes, deletion. */
@ApplicationScoped
public class UserAccountService implements UpdateUserUseCase, ChangeRoleUseCase, DeleteUserUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Inject
    public UserAccountService(UserRepository users, PasswordHasher hasher, AuditLog audit, DomainEventPublisher events,
                              Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public UserView update(Actor actor, UpdateUserCommand command) {
        User user = activeUser(command.userId());
        Map<String, Object> changes = changes(user, command);
        boolean renamed = command.username() != null && !command.username().equals(user.username());
        Instant now = Timestamps.now(clock);
        user.edit(actor, command.name(), command.username(), command.profile(), now); // 403 before 409
        Email newEmail = command.email() == null || command.email().equals(user.email()) ? null : command.email();
        if (newEmail != null || command.password() != null) {
            // the owner only; checked before the slow hash and before any uniqueness question
            user.changeCredentials(actor, newEmail, null, now);
        }
        if (renamed && users.isUsernameTakenByAnotherActiveUser(user.username(), user.id())) {
            throw new Conflict("username is already taken", Subject.USERNAME);
        }
        if (newEmail != null && users.isEmailTakenByActiveUser(newEmail)) {
            throw new Conflict("email is already registered", Subject.EMAIL);
        }
        if (command.password() != null) {
            user.changeCredentials(actor, null, hasher.hash(command.password()), now);
        }
        users.update(user);
        audit.record(Audits.by(actor, AuditAction.USER_UPDATED, EntityType.USER, user.id().value(), changes, now));
        events.publish(user.pullEvents());
        return UserViewMapper.privateView(user);
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
        if (command.email() != null && !command.email().equals(user.email())) {
            changes.put("email", command.email().value());
        }
        if (command.password() != null) {
            changes.put("password", "changed");
        }
        return changes;
    }

    @Override
    @Transactional
    public UserView changeRole(Actor actor, UserId userId, Role role) {
        User user = activeUser(userId);
        Role previous = user.role();
        Instant now = Timestamps.now(clock);
        user.changeRole(actor, role, now);
        users.update(user);
        audit.record(Audits.by(actor, AuditAction.USER_ROLE_CHANGED, EntityType.USER, userId.value(),
                Map.of("from", previous.name(), "to", role.name()), now));
        events.publish(user.pullEvents());
        return UserViewMapper.privateView(user);
    }

    @Override
    @Transactional
    public void delete(Actor actor, UserId userId, boolean permanent) {
        Instant now = Timestamps.now(clock);
        if (permanent) {
            User user = users.findAnyById(userId).orElseThrow(() -> NotFound.of("user", userId));
            user.purge(actor, now);
            users.deletePermanently(userId);
            audit.record(Audits.by(actor, AuditAction.USER_PURGED, EntityType.USER, userId.value(),
                    Map.of("email", user.email().value(), "username", user.username().value()), now));
            events.publish(user.pullEvents());
            return;
        }
        User user = activeUser(userId);
        user.softDelete(actor, now);
        users.update(user);
        audit.record(Audits.by(actor, AuditAction.USER_DELETED, EntityType.USER, userId.value(), Map.of(), now));
        events.publish(user.pullEvents());
    }

    private User activeUser(UserId id) {
        return users.findActiveById(id).orElseThrow(() -> NotFound.of("user", id));
    }
}
