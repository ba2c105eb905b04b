package dev.inkwell.application.fakes;

import dev.inkwell.application.port.out.TokenIssuer;
import dev.inkwell.application.port.out.TransactionRunner;
import dev.inkwell.application.user.AuthenticationService;
import dev.inkwell.application.user.RegisterUserCommand;
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
    public final FakePasswordHasher hasher = new FakePasswordHasher();
    public final RecordingAuditLog audit = new RecordingAuditLog();
    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final TokenIssuer tokens = user -> new TokenIssuer.IssuedToken("token-for-" + user.id(), 3600);
    public final UsernameAllocator allocator = new UsernameAllocator(users);
    public int transactionsRun;
    public final TransactionRunner transactions = new TransactionRunner() {
        @Override
        public <T> T inNewTransaction(java.util.function.Supplier<T> work) {
            transactionsRun++;
            return work.get();
        }
    };
    public final CountingPopularCache popularPosts = new CountingPopularCache();
    public final UserAccountService accounts =
            new UserAccountService(users, hasher, allocator, audit, transactions, popularPosts, clock);
    public final AuthenticationService authentication =
            new AuthenticationService(users, hasher, tokens, allocator, audit, clock);
    public final UserDirectoryService directory = new UserDirectoryService(users, users);

    public User register(String name, String email) {
        return accounts.register(RegisterUserCommand.of(email, "password-1", name, null, null, null, null));
    }

    public Actor admin() {
        return new Actor(UserId.newId(), Role.ADMIN);
    }

    public Actor moderator() {
        return new Actor(UserId.newId(), Role.MODERATOR);
    }
}
