package dev.inkwell.application.post;

import static dev.inkwell.application.fakes.PublishingFixture.NOW;
import static dev.inkwell.application.fakes.PublishingFixture.postId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.PublishingFixture;
import dev.inkwell.application.port.in.CreatePostCommand;
import dev.inkwell.application.port.in.EditPostCommand;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostFilter;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.model.RevisionViews.RevisionSummary;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.error.Conflict;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.InvalidInput;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostEvents.PostScheduled;
import dev.inkwell.domain.post.PostEvents.PostUnscheduled;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostStatus;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.tag.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scheduling, revisions and rendering through the use cases, on the fakes, with the fixture's clock. */
class EditorialWorkflowTest {

    final PublishingFixture f = new PublishingFixture();
    final Instant inAnHour = NOW.plus(Duration.ofHours(1));

    private PostId draftId(String title) {
        return postId(f.draft(title));
    }

    private PageRequest firstPage() {
        return new PageRequest(1, 100);
    }

    // --- scheduling -------------------------------------------------------------------------------

    @Test
    void the_author_schedules_a_draft_which_then_shows_its_status_and_time() {
        PostId id = draftId("Later");
        PostDetail scheduled = f.workflow.schedule(f.author, id, inAnHour);
        assertThat(scheduled.summary().status()).isEqualTo(PostStatus.SCHEDULED);
        assertThat(scheduled.summary().scheduledAt()).isEqualTo(inAnHour);
        assertThat(scheduled.summary().published()).isFalse();
        assertThat(scheduled.summary().publishedAt()).isNull();
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.POST_SCHEDULED);
        assertThat(f.audit.last().details()).containsEntry("publishAt", inAnHour.toString());
        assertThat(f.events.of(PostScheduled.class)).hasSize(1);
    }

    @Test
    void a_time_must_be_in_the_future_and_at_most_a_year_ahead_and_a_bad_one_writes_nothing() {
        PostId id = draftId("Bounded");
        int audit = f.audit.events.size();
        for (Instant bad : List.of(NOW, NOW.minusSeconds(1), NOW.plus(Duration.ofDays(365)).plusSeconds(1))) {
            assertThatThrownBy(() -> f.workflow.schedule(f.author, id, bad)).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactly("publishAt"));
        }
        assertThatThrownBy(() -> f.workflow.schedule(f.author, id, null)).isInstanceOf(InvalidInput.class);
        assertThat(f.audit.events).hasSize(audit);
        assertThat(f.posts.stored(id).status()).isEqualTo(PostStatus.DRAFT);
        assertThat(f.workflow.schedule(f.author, id, NOW.plus(Duration.ofDays(365))).summary().status())
                .isEqualTo(PostStatus.SCHEDULED);
    }

    @Test
    void only_the_author_schedules_even_an_admin_is_refused_and_a_stranger_learns_nothing_about_the_time() {
        PostId id = draftId("Mine");
        assertThatThrownBy(() -> f.workflow.schedule(f.admin, id, inAnHour)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.workflow.schedule(f.stranger, id, NOW.minusSeconds(5)))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.workflow.schedule(f.author, PostId.newId(), inAnHour))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_published_post_cannot_be_scheduled_or_unscheduled() {
        PostId id = postId(f.published("Out already"));
        assertThatThrownBy(() -> f.workflow.schedule(f.author, id, inAnHour)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> f.workflow.unschedule(f.author, id)).isInstanceOf(Conflict.class);
        assertThat(f.posts.stored(id).status()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void scheduling_again_moves_the_time_and_the_same_time_changes_nothing() {
        PostId id = draftId("Moved");
        f.workflow.schedule(f.author, id, inAnHour);
        int audit = f.audit.events.size();
        f.workflow.schedule(f.author, id, inAnHour);
        assertThat(f.audit.events).hasSize(audit);
        assertThat(f.workflow.schedule(f.author, id, inAnHour.plusSeconds(60)).summary().scheduledAt())
                .isEqualTo(inAnHour.plusSeconds(60));
    }

    @Test
    void the_author_or_an_admin_unschedules_and_unscheduling_a_draft_changes_nothing() {
        PostId id = draftId("Back");
        f.workflow.schedule(f.author, id, inAnHour);
        assertThatThrownBy(() -> f.workflow.unschedule(f.stranger, id)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.workflow.unschedule(f.moderator, id)).isInstanceOf(Forbidden.class);
        PostDetail back = f.workflow.unschedule(f.admin, id);
        assertThat(back.summary().status()).isEqualTo(PostStatus.DRAFT);
        assertThat(back.summary().scheduledAt()).isNull();
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.POST_UNSCHEDULED);
        assertThat(f.events.of(PostUnscheduled.class)).hasSize(1);
        int audit = f.audit.events.size();
        f.workflow.unschedule(f.author, id);
        assertThat(f.audit.events).hasSize(audit);
    }

    @Test
    void publishing_a_scheduled_post_publishes_it_now_and_forgets_the_time() {
        PostId id = draftId("Sooner");
        f.workflow.schedule(f.author, id, inAnHour);
        f.clock.advanceSeconds(60);
        PostDetail published = f.workflow.publish(f.author, id);
        assertThat(published.summary().status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(published.summary().publishedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(published.summary().scheduledAt()).isNull();
        f.clock.advanceSeconds(3600);
        assertThat(f.scheduler.publishDue()).isZero();
    }

    @Test
    void a_scheduled_post_is_a_draft_for_readers_and_listed_with_the_authors_drafts() {
        PostId id = draftId("Not yet");
        f.workflow.schedule(f.author, id, inAnHour);
        assertThat(f.reads.list(PostFilter.none(), firstPage(), Optional.empty()).items()).isEmpty();
        assertThat(f.reads.list(PostFilter.none(), firstPage(), Optional.of(f.stranger)).total()).isZero();
        List<PostSummary> drafts = f.reads.drafts(f.author, firstPage()).items();
        assertThat(drafts).extracting(PostSummary::status).containsExactly(PostStatus.SCHEDULED);
        assertThat(drafts.get(0).scheduledAt()).isEqualTo(inAnHour);

        f.clock.advanceSeconds(3600);
        assertThat(f.scheduler.publishDue()).isEqualTo(1);
        List<PostSummary> listed = f.reads.list(PostFilter.none(), firstPage(), Optional.empty()).items();
        assertThat(listed).extracting(PostSummary::status).containsExactly(PostStatus.PUBLISHED);
        assertThat(listed.get(0).publishedAt()).isEqualTo(inAnHour);
        assertThat(f.reads.drafts(f.author, firstPage()).items()).isEmpty();
    }

    // --- revisions --------------------------------------------------------------------------------

    @Test
    void create_and_every_edit_of_title_excerpt_or_content_write_a_revision_and_other_edits_do_not() {
        PostId id = draftId("Version one");
        assertThat(f.revisions.count(id)).isEqualTo(1);
        f.writing.edit(f.author, EditPostCommand.of(id, "Version two", null, null, null, null));
        f.writing.edit(f.author, EditPostCommand.of(id, null, null, "An excerpt", null, null));
        f.writing.edit(f.author, EditPostCommand.of(id, null, "New content", null, null, null));
        assertThat(f.revisions.count(id)).isEqualTo(4);
        f.writing.edit(f.author, EditPostCommand.of(id, null, null, null, null, List.of("tagged")));
        f.writing.edit(f.author, EditPostCommand.of(id, "Version two", "New content", "An excerpt", null, null));
        assertThat(f.revisions.count(id)).as("tags, or the same text again, are no new revision").isEqualTo(4);

        List<RevisionSummary> list = f.history.revisions(f.author, id, firstPage()).items();
        assertThat(list).extracting(RevisionSummary::number).containsExactly(4, 3, 2, 1);
        assertThat(list).extracting(RevisionSummary::title)
                .containsExactly("Version two", "Version two", "Version two", "Version one");
        assertThat(list.get(0).excerpt()).isEqualTo("An excerpt");
        assertThat(list.get(0).editor().id()).isEqualTo(f.author.id().value());
        assertThat(f.history.revision(f.author, id, 3).content()).isEqualTo("Some content");
        assertThat(f.history.revision(f.author, id, 4).content()).isEqualTo("New content");
    }

    @Test
    void an_admin_edit_is_a_revision_by_the_admin() {
        PostId id = draftId("Moderated");
        f.writing.edit(f.admin, EditPostCommand.of(id, "Fixed by an admin", null, null, null, null));
        assertThat(f.history.revisions(f.admin, id, firstPage()).items().get(0).editor().id())
                .isEqualTo(f.admin.id().value());
    }

    @Test
    void the_history_is_the_authors_and_admins_and_does_not_exist_for_anyone_else() {
        PostId id = postId(f.published("Public post, private history"));
        assertThat(f.history.revisions(f.admin, id, firstPage()).total()).isEqualTo(1);
        for (var other : List.of(f.stranger, f.moderator)) {
            assertThatThrownBy(() -> f.history.revisions(other, id, firstPage())).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> f.history.revision(other, id, 1)).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> f.history.restore(other, id, 1)).isInstanceOf(NotFound.class);
        }
        assertThatThrownBy(() -> f.history.revision(f.author, id, 2)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.history.restore(f.author, id, 2)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.history.revisions(f.author, PostId.newId(), firstPage()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void restoring_brings_back_title_excerpt_and_content_and_writes_a_new_revision() {
        PostId id = postId(f.writing.create(f.author, CreatePostCommand.of("Original", "Original content",
                "Original excerpt", null, null)));
        f.writing.edit(f.author, EditPostCommand.of(id, "Rewritten", "Rewritten content", "", null, null));
        PostDetail restored = f.history.restore(f.author, id, 1);
        assertThat(restored.summary().title()).isEqualTo("Original");
        assertThat(restored.summary().excerpt()).isEqualTo("Original excerpt");
        assertThat(restored.content()).isEqualTo("Original content");
        assertThat(restored.contentHtml()).isEqualTo("<p>Original content</p>");
        assertThat(f.revisions.count(id)).isEqualTo(3);
        assertThat(f.history.revision(f.author, id, 3).summary().title()).isEqualTo("Original");
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.POST_RESTORED);
        assertThat(f.audit.last().details()).containsEntry("revision", 1);

        PostDetail withoutExcerpt = f.history.restore(f.admin, id, 2);
        assertThat(withoutExcerpt.summary().excerpt()).isNull();
        assertThat(f.history.revisions(f.author, id, firstPage()).items().get(0).editor().id())
                .isEqualTo(f.admin.id().value());
    }

    @Test
    void restoring_follows_the_slug_rules_of_an_edit() {
        PostId draft = draftId("First title");
        f.writing.edit(f.author, EditPostCommand.of(draft, "Second title", null, null, null, null));
        assertThat(f.history.restore(f.author, draft, 1).summary().slug()).as("a draft's slug follows its title")
                .isEqualTo("first-title");

        PostId published = draftId("Launch title");
        f.writing.edit(f.author, EditPostCommand.of(published, "Better launch title", null, null, null, null));
        f.workflow.publish(f.author, published);
        PostDetail restored = f.history.restore(f.author, published, 1);
        assertThat(restored.summary().title()).isEqualTo("Launch title");
        assertThat(restored.summary().slug()).as("frozen once published").isEqualTo("better-launch-title");
    }

    // --- rendering --------------------------------------------------------------------------------

    @Test
    void content_is_rendered_on_write_with_its_reading_time_and_never_on_a_read() {
        PostDetail created = f.writing.create(f.author, CreatePostCommand.of("Rendered", "word ".repeat(300), null,
                null, null));
        assertThat(created.contentHtml()).startsWith("<p>word word");
        assertThat(created.readingTimeMinutes()).isEqualTo(2);
        int calls = f.renderer.calls;
        PostId id = postId(created);
        String slug = f.writing.edit(f.author, EditPostCommand.of(id, "Retitled", null, "excerpt", null,
                List.of("t"))).summary().slug();
        assertThat(f.renderer.calls).as("no new content, no rendering").isEqualTo(calls);
        f.workflow.publish(f.author, id);
        f.reads.list(PostFilter.none(), firstPage(), Optional.empty());
        assertThat(f.reads.read(slug, Optional.empty()).contentHtml()).startsWith("<p>word");
        assertThat(f.renderer.calls).isEqualTo(calls);
        PostDetail edited = f.writing.edit(f.author, EditPostCommand.of(id, null, "short <b>now</b>", null, null,
                null));
        assertThat(f.renderer.calls).isEqualTo(calls + 1);
        assertThat(edited.contentHtml()).isEqualTo("<p>short &lt;b>now&lt;/b></p>");
        assertThat(edited.readingTimeMinutes()).isEqualTo(1);
    }

    @Test
    void posts_stored_before_rendering_existed_are_rendered_by_the_background_job_once() {
        Post old = Post.restore(PostId.newId(), f.author.id(), new PostTitle("Old"), new Slug("old"), null,
                new PostContent("from before"), Set.of(), Tags.none(), true, NOW, true, NOW, NOW);
        f.posts.add(old);
        assertThat(f.posts.stored(old.id()).needsRendering()).isTrue();
        assertThat(f.rendering.renderPending()).isEqualTo(1);
        assertThat(f.posts.stored(old.id()).rendered().orElseThrow().html()).isEqualTo("<p>from before</p>");
        assertThat(f.posts.stored(old.id()).updatedAt()).isEqualTo(NOW);
        assertThat(f.rendering.renderPending()).isZero();
    }

    @Test
    void the_background_job_goes_on_from_its_last_batch_and_starts_over_at_the_end() {
        for (int i = 0; i < ContentRenderingService.BATCH + 50; i++) {
            f.posts.add(Post.restore(PostId.newId(), f.author.id(), new PostTitle("Old " + i), new Slug("old-" + i),
                    null, new PostContent("old " + i), Set.of(), Tags.none(), true, NOW, true, NOW, NOW));
        }
        assertThat(f.rendering.renderPending()).isEqualTo(ContentRenderingService.BATCH);
        assertThat(f.rendering.renderPending()).isEqualTo(50);
        Post late = Post.restore(new PostId(new java.util.UUID(0, 1)), f.author.id(), new PostTitle("Late"),
                new Slug("late"), null, new PostContent("late"), Set.of(), Tags.none(), true, NOW, true, NOW, NOW);
        f.posts.add(late); // queued before where the job had got to
        assertThat(f.rendering.renderPending()).as("from the start again").isEqualTo(1);
        assertThat(f.posts.stored(late.id()).needsRendering()).isFalse();
        assertThat(f.rendering.renderPending()).isZero();
        assertThat(f.renderer.calls).isEqualTo(ContentRenderingService.BATCH + 51);
    }

    @Test
    void an_edit_renders_a_post_the_background_job_has_not_reached_yet() {
        Post old = Post.restore(PostId.newId(), f.author.id(), new PostTitle("Old two"), new Slug("old-two"), null,
                new PostContent("still old"), Set.of(), Tags.none(), false, null, false, NOW, NOW);
        f.posts.add(old);
        PostDetail edited = f.writing.edit(f.author, EditPostCommand.of(old.id(), "Old, retitled", null, null, null,
                null));
        assertThat(edited.contentHtml()).isEqualTo("<p>still old</p>");
        assertThat(f.rendering.renderPending()).isZero();
    }
}
