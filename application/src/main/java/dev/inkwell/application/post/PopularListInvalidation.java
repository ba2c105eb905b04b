package dev.inkwell.application.post;

import dev.inkwell.application.port.out.PopularPostsCache;
import dev.inkwell.domain.category.CategoryEvents.CategoryChanged;
import dev.inkwell.domain.category.CategoryEvents.CategoryDeleted;
import dev.inkwell.domain.comment.CommentEvents.CommentAdded;
import dev.inkwell.domain.comment.CommentEvents.CommentRemoved;
import dev.inkwell.domain.event.DomainEvent;
import dev.inkwell.domain.post.PostEvents.PostDeleted;
import dev.inkwell.domain.post.PostEvents.PostEdited;
import dev.inkwell.domain.post.PostEvents.PostFavoriteChanged;
import dev.inkwell.domain.post.PostEvents.PostPublished;
import dev.inkwell.domain.post.PostEvents.PostUnpublished;
import dev.inkwell.domain.user.UserEvents.UserDeleted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Drops the cached popular list after a change that can alter it has committed: dropping it
 * before the commit would let a concurrent reader cache the old state again.
 */
@ApplicationScoped
public class PopularListInvalidation {

    private final PopularPostsCache cache;

    @Inject
    public PopularListInvalidation(PopularPostsCache cache) {
        this.cache = cache;
    }

    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DomainEvent event) {
        if (changesPopularList(event)) {
            cache.invalidate();
        }
    }

    /**
     * Publishing, unpublishing and deleting posts, comments coming and going, edits of what a
     * public summary shows (a published post, a category's name, a favorites count) and users
     * leaving (their posts, comments and favorites leave every public read).
     */
    static boolean changesPopularList(DomainEvent event) {
        return event instanceof PostPublished || event instanceof PostUnpublished || event instanceof PostDeleted
                || event instanceof PostEdited edited && edited.published()
                || event instanceof PostFavoriteChanged
                || event instanceof CommentAdded || event instanceof CommentRemoved
                || event instanceof CategoryChanged || event instanceof CategoryDeleted
                || event instanceof UserDeleted;
    }
}
