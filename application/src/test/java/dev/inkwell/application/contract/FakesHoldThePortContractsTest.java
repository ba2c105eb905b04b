package dev.inkwell.application.contract;

import dev.inkwell.application.fakes.CountingPopularCache;
import dev.inkwell.application.fakes.FakePasswordHasher;
import dev.inkwell.application.fakes.InMemoryCategories;
import dev.inkwell.application.fakes.InMemoryComments;
import dev.inkwell.application.fakes.InMemoryLoginLocks;
import dev.inkwell.application.fakes.InMemoryPosts;
import dev.inkwell.application.fakes.InMemoryRevisions;
import dev.inkwell.application.fakes.InMemorySocial;
import dev.inkwell.application.fakes.InMemoryUsers;
import dev.inkwell.application.fakes.InMemoryWebhooks;
import dev.inkwell.application.fakes.RecordingAuditLog;
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

/** The in-memory fakes the use-case tests run on, held to the same contracts as the PostgreSQL adapters. */
class FakesHoldThePortContractsTest extends PortContracts {

    /** A fresh set of fakes; posts and comments know which users are active, as the database does. */
    static final class Fakes implements Storage {
        final InMemoryUsers users = new InMemoryUsers();
        final InMemorySocial social = new InMemorySocial(users::isActive);
        final InMemoryPosts posts = new InMemoryPosts(users::isActive, social);
        final InMemoryRevisions revisions = new InMemoryRevisions(users::isActive);

        {
            users.audience = social::audience;
        }
        final InMemoryComments comments = new InMemoryComments(id -> users.findActiveById(id).isPresent());
        final InMemoryCategories categories = new InMemoryCategories();
        final RecordingAuditLog audit = new RecordingAuditLog();
        final CountingPopularCache popular = new CountingPopularCache();
        final FakePasswordHasher hasher = new FakePasswordHasher();
        final InMemoryLoginLocks loginLocks = new InMemoryLoginLocks();
        final InMemoryWebhooks webhooks = new InMemoryWebhooks();

        @Override
        public Webhooks webhooks() {
            return webhooks;
        }

        @Override
        public WebhookOutbox webhookOutbox() {
            return webhooks;
        }

        @Override
        public Transactions tx() {
            return Transactions.none();
        }

        @Override
        public UserRepository users() {
            return users;
        }

        @Override
        public UserQueries userQueries() {
            return users;
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
            return posts;
        }

        @Override
        public CommentRepository comments() {
            return comments;
        }

        @Override
        public CommentQueries commentQueries() {
            return comments;
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
        public LoginLocks loginLocks() {
            return loginLocks;
        }




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
            return social;
        }

        @Override
        public TagQueries tags() {
            return posts;
        }

        @Override
        public CategoryId aCategory() {
            return CategoryId.newId(); // the fake has no foreign keys to satisfy
        }
    }

    private final Fakes fakes = new Fakes();

    @Override
    protected Storage storage() {
        return fakes;
    }
}
