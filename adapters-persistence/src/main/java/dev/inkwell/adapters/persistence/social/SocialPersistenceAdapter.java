package dev.inkwell.adapters.persistence.social;

import dev.inkwell.application.port.out.FavoriteRepository;
import dev.inkwell.application.port.out.FollowRepository;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Follow;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Follows and favorites are rows without behaviour of their own: written with one idempotent
 * statement each ({@code on conflict do nothing}), in the use case's transaction. The counts are
 * kept by the database's triggers (migration V6) and read back from the user's or post's row.
 */
@ApplicationScoped
public class SocialPersistenceAdapter implements FollowRepository, FavoriteRepository {

    private final EntityManager em;

    @Inject
    public SocialPersistenceAdapter(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean add(Follow follow) {
        return em.createNativeQuery("insert into follows (follower_id, followee_id) values (:follower, :followee)"
                        + " on conflict do nothing")
                .setParameter("follower", follow.follower().value()).setParameter("followee", follow.followee().value())
                .executeUpdate() == 1;
    }

    @Override
    public boolean remove(Follow follow) {
        return em.createNativeQuery("delete from follows where follower_id = :follower and followee_id = :followee")
                .setParameter("follower", follow.follower().value()).setParameter("followee", follow.followee().value())
                .executeUpdate() == 1;
    }

    @Override
    public FollowCounts counts(UserId user) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select followers_count, following_count from users where id = :id")
                .setParameter("id", user.value()).getResultList();
        return rows.isEmpty() ? FollowCounts.none()
                : new FollowCounts(((Number) rows.get(0)[0]).longValue(), ((Number) rows.get(0)[1]).longValue());
    }

    @Override
    public boolean add(UserId user, PostId post) {
        return em.createNativeQuery("insert into favorites (user_id, post_id) values (:user, :post) on conflict do nothing")
                .setParameter("user", user.value()).setParameter("post", post.value()).executeUpdate() == 1;
    }

    @Override
    public boolean remove(UserId user, PostId post) {
        return em.createNativeQuery("delete from favorites where user_id = :user and post_id = :post")
                .setParameter("user", user.value()).setParameter("post", post.value()).executeUpdate() == 1;
    }

    @Override
    public long count(PostId post) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("select favorites_count from posts where id = :id")
                .setParameter("id", post.value()).getResultList();
        return rows.isEmpty() ? 0 : rows.get(0).longValue();
    }
}
