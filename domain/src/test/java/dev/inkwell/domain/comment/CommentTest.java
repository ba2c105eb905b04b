package dev.inkwell.domain.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommentTest {

    static final Instant T0 = Instant.parse("2026-11-21T10:00:00.000Z");
    static final Instant T1 = Instant.parse("2026-11-21T11:00:00.000Z");

    final Actor writer = new Actor(UserId.newId(), Role.USER);
    final Actor postAuthor = new Actor(UserId.newId(), Role.USER);
    final Actor stranger = new Actor(UserId.newId(), Role.USER);
    final Actor moderator = new Actor(UserId.newId(), Role.MODERATOR);
    final Actor admin = new Actor(UserId.newId(), Role.ADMIN);

    Comment comment() {
        return Comment.write(PostId.newId(), writer, new CommentContent("First!"), T0);
    }

    @Test
    void a_comment_belongs_to_its_writer() {
        Comment c = comment();
        assertThat(c.authorId()).isEqualTo(writer.id());
        assertThat(c.createdAt()).isEqualTo(T0).isEqualTo(c.updatedAt());
    }

    @Test
    void only_its_writer_edits_it() {
        Comment c = comment();
        c.edit(writer, new CommentContent("Second thoughts"), T1);
        assertThat(c.content().value()).isEqualTo("Second thoughts");
        assertThat(c.updatedAt()).isEqualTo(T1);
        for (Actor other : new Actor[]{postAuthor, stranger, moderator, admin}) {
            assertThatThrownBy(() -> c.edit(other, new CommentContent("x"), T1)).isInstanceOf(Forbidden.class);
        }
        assertThat(c.content().value()).isEqualTo("Second thoughts");
    }

    @Test
    void its_writer_the_posts_author_moderators_and_admins_delete_it() {
        Comment c = comment();
        for (Actor allowed : new Actor[]{writer, postAuthor, moderator, admin}) {
            c.remove(allowed, postAuthor.id(), T1);
        }
        assertThatThrownBy(() -> c.remove(stranger, postAuthor.id(), T1)).isInstanceOf(Forbidden.class);
    }
}
