package dev.inkwell.application.fakes;

import dev.inkwell.application.port.in.RegisterUserCommand;
import dev.inkwell.application.port.model.LoginLockPolicy;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.application.port.out.TokenIssuer;
import dev.inkwell.application.post.PopularListInvalidation;
import dev.inkwell.application.social.FollowService;
import dev.inkwell.application.user.AuthenticationService;
import dev.inkwell.application.user.RegistrationService;
import dev.inkwell.application.user.UserAccountService;
import dev.inkwell.application.user.UserDirectoryService;
import dev.inkwell.application.user.UsernameAllocator;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The user services wired to in-memory fakes, as a test-data builder. */
public class UserFixture {

    public static final Instant NOW = Instant.parse("2026-11-21T14:20:00.123Z");

    public final InMemoryUsers users = new InMemoryUsers();
    public final InMemorySocial social = new InMemorySocial(users::isActive);
    public final FakePasswordHasher hasher = new FakePasswordHasher();
    public final RecordingAuditLog audit = new RecordingAuditLog();
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final TokenIssuer tokens = (id, username, role) -> new TokenIssuer.IssuedToken("token-for-" + id, 3600);
    public final UsernameAllocator allocator = new UsernameAllocator(users);
    public final CountingTransactions transactions = new CountingTransactions();
    public final CountingPopularCache popularPosts = new CountingPopularCache();
    public final RecordingEventPublisher events =
            new RecordingEventPublisher().listen(new PopularListInvalidation(popularPosts)::afterCommit);
    public final RegistrationService registration =
            new RegistrationService(users, hasher, allocator, audit, events, transactions, clock);
    public final UserAccountService accounts = new UserAccountService(users, hasher, audit, events, clock);
    public final InMemoryLoginLocks loginLocks = new InMemoryLoginLocks();
    public final AuthenticationService authentication =
            new AuthenticationService(users, users, hasher, tokens, audit, loginLocks, LoginLockPolicy.of(5), clock);
    public final UserDirectoryService directory = new UserDirectoryService(users, users, social);
    public final FollowService follows = new FollowService(users, social);

    {
        users.audience = social::audience;
    }

    /** Registers through the use case and returns the stored aggregate, to act as or on that user. */
    public User register(String name, String email) {
        return stored(registration.register(RegisterUserCommand.of(email, "password-1", name, null, null, null, null)));
    }

    public User stored(UserView view) {
        return users.findAnyById(new UserId(view.id())).orElseThrow();
    }

    public Actor admin() {
        return new Actor(UserId.newId(), Role.ADMIN);
    }

    public Actor moderator() {
        return new Actor(UserId.newId(), Role.MODERATOR);
    }
}
