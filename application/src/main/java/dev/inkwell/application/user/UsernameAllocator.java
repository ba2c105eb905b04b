package dev.inkwell.application.user;

import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.application.shared.FirstFree;
import dev.inkwell.domain.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Picks the first free username among {@code base}, {@code base-2}, {@code base-3}… with a
 * single query. Two registrations racing for the same candidate are settled by the
 * database's unique index (one gets a {@code Conflict}).
 */
@ApplicationScoped
public class UsernameAllocator {

    private final UserRepository users;

    @Inject
    public UsernameAllocator(UserRepository users) {
        this.users = users;
    }

    public Username firstFree(Username base) {
        Set<String> taken = users.activeUsernamesLike(base);
        return FirstFree.candidate(base, base::withSuffix, username -> taken.contains(username.value()));
    }
}
