package dev.inkwell.application.port.out;

import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.slug.Slug;
import java.util.Optional;
import java.util.Set;

/** Stores post aggregates with their category links. */
public interface PostRepository {

    /** A post whose author is active; a soft-deleted user's posts are gone for every purpose. */
    Optional<Post> findById(PostId id);

    /** Slugs equal to {@code base} or starting with {@code base + "-"}, across all posts. */
    Set<String> slugsLike(Slug base);

    /** Inserts a new post; a slug lost to a concurrent insert is a {@code Conflict} with subject "slug". */
    void add(Post post);

    /** Writes the aggregate's current state; a concurrent change or slug clash is a {@code Conflict}. */
    void update(Post post);

    /** Deletes the post; the database cascades to its comments and category links. */
    void delete(PostId id);
}
