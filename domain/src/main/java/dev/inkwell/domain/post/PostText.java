package dev.inkwell.domain.post;

import java.util.Objects;
import java.util.Optional;

/**
 * What a revision keeps of a post: its title, excerpt (null: none) and content. Two texts are
 * equal when nothing a reader could see of them differs, which is when an edit writes no revision.
 */
public record PostText(PostTitle title, Excerpt excerpt, PostContent content) {

    public PostText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(content, "content");
        excerpt = excerpt == null || excerpt.isEmpty() ? null : excerpt;
    }

    public Optional<Excerpt> optionalExcerpt() {
        return Optional.ofNullable(excerpt);
    }

    /** The edit that makes a post say this text again: an absent excerpt removes the post's one. */
    public PostChanges asChanges() {
        return new PostChanges(title, content, excerpt == null ? new Excerpt("") : excerpt, null);
    }
}
