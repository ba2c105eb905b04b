package dev.inkwell.application.port.out;

import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import dev.inkwell.domain.user.Username;
import java.util.Optional;
import java.util.Set;

/** Stores user aggregates. "Active" means not soft-deleted. */
public interface UserRepository {

    Optional<User> findActiveById(UserId id);

    /** Also finds soft-deleted users: an ADMIN may still purge them. */
    Optional<User> findAnyById(UserId id);

    Optional<User> findActiveByEmail(Email email);

    Optional<User> findActiveByUsername(Username username);

    boolean isEmailTakenByActiveUser(Email email);

    boolean isUsernameTakenByActiveUser(Username username);

    /** Whether an active user other than {@code self} has {@code username}. */
    boolean isUsernameTakenByAnotherActiveUser(Username username, UserId self);

    /** Usernames of active users equal to {@code base} or starting with {@code base + "-"}. */
    Set<String> activeUsernamesLike(Username base);

    /** Inserts a new user; a uniqueness race lost to another insert is a {@code Conflict}. */
    void add(User user);

    /** Writes the aggregate's current state; a uniqueness race is a {@code Conflict}. */
    void update(User user);

    /** Deletes the row; the database cascades to profile, posts, comments and links. */
    void deletePermanently(UserId id);
}
