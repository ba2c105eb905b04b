package dev.inkwell.application.user;

import dev.inkwell.application.port.in.FindUserUseCase;
import dev.inkwell.application.port.in.ListUsersUseCase;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.UserDetails;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.application.port.out.UserQueries;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Reading users: the staff list and a user's page. */
@ApplicationScoped
public class UserDirectoryService implements FindUserUseCase, ListUsersUseCase {

    static final int RECENT_POSTS = 5;

    private final UserRepository users;
    private final UserQueries queries;

    @Inject
    public UserDirectoryService(UserRepository users, UserQueries queries) {
        this.users = users;
        this.queries = queries;
    }

    @Override
    @Transactional
    public UserDetails find(UserId id, Optional<Actor> viewer) {
        User user = users.findActiveById(id).orElseThrow(() -> NotFound.of("user", id));
        boolean includeDrafts = user.isOwnedBy(viewer);
        return new UserDetails(UserViewMapper.view(user, user.isVisiblePrivatelyTo(viewer)),
                queries.recentPosts(id, includeDrafts, RECENT_POSTS));
    }

    @Override
    @Transactional
    public Page<UserView> list(Actor actor, String search, PageRequest page) {
        if (!actor.isAdmin() && !actor.isModerator()) {
            throw new Forbidden("only an ADMIN or a MODERATOR can list users");
        }
        String term = search == null || search.isBlank() ? null : search.strip();
        return queries.findActive(term, page);
    }
}
