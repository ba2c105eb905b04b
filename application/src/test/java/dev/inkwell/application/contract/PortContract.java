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
import dev.inkwell.application.port.out.UserQueries;
import dev.inkwell.application.port.out.UserRepository;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.UserId;

/** What every port contract reaches through its {@link Storage}, by short names. */
public abstract class PortContract {

    protected abstract Storage storage();

    protected Transactions tx() {
        return storage().tx();
    }

    protected UserRepository users() {
        return storage().users();
    }

    protected UserQueries userQueries() {
        return storage().userQueries();
    }

    protected PostRepository posts() {
        return storage().posts();
    }

    protected PostQueries postQueries() {
        return storage().postQueries();
    }

    protected CommentRepository comments() {
        return storage().comments();
    }

    protected CommentQueries commentQueries() {
        return storage().commentQueries();
    }

    protected CategoryRepository categories() {
        return storage().categories();
    }

    protected AuditLog auditLog() {
        return storage().auditLog();
    }

    protected AuditQueries auditQueries() {
        return storage().auditQueries();
    }

    protected PopularPostsCache popularPosts() {
        return storage().popularPosts();
    }

    protected PasswordHasher passwordHasher() {
        return storage().passwordHasher();
    }

    protected UserId anActiveUser() {
        return storage().anActiveUser();
    }

    protected void softDelete(UserId user) {
        storage().softDelete(user);
    }

    protected PostId aPublishedPost() {
        return storage().aPublishedPost();
    }

    protected CategoryId aCategory() {
        return storage().aCategory();
    }
}
