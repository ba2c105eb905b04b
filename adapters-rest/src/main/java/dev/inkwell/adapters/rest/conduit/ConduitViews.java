package dev.inkwell.adapters.rest.conduit;

import dev.inkwell.adapters.rest.conduit.ConduitShapes.Article;
import dev.inkwell.adapters.rest.conduit.ConduitShapes.Comment;
import dev.inkwell.adapters.rest.conduit.ConduitShapes.Profile;
import dev.inkwell.adapters.rest.conduit.ConduitShapes.User;
import dev.inkwell.application.port.model.PostViews.AuthorProfile;
import dev.inkwell.application.port.model.PostViews.AuthorRef;
import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.model.UserDetails;
import dev.inkwell.application.port.model.UserView;

/**
 * Inkwell's read models as RealWorld shapes (conduit.md's table): an article is a published post,
 * {@code description} its excerpt, {@code body} its content, {@code createdAt} its publication time;
 * {@code image} is the profile's avatar. Mapping only: every rule stays in the use cases.
 */
final class ConduitViews {

    private ConduitViews() {
    }

    static User user(UserView user, String token) {
        return new User(user.email(), token, user.username(), user.profile() == null ? null : user.profile().bio(),
                user.profile() == null ? null : user.profile().avatar());
    }

    static Profile profile(UserDetails details) {
        UserView user = details.user();
        return new Profile(user.username(), user.profile() == null ? null : user.profile().bio(),
                user.profile() == null ? null : user.profile().avatar(), Boolean.TRUE.equals(details.following()));
    }

    static Profile profile(AuthorRef author) {
        return new Profile(author.username(), author.bio(), author.avatar(), author.following());
    }

    /** In a list: no body. */
    static Article listed(PostSummary post) {
        return article(post, null);
    }

    static Article article(PostDetail post) {
        AuthorProfile profile = post.authorProfile();
        PostSummary s = post.summary();
        AuthorRef author = new AuthorRef(s.author().id(), s.author().username(), s.author().name(),
                profile == null ? null : profile.bio(), profile == null ? null : profile.avatar(),
                s.author().following());
        return new Article(s.slug(), s.title(), s.excerpt() == null ? "" : s.excerpt(), post.content(), s.tags(),
                s.publishedAt(), s.updatedAt(), s.favorited(), s.favoritesCount(), profile(author));
    }

    private static Article article(PostSummary s, String body) {
        return new Article(s.slug(), s.title(), s.excerpt() == null ? "" : s.excerpt(), body, s.tags(),
                s.publishedAt(), s.updatedAt(), s.favorited(), s.favoritesCount(), profile(s.author()));
    }

    static Comment comment(CommentView comment) {
        return new Comment(comment.id().toString(), comment.createdAt(), comment.updatedAt(), comment.content(),
                profile(comment.author()));
    }
}
