package dev.inkwell.adapters.persistence.user;

import dev.inkwell.adapters.persistence.shared.EntityWrites;
import dev.inkwell.adapters.persistence.shared.LikePatterns;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import dev.inkwell.domain.user.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** User aggregates through their JPA entity; reads for display are in {@link UserReadModels}. */
@ApplicationScoped
public class UserPersistenceAdapter implements UserRepository {

    private static final String ACTIVE = "deletedAt is null";

    private final EntityManager em;
    private final UserEntityMapper mapper;
    private final EntityWrites<User, UserEntity> writes;

    @Inject
    public UserPersistenceAdapter(EntityManager em, UserEntityMapper mapper) {
        this.em = em;
        this.mapper = mapper;
        this.writes = new EntityWrites<>(em, UserEntity.class, UserEntity::new, u -> u.id().value(), mapper::copy);
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
    public Optional<User> findActiveByUsername(Username username) {
        return UserEntity.<UserEntity>find("username = ?1 and " + ACTIVE, username.value())
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
        writes.add(user);
    }

    @Override
    public void update(User user) {
        writes.update(user);
    }

    @Override
    public void deletePermanently(UserId id) {
        // A bulk delete, so that PostgreSQL's ON DELETE CASCADE removes profile, posts and comments.
        UserEntity.delete("id", id.value());
    }
}
