package dev.inkwell.application.fakes;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.RecentPost;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.application.port.out.UserQueries;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.Conflict.Subject;
import dev.inkwell.domain.user.Audience;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import dev.inkwell.domain.user.Username;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The user ports over a map, with the same uniqueness rules as the database's partial indexes. */
public class InMemoryUsers implements UserRepository, UserQueries {

    private final Map<UserId, User> users = new LinkedHashMap<>();
    public final List<RecentPost> posts = new ArrayList<>();

    @Override
    public Optional<User> findActiveById(UserId id) {
        return Optional.ofNullable(users.get(id)).filter(User::isActive).map(this::copy);
    }

    /** Without copying (the copy asks the social fake for counts, which asks this). */
    public boolean isActive(UserId id) {
        User user = users.get(id);
        return user != null && user.isActive();
    }

    @Override
    public Optional<User> findAnyById(UserId id) {
        return Optional.ofNullable(users.get(id)).map(this::copy);
    }

    @Override
    public Optional<User> findActiveByUsername(Username username) {
        return active().filter(u -> u.username().equals(username)).findFirst().map(this::copy);
    }

    @Override
    public Optional<User> findActiveByEmail(Email email) {
        return active().filter(u -> u.email().equals(email)).findFirst().map(this::copy);
    }

    @Override
    public boolean isEmailTakenByActiveUser(Email email) {
        return findActiveByEmail(email).isPresent();
    }

    @Override
    public boolean isUsernameTakenByActiveUser(Username username) {
        if (staleUsernameChecks > 0) {
            staleUsernameChecks--;
            return false;
        }
        return active().anyMatch(u -> u.username().equals(username));
    }

    @Override
    public boolean isUsernameTakenByAnotherActiveUser(Username username, UserId self) {
        return active().anyMatch(u -> u.username().equals(username) && !u.id().equals(self));
    }

    @Override
    public Set<String> activeUsernamesLike(Username base) {
        if (staleUsernameChecks > 0) {
            staleUsernameChecks--;
            return Set.of();
        }
        return active().map(u -> u.username().value())
                .filter(n -> n.equals(base.value()) || n.startsWith(base.value() + "-"))
                .collect(Collectors.toSet());
    }

    @Override
    public void add(User user) {
        checkUnique(user);
        users.put(user.id(), copy(user));
    }

    @Override
    public void update(User user) {
        checkUnique(user);
        users.put(user.id(), copy(user));
    }

    /** Follow counts as the database keeps them: the social fake plugs its own in. */
    public java.util.function.Function<UserId, Audience> audience = id -> Audience.none();

    User copy(User u) {
        return User.restore(u.id(), u.email(), u.username(), u.name(), u.passwordHash(), u.role(),
                u.profile().orElse(null), u.createdAt(), u.updatedAt(), u.deletedAt().orElse(null), audience.apply(u.id()));
    }

    @Override
    public void deletePermanently(UserId id) {
        users.remove(id);
    }

    @Override
    public Page<UserView> findActive(String search, PageRequest page) {
        List<User> matching = active()
                .filter(u -> search == null || u.email().value().contains(search.toLowerCase(Locale.ROOT))
                        || u.name().value().toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing(User::createdAt).reversed())
                .toList();
        List<UserView> slice = matching.stream().skip(page.offset()).limit(page.limit())
                .map(u -> new UserView(u.id().value(), u.email().value(), u.username().value(), u.name().value(),
                        u.role(), u.createdAt(), u.updatedAt(), null, audience.apply(u.id()).followers(),
                        audience.apply(u.id()).following()))
                .toList();
        return new Page<>(slice, page.page(), page.limit(), matching.size());
    }

    @Override
    public Optional<UserView> accountOf(UserId id) {
        return findActiveById(id).map(u -> new UserView(u.id().value(), u.email().value(), u.username().value(),
                u.name().value(), u.role(), u.createdAt(), u.updatedAt(),
                u.profile().map(p -> new UserView.ProfileView(p.bio(), p.avatar(), p.website())).orElse(null),
                u.audience().followers(), u.audience().following()));
    }

    @Override
    public List<RecentPost> recentPosts(UserId author, boolean includeDrafts, int limit) {
        return posts.stream().filter(p -> includeDrafts || p.published()).limit(limit).toList();
    }

    /**
     * Makes the next {@code n} username look-ups (availability or candidates) miss, as when a
     * concurrent insert commits between the look-up and ours; the insert then collides.
     */
    public int staleUsernameChecks;

    public int size() {
        return users.size();
    }

    private Stream<User> active() {
        return users.values().stream().filter(User::isActive);
    }

    private void checkUnique(User user) {
        if (!user.isActive()) {
            return;
        }
        active().filter(u -> !u.id().equals(user.id())).forEach(u -> {
            if (u.email().equals(user.email())) {
                throw new Conflict("email is already registered", Subject.EMAIL);
            }
            if (u.username().equals(user.username())) {
                throw new Conflict("username is already taken", Subject.USERNAME);
            }
        });
    }
}
