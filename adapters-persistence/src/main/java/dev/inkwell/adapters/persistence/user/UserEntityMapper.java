package dev.inkwell.adapters.persistence.user;

import dev.inkwell.domain.user.Audience;
import dev.inkwell.domain.user.DisplayName;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.PasswordHash;
import dev.inkwell.domain.user.Profile;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import dev.inkwell.domain.user.Username;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Entity ⇄ aggregate. Written by hand rather than with MapStruct: {@link User} has no bean
 * setters by design and is rebuilt only through {@link User#restore}, which re-checks its
 * invariants, so a generated mapper would have nothing to call.
 */
@ApplicationScoped
public class UserEntityMapper {

    public User toDomain(UserEntity e) {
        return User.restore(new UserId(e.id), new Email(e.email), new Username(e.username),
                new DisplayName(e.name), new PasswordHash(e.passwordHash), e.role,
                new Profile(e.bio, e.avatar, e.website), e.createdAt, e.updatedAt, e.deletedAt,
                new Audience(e.followersCount, e.followingCount));
    }

    /** Copies the aggregate's state onto a new or managed entity. */
    public void copy(User user, UserEntity target) {
        target.id = user.id().value();
        target.email = user.email().value();
        target.username = user.username().value();
        target.name = user.name().value();
        target.passwordHash = user.passwordHash().value();
        target.role = user.role();
        Profile profile = user.profile().orElse(Profile.empty());
        target.bio = profile.bio();
        target.avatar = profile.avatar();
        target.website = profile.website();
        target.createdAt = user.createdAt();
        target.updatedAt = user.updatedAt();
        target.deletedAt = user.deletedAt().orElse(null);
    }
}
