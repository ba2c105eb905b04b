package dev.inkwell.application.fakes;

import dev.inkwell.application.port.out.CommentQueries;
import dev.inkwell.application.port.out.CommentRepository;
import dev.inkwell.application.post.PostViews.AuthorRef;
import dev.inkwell.application.post.PostViews.CommentView;
import dev.inkwell.application.shared.Page;
import dev.inkwell.application.shared.PageRequest;
import dev.inkwell.domain.comment.Comment;
import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.post.PostId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public class InMemoryComments implements CommentRepository, CommentQueries {

    private final Map<CommentId, Comment> comments = new LinkedHashMap<>();

    @Override
    public Optional<Comment> findById(CommentId id) {
        return Optional.ofNullable(comments.get(id)).map(InMemoryComments::copy);
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
    public Page<CommentView> forPost(PostId post, PageRequest page) {
        List<CommentView> all = comments.values().stream().filter(c -> c.postId().equals(post))
                .map(c -> new CommentView(c.id().value(), c.content().value(), c.createdAt(), c.updatedAt(),
                        new AuthorRef(c.authorId().value(), null, null))).toList();
        return new Page<>(all, page.page(), page.limit(), all.size());
    }

    static Comment copy(Comment c) {
        return Comment.restore(c.id(), c.postId(), c.authorId(), c.content(), c.createdAt(), c.updatedAt());
    }
}
