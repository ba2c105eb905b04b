package dev.inkwell.domain.post;

/** Where a post is in its workflow. A scheduled post is a draft for every reader rule until published. */
public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHED
}
