package dev.inkwell.application.post;

import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.application.shared.FirstFree;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.slug.SlugPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Picks a post's slug: the title's base ({@link SlugPolicy}), then the first free one among
 * {@code base}, {@code base-2}, {@code base-3}… with one query; a reserved slug ({@code feed},
 * {@code popular}, {@code drafts}) counts as taken. Two creates racing for the same candidate are
 * settled by the unique index: the loser gets a {@code Conflict} and its use case tries again.
 */
@ApplicationScoped
public class SlugAllocator {

    private final PostRepository posts;
    private final SlugPolicy policy;

    @Inject
    public SlugAllocator(PostRepository posts, SlugPolicy policy) {
        this.posts = posts;
        this.policy = policy;
    }

    /** Computed once per request: a random fallback ({@code post-3f9a0c1e}) must not change per attempt. */
    public Slug baseFor(PostTitle title) {
        return policy.forTitle(title.value());
    }

    public Slug firstFree(Slug base) {
        Set<String> taken = posts.slugsLike(base);
        return FirstFree.candidate(base, base::withSuffix,
                slug -> taken.contains(slug.value()) || Post.isReservedSlug(slug));
    }
}
