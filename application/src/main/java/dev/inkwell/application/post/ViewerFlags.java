package dev.inkwell.application.post;

import dev.inkwell.application.port.model.FeedPage;
import dev.inkwell.application.port.model.Page;
import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.out.ViewerRelations.Relations;
import dev.inkwell.application.port.out.ViewerRelations;
import dev.inkwell.domain.user.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sets {@code favorited} and {@code author.following} on what a signed-in viewer reads: one
 * statement for the whole screen ({@link ViewerRelations}), none for anonymous viewers or an
 * empty screen. The reads stay the same for everyone, which keeps them cacheable (the popular list).
 */
@ApplicationScoped
public class ViewerFlags {

    private final ViewerRelations relations;

    @Inject
    public ViewerFlags(ViewerRelations relations) {
        this.relations = relations;
    }

    public List<PostSummary> posts(Optional<Actor> viewer, List<PostSummary> posts) {
        if (viewer.isEmpty() || posts.isEmpty()) {
            return posts;
        }
        Relations r = relations.of(viewer.get().id(), posts.stream().map(PostSummary::id).toList(),
                posts.stream().map(p -> p.author().id()).distinct().toList());
        return posts.stream().map(p -> viewedAs(p, r)).toList();
    }

    public Page<PostSummary> posts(Optional<Actor> viewer, Page<PostSummary> page) {
        List<PostSummary> items = posts(viewer, page.items());
        return items == page.items() ? page : new Page<>(items, page.page(), page.limit(), page.total());
    }

    public FeedPage posts(Optional<Actor> viewer, FeedPage page) {
        List<PostSummary> items = posts(viewer, page.items());
        return items == page.items() ? page : new FeedPage(items, page.next());
    }

    /** A post's page: the post, its author and the authors of the comments shown, in one statement. */
    public PostDetail post(Optional<Actor> viewer, PostDetail post) {
        if (viewer.isEmpty()) {
            return post;
        }
        Set<UUID> people = new LinkedHashSet<>();
        people.add(post.summary().author().id());
        post.comments().forEach(c -> people.add(c.author().id()));
        Relations r = relations.of(viewer.get().id(), List.of(post.summary().id()), people);
        return post.viewedAs(viewedAs(post.summary(), r),
                post.comments().stream().map(c -> c.viewedAs(r.followed().contains(c.author().id()))).toList());
    }

    public Page<CommentView> comments(Optional<Actor> viewer, Page<CommentView> page) {
        if (viewer.isEmpty() || page.items().isEmpty()) {
            return page;
        }
        Relations r = relations.of(viewer.get().id(), List.of(),
                page.items().stream().map(c -> c.author().id()).distinct().toList());
        return new Page<>(page.items().stream().map(c -> c.viewedAs(r.followed().contains(c.author().id()))).toList(),
                page.page(), page.limit(), page.total());
    }

    private static PostSummary viewedAs(PostSummary post, Relations r) {
        return post.viewedAs(r.favorited().contains(post.id()), r.followed().contains(post.author().id()));
    }
}
