package dev.inkwell.application.fakes;

import dev.inkwell.application.port.out.FavoriteRepository;
import dev.inkwell.application.port.out.FollowRepository;
import dev.inkwell.application.port.out.ViewerRelations;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Audience;
import dev.inkwell.domain.user.Follow;
import dev.inkwell.domain.user.UserId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Follows and favorites as two sets, counted as the database's triggers count them: a user who is
 * not active (soft-deleted) counts for nobody.
 */
public class InMemorySocial implements FollowRepository, FavoriteRepository, ViewerRelations {

    record Favorite(UserId user, PostId post) {
    }

    private final Set<Follow> follows = new LinkedHashSet<>();
    private final Set<Favorite> favorites = new LinkedHashSet<>();
    private final Predicate<UserId> active;
    /** How many times {@link #of} was asked: one per screen, none for anonymous viewers. */
    public int relationQueries;

    public InMemorySocial() {
        this(user -> true);
    }

    public InMemorySocial(Predicate<UserId> active) {
        this.active = active;
    }

    @Override
    public boolean add(Follow follow) {
        return follows.add(follow);
    }

    @Override
    public boolean remove(Follow follow) {
        return follows.remove(follow);
    }

    @Override
    public FollowCounts counts(UserId user) {
        Audience audience = audience(user);
        return new FollowCounts(audience.followers(), audience.following());
    }

    public Audience audience(UserId user) {
        long followers = follows.stream().filter(f -> f.followee().equals(user) && active.test(f.follower())).count();
        long following = follows.stream().filter(f -> f.follower().equals(user) && active.test(f.followee())).count();
        return new Audience(followers, following);
    }

    public Set<UserId> followees(UserId reader) {
        return follows.stream().filter(f -> f.follower().equals(reader)).map(Follow::followee)
                .collect(Collectors.toSet());
    }

    @Override
    public boolean add(UserId user, PostId post) {
        return favorites.add(new Favorite(user, post));
    }

    @Override
    public boolean remove(UserId user, PostId post) {
        return favorites.remove(new Favorite(user, post));
    }

    @Override
    public long count(PostId post) {
        return favorites.stream().filter(f -> f.post().equals(post) && active.test(f.user())).count();
    }

    public boolean favorited(UserId user, PostId post) {
        return favorites.contains(new Favorite(user, post));
    }

    @Override
    public Relations of(UserId viewer, Collection<UUID> posts, Collection<UUID> users) {
        relationQueries++;
        Set<UUID> favorited = posts.stream().filter(p -> favorited(viewer, new PostId(p))).collect(Collectors.toSet());
        Set<UUID> followed = users.stream().filter(u -> follows.stream()
                        .anyMatch(f -> f.follower().equals(viewer) && f.followee().value().equals(u)))
                .collect(Collectors.toSet());
        return new Relations(favorited, followed);
    }
}
