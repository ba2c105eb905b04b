package dev.inkwell.adapters.persistence.post;

import dev.inkwell.adapters.persistence.shared.EntityWrites;
import dev.inkwell.adapters.persistence.shared.LikePatterns;
import dev.inkwell.application.port.out.DuePosts;
import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.application.port.out.UnrenderedPosts;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.RenderedContent;
import dev.inkwell.domain.slug.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class PostPersistenceAdapter implements PostRepository, DuePosts, UnrenderedPosts {

    private final EntityManager em;
    private final PostEntityMapper mapper;
    private final EntityWrites<Post, PostEntity> writes;

    @Inject
    public PostPersistenceAdapter(EntityManager em, PostEntityMapper mapper) {
        this.em = em;
        this.mapper = mapper;
        this.writes = new EntityWrites<>(em, PostEntity.class, PostEntity::new, p -> p.id().value(), mapper::copy);
    }

    /**
     * {@code post_schedule} (V8, kept by a trigger) by its due index; the posts' rows are what is
     * locked, as any writer of a post locks them. Posts of soft-deleted authors stay where they are.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<PostId> claimDue(Instant now, int limit) {
        List<UUID> ids = em.createNativeQuery("select p.id from post_schedule s join posts p on p.id = s.post_id"
                        + " join users u on u.id = p.author_id and u.deleted_at is null where s.publish_at <= :now"
                        + " order by s.publish_at, s.post_id limit :limit for update of p skip locked", UUID.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList();
        return ids.stream().map(PostId::new).toList();
    }

    /**
     * {@code post_render_queue} (V8, kept by triggers): empty once every post has been rendered.
     * The posts' rows are locked, never the queue's, so that an edit (which locks the post, then
     * has a trigger take it off the queue) and this claim cannot wait on each other in a circle.
     */
    @Override
    @SuppressWarnings("unchecked")
    public List<Unrendered> claimUnrendered(PostId after, int limit) {
        List<Object[]> rows = em.createNativeQuery("select p.id, p.content from post_render_queue q"
                        + " join posts p on p.id = q.post_id join users u on u.id = p.author_id"
                        + " and u.deleted_at is null where q.post_id > cast(:after as uuid)"
                        + " order by q.post_id limit :limit for update of p skip locked")
                .setParameter("after", (after == null ? new UUID(0, 0) : after.value()).toString())
                .setParameter("limit", limit).getResultList();
        return rows.stream().map(r -> new Unrendered(new PostId((UUID) r[0]), new PostContent((String) r[1]))).toList();
    }

    @Override
    public void saveRendering(PostId id, RenderedContent rendered) {
        // a rendering an edit wrote meanwhile wins; the insert takes the post off the queue (trigger)
        em.createNativeQuery("insert into post_contents (post_id, html, reading_time_minutes)"
                        + " values (:id, :html, :minutes) on conflict (post_id) do nothing")
                .setParameter("html", rendered.html()).setParameter("minutes", rendered.readingTimeMinutes())
                .setParameter("id", id.value()).executeUpdate();
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
