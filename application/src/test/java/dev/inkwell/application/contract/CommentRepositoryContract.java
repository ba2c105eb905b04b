package dev.inkwell.application.contract;

import static dev.inkwell.application.contract.Samples.now;
import static org.assertj.core.api.Assertions.assertThat;

import dev.inkwell.application.port.out.CommentRepository;
import dev.inkwell.domain.comment.Comment;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** What every {@link CommentRepository} promises; run against the fake and against PostgreSQL. */
public abstract class CommentRepositoryContract extends PortContract {

    private Comment stored(UserId writer, PostId post) {
        Comment comment = Comment.write(post, new Actor(writer, Role.USER), new CommentContent("First!"), now());
        tx().run(() -> comments().add(comment));
        return comment;
    }

    @Test
    void a_comment_round_trips_and_an_update_changes_it() {
        UserId writer = anActiveUser();
        Comment comment = stored(writer, aPublishedPost());
        Comment loaded = tx().call(() -> comments().findById(comment.id())).orElseThrow();
        assertThat(loaded.content()).isEqualTo(comment.content());
        assertThat(loaded.authorId()).isEqualTo(writer);
        assertThat(loaded.postId()).isEqualTo(comment.postId());
        assertThat(loaded.createdAt()).isEqualTo(comment.createdAt());
        loaded.edit(new Actor(writer, Role.USER), new CommentContent("Second thoughts"), now());
        assertThat(tx().call(() -> comments().findById(comment.id())).orElseThrow().content().value())
                .as("not before update").isEqualTo("First!");
        tx().run(() -> comments().update(loaded));
        assertThat(tx().call(() -> comments().findById(comment.id())).orElseThrow().content().value())
                .isEqualTo("Second thoughts");
    }

    @Test
    void a_deleted_comment_is_gone() {
        Comment comment = stored(anActiveUser(), aPublishedPost());
        tx().run(() -> comments().delete(comment.id()));
        assertThat(tx().call(() -> comments().findById(comment.id()))).isEmpty();
    }

    @Test
    void the_comment_of_a_soft_deleted_writer_is_not_found() {
        UserId writer = anActiveUser();
        Comment comment = stored(writer, aPublishedPost());
        softDelete(writer);
        assertThat(tx().call(() -> comments().findById(comment.id()))).isEmpty();
    }
}
