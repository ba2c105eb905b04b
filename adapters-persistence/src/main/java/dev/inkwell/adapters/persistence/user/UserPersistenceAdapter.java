package dev.inkwell.adapters.persistence.user;

import dev.inkwell.adapters.persistence.shared.ConstraintConflicts;
import dev.inkwell.adapters.persistence.shared.LikePatterns;
import dev.inkwell.application.port.out.UserQueries;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.application.shared.Page;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.application.user.RecentPost;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import dev.inkwell.domain.user.Username;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import dev.inkwell.adapters.persistence.shared.Paging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class UserPersistenceAdapter implements UserRepository, UserQueries {

    private static final String ACTIVE = "deletedAt is null";

    private final EntityManager em;
    private final UserEntityMapper mapper;

    @Inject
    public UserPersistenceAdapter(EntityManager em, UserEntityMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Override
    public Optional<User> findActiveById(UserId id) {
        return UserEntity.<UserEntity>find("id = ?1 and " + ACTIVE, id.value())
                .firstResultOptional().map(mapper::toDomain);
    }

    @Override
    public Optional<User> findAnyById(UserId id) {
        return UserEntity.<UserEntity>findByIdOptional(id.value()).map(mapper::toDomain);
    }

    @Override
    public Optional<User> findActiveByEmail(Email email) {
        return UserEntity.<UserEntity>find("email = ?1 and " + ACTIVE, email.value())
                .firstResultOptional().map(mapper::toDomain);
    }

    @Override
    public boolean isEmailTakenByActiveUser(Email email) {
        return UserEntity.count("email = ?1 and " + ACTIVE, email.value()) > 0;
    }

    @Override
    public boolean isUsernameTakenByActiveUser(Username username) {
        return UserEntity.count("username = ?1 and " + ACTIVE, username.value()) > 0;
    }

    @Override
    public boolean isUsernameTakenByAnotherActiveUser(Username username, UserId self) {
        return UserEntity.count("username = ?1 and id <> ?2 and " + ACTIVE, username.value(), self.value()) > 0;
    }

    @Override
    public Set<String> activeUsernamesLike(Username base) {
        List<String> names = em.createQuery("select u.username from UserEntity u where u.deletedAt is null"
                        + " and (u.username = :base or u.username like :prefix escape '!')", String.class)
                .setParameter("base", base.value())
                .setParameter("prefix", LikePatterns.escape(base.value()) + "-%")
                .getResultList();
        return new HashSet<>(names);
    }

    @Override
    public void add(User user) {
        UserEntity entity = new UserEntity();
        mapper.copy(user, entity);
        em.persist(entity);
        ConstraintConflicts.flush(em);
    }

    @Override
    public void update(User user) {
        UserEntity entity = em.find(UserEntity.class, user.id().value());
        mapper.copy(user, entity);
        ConstraintConflicts.flush(em);
    }

    @Override
    public void deletePermanently(UserId id) {
        // A bulk delete, so that PostgreSQL's ON DELETE CASCADE removes profile, posts and comments.
        UserEntity.delete("id", id.value());
    }

    @Override
    public Page<User> findActive(String search, PageRequest page) {
        PanacheQuery<UserEntity> query;
        Sort newestFirst = Sort.descending("createdAt", "id");
        if (search == null) {
            query = UserEntity.find(ACTIVE, newestFirst);
        } else {
            query = UserEntity.find(ACTIVE + " and (lower(email) like :term escape '!'"
                            + " or lower(name) like :term escape '!')", newestFirst,
                    Parameters.with("term", LikePatterns.containsIgnoreCase(search)));
        }
        List<User> items = Paging.rows(query, page).stream().map(mapper::toDomain).toList();
        return new Page<>(items, page.page(), page.limit(), query.count());
    }

    @Override
    public List<RecentPost> recentPosts(UserId author, boolean includeDrafts, int limit) {
        String sql = "select id, title, slug, published from posts where author_id = :author"
                + (includeDrafts ? "" : " and published")
                + " order by created_at desc, id desc limit :limit";
        List<Tuple> rows = em.createNativeQuery(sql, Tuple.class)
                .setParameter("author", author.value())
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(r -> new RecentPost(r.get("id", UUID.class), r.get("title", String.class),
                r.get("slug", String.class), r.get("published", Boolean.class))).toList();
    }
}
