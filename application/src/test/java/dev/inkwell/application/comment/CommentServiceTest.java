package dev.inkwell.application.comment;

import static dev.inkwell.application.fakes.PublishingFixture.postId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.application.fakes.PublishingFixture;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.domain.audit.AuditAction;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.error.NotFound;
import dev.inkwell.domain.post.PostId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommentServiceTest {

    final PublishingFixture f = new PublishingFixture();
    final CommentContent hello = new CommentContent("Hello");

    @Test
    void anyone_authenticated_comments_on_a_published_post() {
        PostId post = postId(f.published("Open"));
        int invalidations = f.popular.invalidations;
        CommentView c = f.commentService.add(f.stranger, post, hello);
        assertThat(f.comments.stored(id(c))).isNotNull();
        assertThat(c.author().id()).isEqualTo(f.stranger.id().value());
        assertThat(c.content()).isEqualTo("Hello");
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.COMMENT_CREATED);
        assertThat(f.audit.last().details()).containsEntry("postId", post.toString());
        assertThat(f.popular.invalidations).isEqualTo(invalidations + 1);
    }

    @Test
    void a_draft_takes_no_comments_it_is_not_found_for_others_and_forbidden_for_its_author() {
        PostId draft = postId(f.draft("Closed"));
        assertThatThrownBy(() -> f.commentService.add(f.stranger, draft, hello)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.commentService.add(f.admin, draft, hello)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.commentService.add(f.author, draft, hello)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.commentService.add(f.author, PostId.newId(), hello)).isInstanceOf(NotFound.class);
        assertThat(f.audit.actions()).doesNotContain(AuditAction.COMMENT_CREATED);
    }

    @Test
    void only_the_writer_edits_a_comment() {
        CommentView c = f.commentService.add(f.stranger, postId(f.published("Edits")), hello);
        assertThatThrownBy(() -> f.commentService.edit(f.author, id(c), new CommentContent("x")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> f.commentService.edit(f.admin, id(c), new CommentContent("x")))
                .isInstanceOf(Forbidden.class);
        f.commentService.edit(f.stranger, id(c), new CommentContent("Edited"));
        assertThat(f.comments.stored(id(c)).content().value()).isEqualTo("Edited");
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.COMMENT_UPDATED);
        assertThatThrownBy(() -> f.commentService.edit(f.stranger, CommentId.newId(), hello))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void the_posts_author_may_delete_any_comment_on_it_and_others_may_not() {
        PostId post = postId(f.published("Moderated"));
        CommentView c = f.commentService.add(f.stranger, post, hello);
        assertThatThrownBy(() -> f.commentService.delete(PublishingFixture.actor(dev.inkwell.domain.user.Role.USER),
                id(c))).isInstanceOf(Forbidden.class);
        int invalidations = f.popular.invalidations;
        f.commentService.delete(f.author, id(c));
        assertThat(f.comments.stored(id(c))).isNull();
        assertThat(f.audit.last().action()).isEqualTo(AuditAction.COMMENT_DELETED);
        assertThat(f.popular.invalidations).isEqualTo(invalidations + 1);
    }

    @Test
    void a_comment_named_under_another_post_is_not_found_there() {
        PostId post = postId(f.published("Home"));
        PostId other = postId(f.published("Elsewhere"));
        CommentView c = f.commentService.add(f.stranger, post, hello);
        assertThatThrownBy(() -> f.commentService.delete(f.stranger, other, id(c))).isInstanceOf(NotFound.class);
        assertThat(f.comments.stored(id(c))).isNotNull();
        f.commentService.delete(f.stranger, post, id(c));
        assertThat(f.comments.stored(id(c))).isNull();
    }

    @Test
    void moderators_and_admins_delete_comments() {
        PostId post = postId(f.published("Staff"));
        f.commentService.delete(f.moderator, id(f.commentService.add(f.stranger, post, hello)));
        f.commentService.delete(f.admin, id(f.commentService.add(f.stranger, post, hello)));
        assertThat(f.comments.forPost(post, PageRequest.parse(null, null)).total()).isZero();
    }

    @Test
    void the_comments_of_a_draft_are_listed_only_for_its_author_and_admins() {
        PostId draft = postId(f.draft("Hidden"));
        PageRequest page = PageRequest.parse(null, null);
        assertThatThrownBy(() -> f.commentService.list(draft, Optional.empty(), page)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> f.commentService.list(draft, Optional.of(f.stranger), page))
                .isInstanceOf(NotFound.class);
        assertThat(f.commentService.list(draft, Optional.of(f.author), page).total()).isZero();
        assertThat(f.commentService.list(draft, Optional.of(f.admin), page).total()).isZero();
    }

    private static CommentId id(CommentView comment) {
        return new CommentId(comment.id());
    }
}
