package dev.inkwell.application.port.out;

import dev.inkwell.domain.comment.Comment;
import dev.inkwell.domain.comment.CommentId;
import java.util.Optional;

public interface CommentRepository {

    /** A comment whose author is active. */
    Optional<Comment> findById(CommentId id);

    void add(Comment comment);

    void update(Comment comment);

    void delete(CommentId id);
}
