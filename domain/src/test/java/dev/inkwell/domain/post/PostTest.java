package dev.inkwell.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.tag.Tags;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostTest {

    static final Instant T0 = Instant.parse("2026-11-21T10:00:00.000Z");
    static final Instant T1 = Instant.parse("2026-11-21T11:00:00.000Z");
    static final Instant T2 = Instant.parse("2026-11-21T12:00:00.000Z");

    final Actor author = new Actor(UserId.newId(), Role.USER);
    final Actor stranger = new Actor(UserId.newId(), Role.USER);
    final Actor moderator = new Actor(UserId.newId(), Role.MODERATOR);
    final Actor admin = new Actor(UserId.newId(), Role.ADMIN);
    final CategoryId news = CategoryId.newId();

    Post draft() {
        return Post.draft(author.id(), new PostTitle("Hello"), new PostContent("Body"), new Excerpt("Teaser"),
                Set.of(news), Tags.none(), new Slug("hello"), T0);
    }

    @Test
    void a_new_post_is_a_draft_of_its_author() {
        Post post = draft();
        assertThat(post.isPublished()).isFalse();
        assertThat(post.publishedAt()).isEmpty();
        assertThat(post.isSlugFrozen()).isFalse();
        assertThat(post.authorId()).isEqualTo(author.id());
        assertThat(post.categories()).containsExactly(news);
        assertThat(post.excerpt()).contains(new Excerpt("Teaser"));
        assertThat(post.createdAt()).isEqualTo(T0).isEqualTo(post.updatedAt());
    }

    @Test
    void publishing_sets_publishedAt_from_the_clock_and_freezes_the_slug() {
        Post post = draft();
        assertThat(post.publish(author, T1)).isTrue();
        assertThat(post.isPublished()).isTrue();
        assertThat(post.publishedAt()).contains(T1);
        assertThat(post.updatedAt()).isEqualTo(T1);
        assertThat(post.isSlugFrozen()).isTrue();
    }

    @Test
    void publishing_a_published_post_changes_nothing() {
        Post post = draft();
        post.publish(author, T1);
        assertThat(post.publish(author, T2)).isFalse();
        assertThat(post.publishedAt()).contains(T1);
        assertThat(post.updatedAt()).isEqualTo(T1);
    }

    @Test
    void only_the_author_publishes_not_even_an_admin() {
        for (Actor other : new Actor[]{stranger, moderator, admin}) {
            Post post = draft();
            assertThatThrownBy(() -> post.publish(other, T1)).isInstanceOf(Forbidden.class);
            assertThat(post.isPublished()).isFalse();
        }
    }

    @Test
    void unpublishing_goes_back_to_draft_and_a_new_publish_takes_a_new_time() {
        Post post = draft();
        post.publish(author, T1);
        assertThat(post.unpublish(author, T2)).isTrue();
        assertThat(post.isPublished()).isFalse();
        assertThat(post.publishedAt()).isEmpty();
        Instant t3 = T2.plusSeconds(60);
        post.publish(author, t3);
        assertThat(post.publishedAt()).contains(t3);
    }

    @Test
    void the_author_or_an_admin_unpublishes_and_unpublishing_a_draft_changes_nothing() {
        Post byAdmin = draft();
        byAdmin.publish(author, T1);
        assertThat(byAdmin.unpublish(admin, T2)).isTrue();
        assertThat(byAdmin.unpublish(admin, T2)).isFalse();
        for (Actor other : new Actor[]{stranger, moderator}) {
            Post post = draft();
            post.publish(author, T1);
            assertThatThrownBy(() -> post.unpublish(other, T2)).isInstanceOf(Forbidden.class);
            assertThat(post.isPublished()).isTrue();
        }
    }

    @Test
    void the_slug_follows_the_title_while_a_draft() {
        Post post = draft();
        assertThat(post.edit(author, new PostChanges(new PostTitle("Bonjour"), null, null, null), T1)).isTrue();
        assertThat(post.needsSlugFor(new Slug("bonjour"))).isTrue();
        post.changeSlug(new Slug("bonjour"));
        assertThat(post.slug().value()).isEqualTo("bonjour");
        assertThat(post.needsSlugFor(new Slug("hello"))).isTrue();
    }

    @Test
    void a_suffixed_slug_of_the_same_base_is_kept() {
        Post post = Post.restore(PostId.newId(), author.id(), new PostTitle("Hello"), new Slug("hello-3"), null,
                new PostContent("Body"), Set.of(), Tags.none(), false, null, false, T0, T0);
        assertThat(post.needsSlugFor(new Slug("hello"))).isFalse();
    }

    @Test
    void once_published_the_slug_never_changes_not_even_after_unpublish() {
        Post post = draft();
        post.publish(author, T1);
        post.unpublish(author, T2);
        post.edit(author, new PostChanges(new PostTitle("Another title"), null, null, null), T2);
        assertThat(post.needsSlugFor(new Slug("another-title"))).isFalse();
        assertThatThrownBy(() -> post.changeSlug(new Slug("another-title"))).isInstanceOf(IllegalStateException.class);
        assertThat(post.slug().value()).isEqualTo("hello");
    }

    @Test
    void tags_come_with_the_draft_and_an_edit_replaces_the_whole_set() {
        Post post = Post.draft(author.id(), new PostTitle("Hello"), new PostContent("Body"), null, Set.of(),
                Tags.of(List.of("Java", "quarkus")), new Slug("hello"), T0);
        assertThat(post.tags().names()).containsExactly("java", "quarkus");
        post.edit(author, new PostChanges(null, new PostContent("Other"), null, null), T1);
        assertThat(post.tags().names()).as("an edit that names no tags keeps them").containsExactly("java", "quarkus");
        post.edit(author, new PostChanges(null, null, null, null, Tags.of(List.of("Postgres"))), T2);
        assertThat(post.tags().names()).containsExactly("postgres");
        post.edit(author, new PostChanges(null, null, null, null, Tags.none()), T2);
        assertThat(post.tags().isEmpty()).isTrue();
        assertThat(new PostChanges(null, null, null, null, Tags.none()).isEmpty()).as("clearing tags is a change")
                .isFalse();
    }

    @Test
    void an_edit_changes_only_what_it_names() {
        Post post = draft();
        boolean titleChanged = post.edit(admin, new PostChanges(null, new PostContent("New body"), new Excerpt(""),
                Set.of()), T1);
        assertThat(titleChanged).isFalse();
        assertThat(post.title().value()).isEqualTo("Hello");
        assertThat(post.content().value()).isEqualTo("New body");
        assertThat(post.excerpt()).isEmpty();
        assertThat(post.categories()).isEmpty();
        assertThat(post.updatedAt()).isEqualTo(T1);
        assertThat(post.edit(author, new PostChanges(new PostTitle("Hello"), null, null, null), T2)).isFalse();
    }

    @Test
    void only_the_author_or_an_admin_edits() {
        for (Actor other : new Actor[]{stranger, moderator}) {
            Post post = draft();
            assertThatThrownBy(() -> post.edit(other, new PostChanges(new PostTitle("X"), null, null, null), T1))
                    .isInstanceOf(Forbidden.class);
            assertThat(post.title().value()).isEqualTo("Hello");
        }
    }

    @Test
    void the_author_a_moderator_or_an_admin_deletes() {
        Post post = draft();
        post.delete(author, T1);
        post.delete(moderator, T1);
        post.delete(admin, T1);
        assertThatThrownBy(() -> post.delete(stranger, T1)).isInstanceOf(Forbidden.class);
    }

    @Test
    void a_draft_is_visible_to_its_author_and_admins_only() {
        Post post = draft();
        assertThat(post.isVisibleTo(Optional.of(author))).isTrue();
        assertThat(post.isVisibleTo(Optional.of(admin))).isTrue();
        assertThat(post.isVisibleTo(Optional.of(moderator))).isFalse();
        assertThat(post.isVisibleTo(Optional.of(stranger))).isFalse();
        assertThat(post.isVisibleTo(Optional.empty())).isFalse();
        post.publish(author, T1);
        assertThat(post.isVisibleTo(Optional.empty())).isTrue();
    }

    @Test
    void comments_go_on_published_posts_only() {
        Post post = draft();
        assertThatThrownBy(() -> post.requireOpenForCommentsBy(stranger)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> post.requireOpenForCommentsBy(admin)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> post.requireOpenForCommentsBy(author)).isInstanceOf(Forbidden.class);
        post.publish(author, T1);
        post.requireOpenForCommentsBy(stranger);
    }

    @Test
    void restore_keeps_the_invariants() {
        assertThatThrownBy(() -> Post.restore(PostId.newId(), author.id(), new PostTitle("t"), new Slug("t"), null,
                new PostContent("c"), Set.of(), Tags.none(), true, null, true, T0, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Post.restore(PostId.newId(), author.id(), new PostTitle("t"), new Slug("t"), null,
                new PostContent("c"), Set.of(), Tags.none(), true, T1, false, T0, T0)).isInstanceOf(IllegalArgumentException.class);
    }
}
