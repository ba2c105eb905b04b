package dev.inkwell.adapters.persistence.post;

import dev.inkwell.adapters.persistence.shared.EntityWrites;
import dev.inkwell.adapters.persistence.shared.LikePatterns;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.slug.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class PostPersistenceAdapter implements PostRepository {

    private final EntityManager em;
    private final PostEntityMapper mapper;
    private final EntityWrites<Post, PostEntity> writes;

    @Inject
    public PostPersistenceAdapter(EntityManager em, PostEntityMapper mapper) {
        this.em = em;
        this.mapper = mapper;
        this.writes = new EntityWrites<>(em, PostEntity.class, PostEntity::new, p -> p.id().value(), mapper::copy);
    }

    @Override
    public Optional<Post> findById(PostId id) {
        return em.createQuery("select p from PostEntity p left join fetch p.categoryIds where p.id = :id and exists"
                        + " (select 1 from UserEntity u where u.id = p.authorId and u.deletedAt is null)", PostEntity.class)
                .setParameter("id", id.value())
                .getResultStream().findFirst().map(mapper::toDomain);
    }

    @Override
    public Set<String> slugsLike(Slug base) {
        return new HashSet<>(em.createQuery("select p.slug from PostEntity p"
                        + " where p.slug = :base or p.slug like :prefix escape '!'", String.class)
                .setParameter("base", base.value())
                .setParameter("prefix", LikePatterns.escape(base.value()) + "-%")
                .getResultList());
    }

    @Override
    public void add(Post post) {
        writes.add(post);
    }

    @Override
    public void update(Post post) {
        writes.update(post);
    }

    @Override
    public void delete(PostId id) {
        // A bulk delete: PostgreSQL's ON DELETE CASCADE removes the comments and category links.
        em.createNativeQuery("delete from posts where id = :id").setParameter("id", id.value()).executeUpdate();
    }
}
