package dev.inkwell.application.user;

import dev.inkwell.application.port.in.FindUserUseCase;
import dev.inkwell.application.port.in.ListUsersUseCase;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.UserDetails;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.application.port.out.UserQueries;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.application.port.out.ViewerRelations;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import dev.inkwell.domain.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading users: the staff list and a user's page. */
@ApplicationScoped
public class UserDirectoryService implements FindUserUseCase, ListUsersUseCase {

    static final int RECENT_POSTS = 5;

    private final UserRepository users;
    private final UserQueries queries;
    private final ViewerRelations relations;

    @Inject
    public UserDirectoryService(UserRepository users, UserQueries queries, ViewerRelations relations) {
        this.users = users;
        this.queries = queries;
        this.relations = relations;
    }

    @Override
    @Transactional
    public UserDetails find(UserId id, Optional<Actor> viewer) {
        User user = users.findActiveById(id).orElseThrow(() -> NotFound.of("user", id));
        boolean includeDrafts = user.isOwnedBy(viewer);
        return new UserDetails(UserViewMapper.view(user, user.isVisiblePrivatelyTo(viewer)),
                queries.recentPosts(id, includeDrafts, RECENT_POSTS), following(viewer, user));
    }

    @Override
    @Transactional
    public UserDetails findByUsername(String username, Optional<Actor> viewer) {
        User user = parse(username).flatMap(users::findActiveByUsername)
                .orElseThrow(() -> new NotFound("user " + username + " was not found"));
        return new UserDetails(UserViewMapper.view(user, user.isVisiblePrivatelyTo(viewer)), List.of(),
                following(viewer, user));
    }

    /** A name that is no valid username names nobody: 404, not 400. */
    private static Optional<Username> parse(String raw) {
        try {
            return Optional.of(new Username(raw == null ? "" : raw.toLowerCase(Locale.ROOT)));
        } catch (InvalidInput e) {
            return Optional.empty();
        }
    }

    private Boolean following(Optional<Actor> viewer, User user) {
        return viewer.map(v -> relations.of(v.id(), List.of(), List.of(user.id().value())).followed()
                .contains(user.id().value())).orElse(null);
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
