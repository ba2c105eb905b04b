package dev.inkwell.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.inkwell.domain.category.Category;
import dev.inkwell.domain.category.CategoryEvents.CategoryChanged;
import dev.inkwell.domain.category.CategoryEvents.CategoryCreated;
import dev.inkwell.domain.category.CategoryEvents.CategoryDeleted;
import dev.inkwell.domain.category.CategoryName;
import dev.inkwell.domain.comment.Comment;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.comment.CommentEvents.CommentAdded;
import dev.inkwell.domain.comment.CommentEvents.CommentEdited;
import dev.inkwell.domain.comment.CommentEvents.CommentRemoved;
import dev.inkwell.domain.error.Forbidden;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostChanges;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostEvents.PostCreated;
import dev.inkwell.domain.post.PostEvents.PostDeleted;
import dev.inkwell.domain.post.PostEvents.PostEdited;
import dev.inkwell.domain.post.PostEvents.PostPublished;
import dev.inkwell.domain.post.PostEvents.PostUnpublished;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.tag.Tags;
import dev.inkwell.domain.user.Actor;
import dev.inkwell.domain.user.DisplayName;
import dev.inkwell.domain.user.Email;
import dev.inkwell.domain.user.PasswordHash;
import dev.inkwell.domain.user.Profile;
import dev.inkwell.domain.user.Role;
import dev.inkwell.domain.user.User;
import dev.inkwell.domain.user.UserEvents.UserDeleted;
import dev.inkwell.domain.user.UserEvents.UserRegistered;
import dev.inkwell.domain.user.UserEvents.UserRoleChanged;
import dev.inkwell.domain.user.UserEvents.UserUpdated;
import dev.inkwell.domain.user.UserId;
import dev.inkwell.domain.user.Username;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The aggregate method that makes a change records its event; a refused or empty change records none. */
class DomainEventsTest {

    static final Instant T0 = Instant.parse("2026-11-21T10:00:00.000Z");
    static final Instant T1 = Instant.parse("2026-11-21T11:00:00.000Z");

    final Actor author = new Actor(UserId.newId(), Role.USER);
    final Actor stranger = new Actor(UserId.newId(), Role.USER);
    final Actor admin = new Actor(UserId.newId(), Role.ADMIN);

    Post draft() {
        return Post.draft(author.id(), new PostTitle("Hello"), new PostContent("Body"), null, Set.of(),
                Tags.none(), new Slug("hello"), T0);
    }

    @Test
    void a_post_records_each_step_of_its_life_and_pulling_forgets_them() {
        Post post = draft();
        assertThat(post.pullEvents()).containsExactly(new PostCreated(post.id(), T0));
        assertThat(post.pullEvents()).isEmpty();

        post.publish(author, T1);
        post.publish(author, T1); // idempotent: no second event
        post.edit(author, new PostChanges(new PostTitle("Hello again"), null, null, null), T1);
        post.unpublish(author, T1);
        post.unpublish(author, T1);
        post.edit(author, new PostChanges(null, null, null, null), T1); // empty: no event
        post.delete(author, T1);

        assertThat(post.pullEvents()).containsExactly(
                new PostPublished(post.id(), new Slug("hello"), T1),
                new PostEdited(post.id(), true, T1),
                new PostUnpublished(post.id(), new Slug("hello"), T1),
                new PostDeleted(post.id(), new Slug("hello"), false, T1));
    }

    @Test
    void a_refused_change_records_nothing() {
        Post post = draft();
        post.pullEvents();
        assertThatThrownBy(() -> post.publish(stranger, T1)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> post.delete(stranger, T1)).isInstanceOf(Forbidden.class);
        assertThat(post.pullEvents()).isEmpty();
    }

    @Test
    void a_restored_aggregate_has_recorded_nothing() {
        Post post = draft();
        Post restored = Post.restore(post.id(), post.authorId(), post.title(), post.slug(), null, post.content(),
                Set.of(), Tags.none(), false, null, false, T0, T0);
        assertThat(restored.pullEvents()).isEmpty();
    }

    @Test
    void a_comment_records_that_it_was_added_edited_and_removed() {
        PostId postId = PostId.newId();
        Comment comment = Comment.write(postId, author, new CommentContent("First!"), T0);
        comment.edit(author, new CommentContent("Second"), T1);
        comment.remove(admin, stranger.id(), T1);
        assertThat(comment.pullEvents()).containsExactly(new CommentAdded(comment.id(), postId, T0),
                new CommentEdited(comment.id(), postId, T1), new CommentRemoved(comment.id(), postId, T1));
    }

    @Test
    void a_category_records_creation_renames_moves_and_deletion() {
        Category parent = Category.create(admin, new CategoryName("Tech"), new Slug("tech"), null, T0);
        Category child = Category.create(admin, new CategoryName("Java"), new Slug("java"), parent.id(), T0);
        parent.pullEvents();
        child.pullEvents();
        child.rename(admin, new CategoryName("JVM"), new Slug("jvm"), T1);
        child.moveUpFrom(parent, T1);
        parent.delete(admin, T1);
        assertThat(child.pullEvents()).containsExactly(new CategoryChanged(child.id(), T1),
                new CategoryChanged(child.id(), T1));
        assertThat(parent.pullEvents()).containsExactly(new CategoryDeleted(parent.id(), T1));
        assertThat(Category.create(admin, new CategoryName("Food"), new Slug("food"), null, T0).pullEvents())
                .hasSize(1).first().isInstanceOf(CategoryCreated.class);
    }

    @Test
    void a_user_records_registration_edits_role_changes_and_deletion() {
        User user = User.register(new Email("ada@example.com"), new Username("ada"), new DisplayName("Ada"),
                new PasswordHash("hash"), Profile.empty(), T0);
        user.edit(user.asActor(), new DisplayName("Ada L"), null, null, T1);
        user.changeRole(admin, Role.MODERATOR, T1);
        user.softDelete(admin, T1);
        user.purge(admin, T1);
        assertThat(user.pullEvents()).containsExactly(new UserRegistered(user.id(), Role.USER, T0),
                new UserUpdated(user.id(), T1), new UserRoleChanged(user.id(), Role.USER, Role.MODERATOR, T1),
                new UserDeleted(user.id(), false, T1), new UserDeleted(user.id(), true, T1));
        User root = User.bootstrapAdmin(new Email("root@example.com"), new Username("admin"), new PasswordHash("h"), T0);
        assertThat(root.pullEvents()).containsExactly(new UserRegistered(root.id(), Role.ADMIN, T0));
    }
}
