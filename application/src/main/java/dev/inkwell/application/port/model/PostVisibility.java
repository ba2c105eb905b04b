package dev.inkwell.application.port.model;

import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.UserId;
import java.util.Objects;
import java.util.Optional;

/** What deciding whether a post is visible needs, read without the post's aggregate. */
public record PostVisibility(UserId author, boolean published) {

    public PostVisibility {
        Objects.requireNonNull(author, "author");
    }

    /** {@link Post#isVisibleTo}'s rule. */
    public boolean isVisibleTo(Optional<Actor> viewer) {
        return Post.isVisible(published, author, viewer);
    }
}
