package dev.inkwell.application.contract;

import dev.inkwell.application.port.out.AuditLog;
import dev.inkwell.application.port.out.AuditQueries;
import dev.inkwell.application.port.out.CategoryRepository;
import dev.inkwell.application.port.out.CommentQueries;
import dev.inkwell.application.port.out.CommentRepository;
import dev.inkwell.application.port.out.PasswordHasher;
import dev.inkwell.application.port.out.PopularPostsCache;
import dev.inkwell.application.port.out.PostQueries;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.UserId;

/**
 * The out-port implementations under contract (all fakes, or all PostgreSQL adapters) and the
 * few ways the contracts arrange data in them. Each side implements it once.
 */
public interface Storage {

    Transactions tx();

    UserRepository users();

    PostRepository posts();

    PostQueries postQueries();

    CommentRepository comments();

    CommentQueries commentQueries();

    CategoryRepository categories();

    AuditLog auditLog();

    AuditQueries auditQueries();

    PopularPostsCache popularPosts();

    PasswordHasher passwordHasher();

    /** A new active user (an author or a commenter). */
    UserId anActiveUser();

    void softDelete(UserId user);

    /** A new published post of a new author. */
    PostId aPublishedPost();

    /** A new category a post may be filed under. */
    CategoryId aCategory();
}
