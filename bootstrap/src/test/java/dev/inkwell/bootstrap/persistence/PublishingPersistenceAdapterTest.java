package dev.inkwell.bootstrap.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.adapters.persistence.category.CategoryPersistenceAdapter;
import dev.inkwell.adapters.persistence.post.PostPersistenceAdapter;
import dev.inkwell.adapters.persistence.post.PostReadModels;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.bootstrap.support.Api;
import dev.inkwell.bootstrap.support.Api.TestUser;
import dev.inkwell.bootstrap.support.Sql;
import dev.inkwell.domain.category.Category;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.category.CategoryName;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.post.Excerpt;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostChanges;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.post.Slug;
import dev.inkwell.domain.shared.Timestamps;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The post, comment-count and category adapters against the real PostgreSQL schema. */
@QuarkusTest
class PublishingPersistenceAdapterTest {

    @Inject
    PostPersistenceAdapter posts;
    @Inject
    PostReadModels reads;
    @Inject
    CategoryPersistenceAdapter categories;
    @Inject
    AgroalDataSource dataSource;

    final Instant now = Timestamps.now(Clock.systemUTC());
    final Actor admin = new Actor(UserId.newId(), Role.ADMIN);

    private static String t() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Category category(String name) {
        Category c = Category.create(admin, new CategoryName(name), new Slug(name.toLowerCase().replace(' ', '-')),
                null, now);
        QuarkusTransaction.requiringNew().run(() -> categories.add(c));
        return c;
    }

    private Post draft(TestUser author, String slug, Set<CategoryId> ids) {
        Post post = Post.draft(new UserId(UUID.fromString(author.id())), new PostTitle("Title " + slug),
                new PostContent("Content"), new Excerpt(""), ids, new Slug(slug), now);
        QuarkusTransaction.requiringNew().run(() -> posts.add(post));
        return post;
    }

    @Test
    void a_post_round_trips_with_its_category_links_and_they_can_be_replaced() {
        TestUser author = Api.register("Adapter Author");
        Category a = category("Adapter A " + t());
        Category b = category("Adapter B " + t());
        Post post = draft(author, "round-trip-" + t(), Set.of(a.id()));
        Post loaded = QuarkusTransaction.requiringNew().call(() -> posts.findById(post.id())).orElseThrow();
        assertThat(loaded.categories()).containsExactly(a.id());
        assertThat(loaded.excerpt()).isEmpty();
        assertThat(loaded.slug()).isEqualTo(post.slug());
        assertThat(loaded.createdAt()).isEqualTo(post.createdAt());
        QuarkusTransaction.requiringNew().run(() -> {
            Post managed = posts.findById(post.id()).orElseThrow();
            managed.edit(admin, new PostChanges(null, null, new Excerpt("Now with an excerpt"), Set.of(b.id())), now);
            managed.publish(new Actor(managed.authorId(), Role.USER), now);
            posts.update(managed);
        });
        Post again = QuarkusTransaction.requiringNew().call(() -> posts.findById(post.id())).orElseThrow();
        assertThat(again.categories()).containsExactly(b.id());
        assertThat(again.excerpt()).contains(new Excerpt("Now with an excerpt"));
        assertThat(again.isPublished()).isTrue();
        assertThat(again.isSlugFrozen()).isTrue();
    }

    @Test
    void a_slug_taken_by_a_concurrent_insert_is_a_conflict_on_the_slug() {
        TestUser author = Api.register("Slug Author");
        String slug = "taken-" + t();
        draft(author, slug, Set.of());
        assertThatThrownBy(() -> draft(author, slug, Set.of()))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.subject()).contains("slug"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> posts.slugsLike(new Slug(slug)))).containsExactly(slug);
    }

    @Test
    void a_soft_deleted_authors_post_is_not_found_and_their_comments_are_not_counted() {
        TestUser author = Api.register("Gone Author");
        TestUser commenter = Api.register("Gone Commenter");
        Sql sql = new Sql(dataSource);
        UUID published = sql.insertPost(author.id(), "Counted", true, Instant.now());
        sql.insertComment(published, commenter.id());
        sql.insertComment(published, author.id());
        sql.update("update users set deleted_at = now() where id = ?", UUID.fromString(commenter.id()));
        var detail = QuarkusTransaction.requiringNew().call(() -> reads.findById(
                new dev.inkwell.domain.post.PostId(published), 20)).orElseThrow();
        assertThat(detail.summary().commentCount()).isEqualTo(1);
        assertThat(detail.comments()).hasSize(1);
        sql.update("update users set deleted_at = now() where id = ?", UUID.fromString(author.id()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> posts.findById(
                new dev.inkwell.domain.post.PostId(published)))).isEmpty();
        assertThat(QuarkusTransaction.requiringNew().call(() -> reads.drafts(
                new UserId(UUID.fromString(author.id())), PageRequest.parse(null, null)).total())).isZero();
    }

    @Test
    void category_names_are_unique_case_insensitively_and_missing_ids_are_reported() {
        String name = "Unique " + t();
        Category first = category(name);
        Category shouting = Category.create(admin, new CategoryName(name.toUpperCase()),
                new Slug("other-" + t()), null, now);
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> categories.add(shouting)))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.subject()).contains("name"));
        CategoryId missing = CategoryId.newId();
        assertThat(QuarkusTransaction.requiringNew().call(() -> categories.findExisting(Set.of(first.id(), missing))))
                .containsExactly(first.id());
    }
}
