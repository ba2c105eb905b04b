package dev.inkwell.application.contract;

import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.AuditQueries;
import dev.inkwell.application.port.out.CategoryRepository;
import dev.inkwell.application.port.out.CommentQueries;
import dev.inkwell.application.port.out.CommentRepository;
import dev.inkwell.application.port.out.DuePosts;
import dev.inkwell.application.port.out.FavoriteRepository;
import dev.inkwell.application.port.out.FollowRepository;
import dev.inkwell.application.port.out.LoginLocks;
import dev.inkwell.application.port.out.PasswordHasher;
import dev.inkwell.application.port.out.PopularPostsCache;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.application.port.out.PostRevisions;
import dev.inkwell.application.port.out.TagQueries;
import dev.inkwell.application.port.out.UnrenderedPosts;
import dev.inkwell.application.port.out.UserQueries;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.application.port.out.ViewerRelations;
import dev.inkwell.application.port.out.WebhookOutbox;
import dev.inkwell.application.port.out.Webhooks;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.tag.Tags;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import java.util.Set;

/**
 * The out-port implementations under contract (all fakes, or all PostgreSQL adapters) and the
 * few ways the contracts arrange data in them. Each side implements it once.
 */
public interface Storage {

    Transactions tx();

    UserRepository users();

    UserQueries userQueries();

    PostRepository posts();

    DuePosts duePosts();

    UnrenderedPosts unrendered();

    PostRevisions revisions();

    PostQueries postQueries();

    CommentRepository comments();

    CommentQueries commentQueries();

    CategoryRepository categories();

    AuditLog auditLog();

    AuditQueries auditQueries();

    PopularPostsCache popularPosts();

    PasswordHasher passwordHasher();

    LoginLocks loginLocks();

    FollowRepository follows();

    FavoriteRepository favorites();

    ViewerRelations relations();

    TagQueries tags();

    Webhooks webhooks();

    WebhookOutbox webhookOutbox();

    /** A new category a post may be filed under (the fake has no foreign keys; the database has). */
    CategoryId aCategory();

    /** A new active user (an author or a commenter). */
    default UserId anActiveUser() {
        User user = Samples.user(Samples.unique("user"), null);
        tx().run(() -> users().add(user));
        return user.id();
    }

    default void softDelete(UserId id) {
        tx().run(() -> {
            User user = users().findActiveById(id).orElseThrow();
            user.softDelete(user.asActor(), Samples.now());
            users().update(user);
        });
    }

    /** A new published post of a new author. */
    default PostId aPublishedPost() {
        String slug = Samples.unique("post");
        Post post = Post.restore(PostId.newId(), anActiveUser(), new PostTitle(slug), new Slug(slug), null,
                new PostContent("Content"), Set.of(), Tags.none(), true, Samples.now(), true, Samples.now(), Samples.now());
        tx().run(() -> posts().add(post));
        return post.id();
    }
}
