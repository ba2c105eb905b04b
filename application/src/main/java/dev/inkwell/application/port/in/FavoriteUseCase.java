package dev.inkwell.application.port.in;

import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;

/** Favoriting and unfavoriting a post the actor can see; both idempotent. */
public interface FavoriteUseCase {

    /** 404 for a post that does not exist or that the actor cannot see (another user's draft). */
    FavoriteState favorite(Actor actor, PostId post);

    FavoriteState unfavorite(Actor actor, PostId post);

    record FavoriteState(boolean favorited, long favoritesCount) {
    }
}
