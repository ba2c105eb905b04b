package dev.inkwell.bootstrap.persistence;

import static dev.inkwell.application.contract.Samples.now;
import static dev.inkwell.application.contract.Samples.unique;

import dev.inkwell.adapters.persistence.audit.AuditPersistenceAdapter;
import dev.inkwell.adapters.persistence.category.CategoryPersistenceAdapter;
import dev.inkwell.adapters.persistence.comment.CommentPersistenceAdapter;
import dev.inkwell.adapters.persistence.comment.CommentReadModels;
import dev.inkwell.adapters.persistence.limits.LoginLocksPersistenceAdapter;
import dev.inkwell.adapters.persistence.post.PostPersistenceAdapter;
import dev.inkwell.adapters.persistence.post.PostReadModels;
import dev.inkwell.adapters.persistence.revision.RevisionPersistenceAdapter;
import dev.inkwell.adapters.persistence.social.SocialPersistenceAdapter;
import dev.inkwell.adapters.persistence.social.SocialReadModels;
import dev.inkwell.adapters.persistence.user.UserPersistenceAdapter;
import dev.inkwell.adapters.persistence.user.UserReadModels;
import dev.inkwell.adapters.persistence.webhook.WebhookPersistenceAdapter;
import dev.inkwell.application.contract.PortContracts;
import dev.inkwell.application.contract.Storage;
import dev.inkwell.application.contract.Transactions;
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
import dev.inkwell.domain.category.Category;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.category.CategoryName;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The PostgreSQL adapters held to the contracts the in-memory fakes hold to (application's
 * {@code FakesHoldThePortContractsTest}): whatever a use-case test learns from a fake, the database agrees.
 */
@QuarkusTest
class PostgresAdaptersHoldThePortContractsTest extends PortContracts implements Storage {

    static final Transactions TX = new Transactions() {
        @Override
        public <T> T call(java.util.function.Supplier<T> work) {
            return QuarkusTransaction.requiringNew().call(work::get);
        }
    };

    @Inject
    UserPersistenceAdapter users;
    @Inject
    UserReadModels userReads;
    @Inject
    PostPersistenceAdapter posts;
    @Inject
    PostReadModels postReads;
    @Inject
    RevisionPersistenceAdapter revisions;
    @Inject
    WebhookPersistenceAdapter webhooks;

    @Override
    public Webhooks webhooks() {
        return webhooks;
    }

    @Override
    public WebhookOutbox webhookOutbox() {
        return webhooks;
    }
    @Inject
    CommentPersistenceAdapter comments;
    @Inject
    CommentReadModels commentReads;
    @Inject
    CategoryPersistenceAdapter categories;
    @Inject
    AuditPersistenceAdapter audit;
    @Inject
    PopularPostsCache popular;
    @Inject
    PasswordHasher hasher;
    @Inject
    LoginLocksPersistenceAdapter loginLocks;
    @Inject
    SocialPersistenceAdapter social;
    @Inject
    SocialReadModels socialReads;

    @Override
    public FollowRepository follows() {
        return social;
    }

    @Override
    public FavoriteRepository favorites() {
        return social;
    }

    @Override
    public ViewerRelations relations() {
        return socialReads;
    }

    @Override
    public TagQueries tags() {
        return socialReads;
    }

    @Override
    public LoginLocks loginLocks() {
        return loginLocks;
    }

    @Override
    public Transactions tx() {
        return TX;
    }

    @Override
    public UserRepository users() {
        return users;
    }

    @Override
    public UserQueries userQueries() {
        return userReads;
    }

    @Override
    public DuePosts duePosts() {
        return posts;
    }

    @Override
    public UnrenderedPosts unrendered() {
        return posts;
    }

    @Override
    public PostRevisions revisions() {
        return revisions;
    }

    @Override
    public PostRepository posts() {
        return posts;
    }

    @Override
    public PostQueries postQueries() {
        return postReads;
    }

    @Override
    public CommentRepository comments() {
        return comments;
    }

    @Override
    public CommentQueries commentQueries() {
        return commentReads;
    }

    @Override
    public CategoryRepository categories() {
        return categories;
    }

    @Override
    public AuditLog auditLog() {
        return audit;
    }

    @Override
    public AuditQueries auditQueries() {
        return audit;
    }

    @Override
    public PopularPostsCache popularPosts() {
        return popular;
    }

    @Override
    public PasswordHasher passwordHasher() {
        return hasher;
    }




    @Override
    public CategoryId aCategory() {
        String name = unique("Contract");
        Category category = Category.create(new Actor(UserId.newId(), Role.ADMIN), new CategoryName(name),
                new Slug(name.toLowerCase(Locale.ROOT)), null, now());
        TX.run(() -> categories.add(category));
        return category.id();
    }

    @Override
    protected Storage storage() {
        return this;
    }
}
