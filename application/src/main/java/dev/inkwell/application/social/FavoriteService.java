package dev.inkwell.application.social;

import dev.inkwell.application.port.in.FavoriteUseCase;
import dev.inkwell.application.port.out.DomainEventPublisher;
import dev.inkwell.application.port.out.FavoriteRepository;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.PostEvents.PostFavoriteChanged;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Favorites: idempotent both ways, on posts the actor can see (a draft is not found for anyone
 * but its author and ADMINs). A change that happened is an event (the popular list shows counts).
 */
@ApplicationScoped
public class FavoriteService implements FavoriteUseCase {

    private final PostQueries posts;
    private final FavoriteRepository favorites;
    private final DomainEventPublisher events;
    private final Clock clock;

    @Inject
    public FavoriteService(PostQueries posts, FavoriteRepository favorites, DomainEventPublisher events, Clock clock) {
        this.posts = posts;
        this.favorites = favorites;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public FavoriteState favorite(Actor actor, PostId post) {
        requireVisible(actor, post);
        if (favorites.add(actor.id(), post)) {
            events.publish(List.of(new PostFavoriteChanged(post, actor.id(), true, Timestamps.now(clock))));
        }
        return new FavoriteState(true, favorites.count(post));
    }

    @Override
    @Transactional
    public FavoriteState unfavorite(Actor actor, PostId post) {
        requireVisible(actor, post);
        if (favorites.remove(actor.id(), post)) {
            events.publish(List.of(new PostFavoriteChanged(post, actor.id(), false, Timestamps.now(clock))));
        }
        return new FavoriteState(false, favorites.count(post));
    }

    private void requireVisible(Actor actor, PostId post) {
        posts.visibility(post).filter(p -> p.isVisibleTo(Optional.of(actor)))
                .orElseThrow(() -> NotFound.of("post", post));
    }
}
