package dev.inkwell.application.user;

import dev.inkwell.domain.user.User;
import java.util.List;

/** A user page: the user, whether the viewer may see the private view, and recent posts. */
public record UserDetails(User user, boolean privateView, List<RecentPost> recentPosts) {

    public UserDetails {
        recentPosts = List.copyOf(recentPosts);
    }
}
