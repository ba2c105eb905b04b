package dev.inkwell.application.port.out;

import dev.inkwell.domain.user.Follow;
import dev.inkwell.domain.user.UserId;

/** Who follows whom. Counts are kept by the database in the writing transaction. */
public interface FollowRepository {

    /** Records the follow unless it exists; whether it was new. */
    boolean add(Follow follow);

    /** Removes the follow if it exists; whether it existed. */
    boolean remove(Follow follow);

    /** Followers and followings of {@code user} that are active users. */
    FollowCounts counts(UserId user);

    record FollowCounts(long followers, long following) {

        public static FollowCounts none() {
            return new FollowCounts(0, 0);
        }
    }
}
