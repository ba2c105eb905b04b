package dev.inkwell.application.fakes;

import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PageRequest;
import dev.inkwell.application.port.model.PostViews.AuthorRef;
import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.application.port.out.CommentQueries;
import dev.inkwell.application.port.out.CommentRepository;
import dev.inkwell.domain.comment.Comment;
import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** The comment ports over a map of snapshots; comments of soft-deleted writers are gone, as in the database. */
public class InMemoryComments implements CommentRepository, CommentQueries {

    private final Map<CommentId, Comment> comments = new LinkedHashMap<>();
    private final Predicate<UserId> activeWriter;

    public InMemoryComments() {
        this(writer -> true);
    }

    public InMemoryComments(Predicate<UserId> activeWriter) {
        this.activeWriter = activeWriter;
    }

    @Override
    public Optional<Comment> findById(CommentId id) {
        return visible(id).map(InMemoryComments::copy);
    }

    @Override
    public void add(Comment comment) {
        comments.put(comment.id(), copy(comment));
    }

    @Override
    public void update(Comment comment) {
        comments.put(comment.id(), copy(comment));
    }

    @Override
    public void delete(CommentId id) {
        comments.remove(id);
    }

    public Comment stored(CommentId id) {
        return comments.get(id);
    }

    @Override
    public Optional<CommentView> byId(CommentId id) {
        return visible(id).map(InMemoryComments::view);
    }

    @Override
    public Page<CommentView> forPost(PostId post, PageRequest page) {
        List<CommentView> all = comments.values().stream()
                .filter(c -> c.postId().equals(post) && activeWriter.test(c.authorId()))
                .sorted(Comparator.comparing(Comment::createdAt)
                        .thenComparing(c -> c.id().value(), PostgresOrder.UUIDS).reversed())
                .map(InMemoryComments::view).toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.limit()).toList(), page.page(), page.limit(),
                all.size());
    }

    private Optional<Comment> visible(CommentId id) {
        return Optional.ofNullable(comments.get(id)).filter(c -> activeWriter.test(c.authorId()));
    }

    /** Read models carry the author's id only: the fake knows no names. */
    private static CommentView view(Comment c) {
        return new CommentView(c.id().value(), c.content().value(), c.createdAt(), c.updatedAt(),
                new AuthorRef(c.authorId().value(), null, null));
    }

    static Comment copy(Comment c) {
        return Comment.restore(c.id(), c.postId(), c.authorId(), c.content(), c.createdAt(), c.updatedAt());
    }
}
