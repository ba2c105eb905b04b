package dev.inkwell.application.port.out;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.RecentPost;
import dev.inkwell.application.port.model.UserView;
import dev.inkwell.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Reads for display; each is a fixed number of SQL statements whatever the page size. */
public interface UserQueries {

    /** Active users, newest first; {@code search} (nullable) matches e-mail or name, case-insensitive. */
    Page<UserView> findActive(String search, PageRequest page);

    /**
     * The account behind a token, as its owner sees it (with the e-mail); empty for a deleted or
     * unknown user. Read on every signed-in request: one statement, no transaction needed.
     */
    Optional<UserView> accountOf(UserId id);

    /** The newest posts of an author by creation time; drafts only when asked. */
    List<RecentPost> recentPosts(UserId author, boolean includeDrafts, int limit);
}
