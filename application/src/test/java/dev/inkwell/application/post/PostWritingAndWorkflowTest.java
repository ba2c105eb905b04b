package dev.inkwell.application.post;

import static dev.inkwell.application.fakes.PublishingFixture.postId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.PublishingFixture;
import dev.inkwell.application.port.in.CreatePostCommand;
import dev.inkwell.application.port.in.EditPostCommand;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.audit.EntityType;
import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.PostId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PostWritingAndWorkflowTest {

    final PublishingFixture f = new PublishingFixture();

    @Test
    void a_new_post_is_a_draft_with_a_slug_from_its_title_and_an_audit_row() {
        PostDetail post = f.draft("Héllo, Wörld! Ça va?");
        assertThat(post.summary().slug()).isEqualTo("hello-world-ca-va");
        assertThat(post.summary().published()).isFalse();
        assertThat(post.summary().author().id()).isEqualTo(f.author.id().value());
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.POST_CREATED);
        assertThat(f.audit.last().entityId()).isEqualTo(post.summary().id());
        assertThat(f.audit.last().actorId()).isEqualTo(f.author.id().value());
        assertThat(f.transactions.run).isEqualTo(1);
    }

    @Test
    void a_taken_slug_gets_the_next_suffix() {
        assertThat(f.draft("Same title").summary().slug()).isEqualTo("same-title");
        assertThat(f.draft("Same title").summary().slug()).isEqualTo("same-title-2");
        assertThat(f.draft("Same  title!").summary().slug()).isEqualTo("same-title-3");
    }

    @Test
    void slugs_that_are_fixed_paths_next_to_a_post_are_never_given_out() {
        assertThat(f.draft("Feed").summary().slug()).isEqualTo("feed-2");
        assertThat(f.draft("Popular").summary().slug()).isEqualTo("popular-2");
        assertThat(f.draft("Drafts!").summary().slug()).isEqualTo("drafts-2");
    }

    @Test
    void a_slug_race_lost_to_a_concurrent_create_is_retried_in_a_new_transaction() {
        f.draft("Racing");
        f.posts.staleSlugLookups = 1; // the next look-up misses the committed "racing", as a racing insert would
        int before = f.transactions.run;
        PostDetail second = f.draft("Racing");
        assertThat(second.summary().slug()).isEqualTo("racing-2");
        assertThat(f.transactions.run - before).isEqualTo(2);
        assertThat(f.audit.actions()).containsExactly(AuditAction.POST_CREATED, AuditAction.POST_CREATED);
    }

    @Test
    void retrying_gives_up_after_a_bounded_number_of_attempts() {
        f.draft("Unlucky");
        f.posts.staleSlugLookups = Integer.MAX_VALUE;
        assertThatThrownBy(() -> f.draft("Unlucky")).isInstanceOf(Conflict.class);
        assertThat(f.posts.size()).isEqualTo(1);
    }

    @Test
    void unknown_category_ids_are_named_and_nothing_is_written() {
        CategoryId known = f.category("Known", null);
        UUID unknown = UUID.fromString("00000000-0000-0000-0000-00000000000a");
        int auditBefore = f.audit.events.size();
        assertThatThrownBy(() -> f.writing.create(f.author, CreatePostCommand.of("T", "C", null,
                List.of(known.toString(), unknown.toString()), null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("categoryIds");
                    assertThat(e.errors().get(0).message()).contains(unknown.toString()).doesNotContain(known.toString());
                });
        assertThat(f.posts.size()).isZero();
        assertThat(f.audit.events).hasSize(auditBefore);
    }

    @Test
    void malformed_category_ids_are_each_named_with_every_other_error() {
        assertThatThrownBy(() -> CreatePostCommand.of(" ", "C", "e".repeat(501), List.of("x", UUID.randomUUID().toString(), "y"), null))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors())
                        .extracting(InvalidInput.FieldError::field)
                        .containsExactly("title", "excerpt", "categoryIds[0]", "categoryIds[2]"));
    }

    @Test
    void the_slug_follows_the_title_of_a_draft() {
        PostId id = postId(f.draft("First title"));
        PostDetail edited = f.writing.edit(f.author, EditPostCommand.of(id, "Second title", null, null, null, null));
        assertThat(edited.summary().slug()).isEqualTo("second-title");
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.POST_UPDATED);
        assertThat(f.audit.last().details()).containsEntry("slug", Map.of("from", "first-title", "to", "second-title"));
    }

    @Test
    void a_rename_that_loses_its_slug_to_a_concurrent_write_is_retried() {
        f.draft("Wanted");
        PostId id = postId(f.draft("Other"));
        f.posts.staleSlugLookups = 1;
        int before = f.transactions.run;
        PostDetail renamed = f.writing.edit(f.author, EditPostCommand.of(id, "Wanted", null, null, null, null));
        assertThat(renamed.summary().slug()).isEqualTo("wanted-2");
        assertThat(f.transactions.run - before).isEqualTo(2);
        assertThat(f.audit.actions()).containsOnlyOnce(AuditAction.POST_UPDATED);
    }

    @Test
    void a_published_post_keeps_its_slug_when_renamed() {
        PostId id = postId(f.published("Permalink"));
        PostDetail edited = f.writing.edit(f.author, EditPostCommand.of(id, "Renamed", null, null, null, null));
        assertThat(edited.summary().title()).isEqualTo("Renamed");
        assertThat(edited.summary().slug()).isEqualTo("permalink");
    }

    @Test
    void an_edit_by_someone_else_is_forbidden_before_its_categories_are_checked() {
        PostId id = postId(f.draft("Mine"));
        assertThatThrownBy(() -> f.writing.edit(f.stranger, EditPostCommand.of(id, "Theirs", null, null,
                List.of(UUID.randomUUID().toString()), null))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.writing.edit(f.moderator, EditPostCommand.of(id, "Theirs", null, null, null, null)))
                .isInstanceOf(Forbidden.class);
        assertThat(f.posts.stored(id).title().value()).isEqualTo("Mine");
        PostDetail byAdmin = f.writing.edit(f.admin, EditPostCommand.of(id, null, "Admin's fix", "", null, null));
        assertThat(byAdmin.content()).isEqualTo("Admin's fix");
    }

    @Test
    void an_empty_edit_writes_nothing_but_still_needs_the_right_to_edit() {
        PostId id = postId(f.draft("Untouched"));
        int rows = f.audit.events.size();
        f.clock.advanceSeconds(60);
        PostDetail same = f.writing.edit(f.author, EditPostCommand.of(id, null, null, null, null, null));
        assertThat(same.summary().updatedAt()).isEqualTo(PublishingFixture.NOW);
        assertThat(f.audit.events).hasSize(rows);
        assertThatThrownBy(() -> f.writing.edit(f.stranger, EditPostCommand.of(id, null, null, null, null, null)))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void an_edit_with_unknown_categories_changes_nothing() {
        PostId id = postId(f.draft("Keep me"));
        assertThatThrownBy(() -> f.writing.edit(f.author, EditPostCommand.of(id, "Changed", null, null,
                List.of(UUID.randomUUID().toString()), null))).isInstanceOf(InvalidInput.class);
        assertThat(f.posts.stored(id).title().value()).isEqualTo("Keep me");
        assertThat(f.posts.stored(id).slug().value()).isEqualTo("keep-me");
    }

    @Test
    void publishing_sets_publishedAt_from_the_clock_audits_and_drops_the_popular_cache() {
        PostId id = postId(f.draft("To publish"));
        f.clock.advanceSeconds(60);
        PostDetail published = f.workflow.publish(f.author, id);
        assertThat(published.summary().published()).isTrue();
        assertThat(published.summary().publishedAt()).isEqualTo(PublishingFixture.NOW.plusSeconds(60));
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.POST_PUBLISHED);
        assertThat(f.popular.invalidations).isEqualTo(1);
    }

    @Test
    void publishing_twice_changes_nothing_and_writes_no_second_row() {
        PostId id = postId(f.published("Twice"));
        int rows = f.audit.events.size();
        f.clock.advanceSeconds(60);
        PostDetail again = f.workflow.publish(f.author, id);
        assertThat(again.summary().publishedAt()).isEqualTo(PublishingFixture.NOW);
        assertThat(f.audit.events).hasSize(rows);
        assertThat(f.popular.invalidations).isEqualTo(1);
    }

    @Test
    void only_the_author_publishes_and_an_unknown_post_is_not_found() {
        PostId id = postId(f.draft("Not yours"));
        assertThatThrownBy(() -> f.workflow.publish(f.admin, id)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.workflow.publish(f.stranger, id)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.workflow.publish(f.author, PostId.newId())).isInstanceOf(NotFound.class);
        assertThat(f.posts.stored(id).isPublished()).isFalse();
    }

    @Test
    void unpublishing_returns_to_draft_audits_and_drops_the_cache() {
        PostId id = postId(f.published("Back"));
        PostDetail draft = f.workflow.unpublish(f.admin, id);
        assertThat(draft.summary().published()).isFalse();
        assertThat(draft.summary().publishedAt()).isNull();
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.POST_UNPUBLISHED);
        assertThat(f.audit.last().actorId()).isEqualTo(f.admin.id().value());
        assertThat(f.popular.invalidations).isEqualTo(2);
        assertThatThrownBy(() -> f.workflow.unpublish(f.moderator, id)).isInstanceOf(Forbidden.class);
    }

    @Test
    void the_author_a_moderator_or_an_admin_deletes() {
        PostId id = postId(f.published("Doomed"));
        assertThatThrownBy(() -> f.workflow.delete(f.stranger, id)).isInstanceOf(Forbidden.class);
        assertThat(f.posts.stored(id)).isNotNull();
        f.workflow.delete(f.moderator, id);
        assertThat(f.posts.stored(id)).isNull();
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.POST_DELETED);
        assertThat(f.audit.last().entityType()).isEqualTo(EntityType.POST);
        assertThat(f.popular.invalidations).isEqualTo(2);
        assertThatThrownBy(() -> f.workflow.delete(f.admin, id)).isInstanceOf(NotFound.class);
    }
}
