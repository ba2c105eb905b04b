package dev.inkwell.application.port.out;

import dev.inkwell.application.shared.Page;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.application.user.RecentPost;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import java.util.List;

/** Reads for display; each is a fixed number of SQL statements whatever the page size. */
public interface UserQueries {

    /** Active users, newest first; {@code search} (nullable) matches e-mail or name, case-insensitive. */
    Page<User> findActive(String search, PageRequest page);

    /** The newest posts of an author by creation time; drafts only when asked. */
    List<RecentPost> recentPosts(UserId author, boolean includeDrafts, int limit);
}
