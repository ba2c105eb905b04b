package dev.inkwell.application.port.model;

import java.util.List;

/**
 * A user's page: the user as the viewer may see them, their recent posts (drafts only for
 * themself), and whether the viewer follows them (null for an anonymous viewer).
 */
public record UserDetails(UserView user, List<RecentPost> recentPosts, Boolean following) {

    public UserDetails {
        recentPosts = List.copyOf(recentPosts);
    }
}
