package dev.inkwell.adapters.persistence.post;

import dev.inkwell.domain.category.CategoryId;
import dev.inkwell.domain.post.Excerpt;
import dev.inkwell.domain.post.Post;
import dev.inkwell.domain.post.PostContent;
import dev.inkwell.domain.post.PostId;
import dev.inkwell.domain.post.PostTitle;
import dev.inkwell.domain.post.PublishAt;
import dev.inkwell.domain.post.RenderedContent;
import dev.inkwell.domain.slug.Slug;
import dev.inkwell.domain.tag.Tag;
import dev.inkwell.domain.tag.Tags;
import dev.inkwell.domain.user.UserId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Post ⇄ row. Hand-written for the reason the README gives for users: the aggregate is rebuilt
 * only through {@code Post.restore}, and exposes record-style accessors MapStruct reads on records only.
 */
@ApplicationScoped
public class PostEntityMapper {

    public Post toDomain(PostEntity e) {
        Set<CategoryId> categories = e.categoryIds.stream().map(CategoryId::new).collect(Collectors.toSet());
        return Post.restore(new PostId(e.id), new UserId(e.authorId), new PostTitle(e.title), new Slug(e.slug),
                e.excerpt == null ? null : new Excerpt(e.excerpt), new PostContent(e.content), categories,
                new Tags(e.tags.stream().map(Tag::new).toList()), e.published, e.publishedAt,
                e.scheduledAt == null ? null : new PublishAt(e.scheduledAt),
                e.contentHtml == null ? null : new RenderedContent(e.contentHtml, e.readingTimeMinutes),
                e.slugFrozen, e.createdAt, e.updatedAt);
    }

    public void copy(Post post, PostEntity e) {
        e.id = post.id().value();
        e.authorId = post.authorId().value();
        e.title = post.title().value();
        e.slug = post.slug().value();
        e.excerpt = post.excerpt().map(Excerpt::value).orElse(null);
        e.content = post.content().value();
        e.published = post.isPublished();
        e.publishedAt = post.publishedAt().orElse(null);
        e.scheduledAt = post.scheduledAt().map(PublishAt::value).orElse(null);
        e.contentHtml = post.rendered().map(RenderedContent::html).orElse(null);
        e.readingTimeMinutes = post.rendered().map(RenderedContent::readingTimeMinutes).orElse(null);
        e.slugFrozen = post.isSlugFrozen();
        e.createdAt = post.createdAt();
        e.updatedAt = post.updatedAt();
        Set<java.util.UUID> ids = post.categories().stream().map(CategoryId::value).collect(Collectors.toSet());
        e.categoryIds.retainAll(ids);
        e.categoryIds.addAll(ids);
        List<String> tags = post.tags().names();
        e.tags.retainAll(tags);
        e.tags.addAll(tags);
    }
}
