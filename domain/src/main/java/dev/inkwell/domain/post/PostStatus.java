package dev.inkwell.domain.post;

/** Where a post is in its workflow. A scheduled post is a draft for every reader rule until published. */
public enum PostStatus {
    DRAFT, SCHEDULED, PUBLISHED;

    /** The one rule, for the aggregate and for the read models: published wins, then a publication time. */
    public static PostStatus of(boolean published, boolean scheduled) {
        return published ? PUBLISHED : scheduled ? SCHEDULED : DRAFT;
    }
}
