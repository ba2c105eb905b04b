package dev.inkwell.application.post;

import dev.inkwell.application.port.out.PostRepository;
import dev.inkwell.application.shared.FirstFree;
import dev.inkwell.domain.post.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Picks the first free slug among {@code base}, {@code base-2}, {@code base-3}… with one
 * query; a reserved slug ({@code feed}, {@code popular}, {@code drafts}) counts as taken. Two creates racing for the same candidate are settled by the unique index: the loser
 * gets a {@code Conflict} and its use case tries again.
 */
@ApplicationScoped
public class SlugAllocator {

    private final PostRepository posts;

    @Inject
    public SlugAllocator(PostRepository posts) {
        this.posts = posts;
    }

    public Slug firstFree(Slug base) {
        Set<String> taken = posts.slugsLike(base);
        return FirstFree.candidate(base, base::withSuffix, slug -> taken.contains(slug.value()) || slug.isReserved());
    }
}
