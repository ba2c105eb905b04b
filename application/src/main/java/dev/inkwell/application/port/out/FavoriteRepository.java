package dev.inkwell.application.port.out;

import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.UserId;

/** Which user favorited which post. The post's count is kept by the database in the writing transaction. */
public interface FavoriteRepository {

    /** Records the favorite unless it exists; whether it was new. */
    boolean add(UserId user, PostId post);

    /** Removes the favorite if it exists; whether it existed. */
    boolean remove(UserId user, PostId post);

    /** Favorites of {@code post} by active users. */
    long count(PostId post);
}
