package dev.inkwell.adapters.persistence.comment;

import dev.inkwell.adapters.persistence.shared.EntityWrites;
import dev.inkwell.application.port.out.CommentRepository;
import dev.inkwell.domain.comment.Comment;
import dev.inkwell.domain.comment.CommentContent;
import dev.inkwell.domain.comment.CommentId;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

@ApplicationScoped
public class CommentPersistenceAdapter implements CommentRepository {

    private final EntityManager em;
    private final EntityWrites<Comment, CommentEntity> writes;

    @Inject
    public CommentPersistenceAdapter(EntityManager em) {
        this.em = em;
        this.writes = new EntityWrites<>(em, CommentEntity.class, CommentEntity::new, c -> c.id().value(),
                CommentPersistenceAdapter::copy);
    }

    @Override
    public Optional<Comment> findById(CommentId id) {
        return em.createQuery("select c from CommentEntity c where c.id = :id and exists"
                        + " (select 1 from UserEntity u where u.id = c.authorId and u.deletedAt is null)", CommentEntity.class)
                .setParameter("id", id.value())
                .getResultStream().findFirst().map(CommentPersistenceAdapter::toDomain);
    }

    @Override
    public void add(Comment comment) {
        writes.add(comment);
    }

    @Override
    public void update(Comment comment) {
        writes.update(comment);
    }

    @Override
    public void delete(CommentId id) {
        em.createNativeQuery("delete from comments where id = :id").setParameter("id", id.value()).executeUpdate();
    }

    private static Comment toDomain(CommentEntity e) {
        return Comment.restore(new CommentId(e.id), new PostId(e.postId), new UserId(e.authorId),
                new CommentContent(e.content), e.createdAt, e.updatedAt);
    }

    private static void copy(Comment c, CommentEntity e) {
        e.id = c.id().value();
        e.postId = c.postId().value();
        e.authorId = c.authorId().value();
        e.content = c.content().value();
        e.createdAt = c.createdAt();
        e.updatedAt = c.updatedAt();
    }
}
