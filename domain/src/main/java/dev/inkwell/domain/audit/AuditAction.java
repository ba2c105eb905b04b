package dev.inkwell.domain.audit;

/** What happened. Stored by name: never rename a constant, only add. */
public enum AuditAction {
    USER_REGISTERED,
    USER_BOOTSTRAPPED,
    USER_UPDATED,
    USER_ROLE_CHANGED,
    USER_DELETED,
    USER_PURGED,
    LOGIN_FAILED,
    POST_CREATED,
    POST_UPDATED,
    POST_PUBLISHED,
    POST_UNPUBLISHED,
    POST_DELETED,
    COMMENT_CREATED,
    COMMENT_UPDATED,
    COMMENT_DELETED,
    CATEGORY_CREATED,
    CATEGORY_UPDATED,
    CATEGORY_DELETED
}
