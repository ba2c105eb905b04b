package dev.inkwell.application.contract;

import static dev.inkwell.application.contract.Samples.now;
import static dev.inkwell.application.contract.Samples.unique;
import static dev.inkwell.application.contract.Samples.user;

import dev.inkwell.application.fakes.CountingPopularCache;
import dev.inkwell.application.fakes.FakePasswordHasher;
import dev.inkwell.application.fakes.InMemoryCategories;
import dev.inkwell.application.fakes.InMemoryComments;
import dev.inkwell.application.fakes.InMemoryPosts;
import dev.inkwell.application.fakes.InMemoryUsers;
import dev.inkwell.application.fakes.RecordingAuditLog;
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
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserId;
import java.util.Set;

/** The in-memory fakes the use-case tests run on, held to the same contracts as the PostgreSQL adapters. */
class FakesHoldThePortContractsTest extends PortContracts {

    /** A fresh set of fakes; posts and comments know which users are active, as the database does. */
    static final class Fakes implements Storage {
        final InMemoryUsers users = new InMemoryUsers();
        final InMemoryPosts posts = new InMemoryPosts(id -> users.findActiveById(id).isPresent());
        final InMemoryComments comments = new InMemoryComments(id -> users.findActiveById(id).isPresent());
        final InMemoryCategories categories = new InMemoryCategories();
        final RecordingAuditLog audit = new RecordingAuditLog();
        final CountingPopularCache popular = new CountingPopularCache();
        final FakePasswordHasher hasher = new FakePasswordHasher();

        @Override
        public Transactions tx() {
            return Transactions.none();
        }

        @Override
        public UserRepository users() {
            return users;
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
        public UserId anActiveUser() {
            User user = user(unique("user"), null);
            users.add(user);
            return user.id();
        }

        @Override
        public void softDelete(UserId id) {
            User user = users.findActiveById(id).orElseThrow();
            user.softDelete(user.asActor(), now());
            users.update(user);
        }

        @Override
        public PostId aPublishedPost() {
            String slug = unique("post");
            Post post = Post.restore(PostId.newId(), anActiveUser(), new PostTitle(slug), new Slug(slug), null,
                    new PostContent("Content"), Set.of(), true, now(), true, now(), now());
            posts.add(post);
            return post.id();
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
