package dev.inkwell.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.application.port.out.CommentQueries;
import dev.inkwell.domain.comment.Comment;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link CommentQueries} promises; run against the fake and against PostgreSQL. */
public abstract class CommentQueriesContract extends PortContract {

    private Comment stored(PostId post, UserId writer, Instant at) {
        Comment comment = Comment.restore(CommentId.newId(), post, writer, new CommentContent("said at " + at), at, at);
        tx().run(() -> comments().add(comment));
        return comment;
    }

    @Test
    void a_posts_comments_come_newest_first_paged_and_without_other_posts_comments() {
        PostId post = aPublishedPost();
        UserId writer = anActiveUser();
        Instant t = Instant.parse("2026-02-01T10:00:00Z");
        Comment oldest = stored(post, writer, t);
        Comment newest = stored(post, writer, t.plusSeconds(2));
        Comment middle = stored(post, writer, t.plusSeconds(1));
        stored(aPublishedPost(), writer, t.plusSeconds(3));
        Page<CommentView> first = tx().call(() -> commentQueries().forPost(post, new PageRequest(1, 2)));
        assertThat(first.items()).extracting(CommentView::id).containsExactly(newest.id().value(), middle.id().value());
        assertThat(first.total()).isEqualTo(3);
        assertThat(tx().call(() -> commentQueries().forPost(post, new PageRequest(2, 2))).items())
                .extracting(CommentView::id).containsExactly(oldest.id().value());
        CommentView one = tx().call(() -> commentQueries().byId(middle.id())).orElseThrow();
        assertThat(one.content()).isEqualTo(middle.content().value());
        assertThat(one.author().id()).isEqualTo(writer.value());
    }

    @Test
    void comments_of_soft_deleted_writers_are_neither_shown_nor_counted() {
        PostId post = aPublishedPost();
        UserId leaving = anActiveUser();
        Comment gone = stored(post, leaving, Instant.parse("2026-02-02T10:00:00Z"));
        Comment kept = stored(post, anActiveUser(), Instant.parse("2026-02-02T11:00:00Z"));
        softDelete(leaving);
        Page<CommentView> page = tx().call(() -> commentQueries().forPost(post, new PageRequest(1, 10)));
        assertThat(page.items()).extracting(CommentView::id).containsExactly(kept.id().value());
        assertThat(page.total()).isEqualTo(1);
        assertThat(tx().call(() -> commentQueries().byId(gone.id()))).isEmpty();
    }
}
