package dev.inkwell.application.contract;

import static dev.inkwell.application.contract.Samples.now;
import static dev.inkwell.application.contract.Samples.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.RevisionViews.RevisionDetail;
import dev.inkwell.application.port.model.RevisionViews.RevisionSummary;
import dev.inkwell.application.port.out.PostRevisions;
import dev.inkwell.application.port.out.UnrenderedPosts.Unrendered;
import dev.inkwell.application.port.out.UnrenderedPosts;
import dev.inkwell.domain.post.Excerpt;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostText;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.post.RenderedContent;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.tag.Tags;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What {@link PostRevisions} and {@link UnrenderedPosts} promise; run against the fakes and PostgreSQL. */
public abstract class RevisionsContract extends PortContract {

    private PostRevisions revisions() {
        return storage().revisions();
    }

    private UnrenderedPosts unrendered() {
        return storage().unrendered();
    }

    private Post storedDraft(UserId author, boolean rendered) {
        String slug = unique("revised");
        Post post = Post.draft(author, new PostTitle("T " + slug), new PostContent("Some *content*"), null, Set.of(),
                Tags.none(), new Slug(slug), now());
        if (rendered) {
            post.render(c -> "<p>" + c.value() + "</p>");
        }
        tx().run(() -> posts().add(post));
        return post;
    }

    private static PostText text(String title, String excerpt, String content) {
        return new PostText(new PostTitle(title), excerpt == null ? null : new Excerpt(excerpt), new PostContent(content));
    }

    @Test
    void revisions_are_numbered_from_1_per_post_and_listed_newest_first_with_their_editor() {
        UserId author = anActiveUser();
        UserId admin = anActiveUser();
        PostId id = storedDraft(author, true).id();
        PostId other = storedDraft(author, true).id();
        Instant at = now();
        tx().run(() -> revisions().append(id, text("First", null, "one"), author, at));
        tx().run(() -> revisions().append(other, text("Elsewhere", null, "x"), author, now()));
        tx().run(() -> revisions().append(id, text("Second", "short", "two"), admin, at.plusSeconds(1)));
        tx().run(() -> revisions().append(id, text("Third", null, "three"), author, at.plusSeconds(2)));

        Page<RevisionSummary> page = revisions().list(id, new PageRequest(1, 10));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(RevisionSummary::number).containsExactly(3, 2, 1);
        assertThat(page.items()).extracting(RevisionSummary::title).containsExactly("Third", "Second", "First");
        RevisionSummary second = page.items().get(1);
        assertThat(second.excerpt()).isEqualTo("short");
        assertThat(second.editor().id()).isEqualTo(admin.value());
        assertThat(second.createdAt()).isEqualTo(at.plusSeconds(1));
        assertThat(page.items().get(0).excerpt()).isNull();
        assertThat(revisions().list(other, new PageRequest(1, 10)).items()).extracting(RevisionSummary::number)
                .containsExactly(1);
    }

    @Test
    void a_page_of_revisions_has_the_total_even_past_the_end() {
        UserId author = anActiveUser();
        PostId id = storedDraft(author, true).id();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            tx().run(() -> revisions().append(id, text("Title " + n, null, "c" + n), author, now()));
        }
        Page<RevisionSummary> second = revisions().list(id, new PageRequest(2, 2));
        assertThat(second.items()).extracting(RevisionSummary::number).containsExactly(3, 2);
        assertThat(second.total()).isEqualTo(5);
        Page<RevisionSummary> beyond = revisions().list(id, new PageRequest(4, 2));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
        assertThat(revisions().list(PostId.newId(), new PageRequest(1, 10)).total()).isZero();
    }

    @Test
    void a_revision_is_read_with_its_content_and_an_unknown_number_is_empty() {
        UserId author = anActiveUser();
        PostId id = storedDraft(author, true).id();
        tx().run(() -> revisions().append(id, text("Only", "ex", "# Heading\n\nbody"), author, now()));
        RevisionDetail detail = revisions().find(id, 1).orElseThrow();
        assertThat(detail.content()).isEqualTo("# Heading\n\nbody");
        assertThat(detail.summary().title()).isEqualTo("Only");
        assertThat(detail.summary().excerpt()).isEqualTo("ex");
        assertThat(revisions().find(id, 2)).isEmpty();
        assertThat(revisions().find(PostId.newId(), 1)).isEmpty();
    }

    @Test
    void a_soft_deleted_editor_leaves_the_revision_without_an_editor() {
        UserId author = anActiveUser();
        UserId editor = anActiveUser();
        PostId id = storedDraft(author, true).id();
        tx().run(() -> revisions().append(id, text("By someone", null, "c"), editor, now()));
        storage().softDelete(editor);
        assertThat(revisions().find(id, 1).orElseThrow().summary().editor()).isNull();
    }

    @Test
    void an_unrendered_post_is_claimed_until_its_rendering_is_saved_and_a_rendered_one_never() {
        UserId author = anActiveUser();
        Post pending = storedDraft(author, false);
        Post done = storedDraft(author, true);
        List<Unrendered> claimed = tx().call(() -> unrendered().claimUnrendered(null, 10_000));
        assertThat(tx().call(() -> unrendered().claimUnrendered(pending.id(), 10_000))).extracting(Unrendered::id)
                .as("only those after the given one").doesNotContain(pending.id());
        assertThat(claimed).extracting(Unrendered::id).contains(pending.id()).doesNotContain(done.id());
        assertThat(claimed).filteredOn(u -> u.id().equals(pending.id())).extracting(Unrendered::content)
                .containsExactly(new PostContent("Some *content*"));

        tx().run(() -> unrendered().saveRendering(pending.id(), new RenderedContent("<p>first</p>", 1)));
        Post loaded = tx().call(() -> posts().findById(pending.id())).orElseThrow();
        assertThat(loaded.rendered()).contains(new RenderedContent("<p>first</p>", 1));
        assertThat(loaded.updatedAt()).isEqualTo(pending.updatedAt());
        assertThat(tx().call(() -> unrendered().claimUnrendered(null, 10_000))).extracting(Unrendered::id)
                .doesNotContain(pending.id());

        // a rendering that comes late does not overwrite one an edit stored meanwhile
        tx().run(() -> unrendered().saveRendering(pending.id(), new RenderedContent("<p>stale</p>", 1)));
        assertThat(tx().call(() -> posts().findById(pending.id())).orElseThrow().rendered())
                .contains(new RenderedContent("<p>first</p>", 1));
    }

    @Test
    void a_rendering_round_trips() {
        UserId author = anActiveUser();
        Post post = storedDraft(author, true);
        Post loaded = tx().call(() -> posts().findById(post.id())).orElseThrow();
        assertThat(loaded.rendered()).contains(new RenderedContent("<p>Some *content*</p>", 1));
        assertThat(loaded.needsRendering()).isFalse();
    }
}
