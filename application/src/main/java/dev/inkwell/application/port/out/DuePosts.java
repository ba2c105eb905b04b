package dev.inkwell.application.port.out;

import dev.inkwell.domain.post.PostId;
import java.time.Instant;
import java.util.List;

/** The scheduler's claim on scheduled posts whose time has come. */
public interface DuePosts {

    /**
     * At most {@code limit} scheduled posts due at {@code now}, oldest time first, locked for the
     * calling transaction; rows another transaction has locked are skipped, not waited for (in
     * PostgreSQL {@code FOR UPDATE SKIP LOCKED}), so that several instances never publish one post
     * twice and never wait on each other.
     */
    List<PostId> claimDue(Instant now, int limit);
}
