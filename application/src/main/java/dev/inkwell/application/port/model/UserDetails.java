package dev.inkwell.application.port.model;

import java.util.List;

/** A user's page: the user as the viewer may see them, and their recent posts (drafts only for themself). */
public record UserDetails(UserView user, List<RecentPost> recentPosts) {

    public UserDetails {
        recentPosts = List.copyOf(recentPosts);
    }
}
