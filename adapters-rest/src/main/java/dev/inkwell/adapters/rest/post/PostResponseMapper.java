package dev.inkwell.adapters.rest.post;

import dev.inkwell.adapters.rest.post.PostResponses.AuthorWithProfile;
import dev.inkwell.adapters.rest.post.PostResponses.Detail;
import dev.inkwell.adapters.rest.post.PostResponses.PostComment;
import dev.inkwell.adapters.rest.post.PostResponses.Summary;
import dev.inkwell.application.port.model.PostViews.AuthorProfile;
import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import org.mapstruct.Mapper;

/** Read models to response bodies; the detail adds the profile to the summary's author. */
@Mapper
public interface PostResponseMapper {

    Summary toSummary(PostSummary summary);

    PostResponses.Profile toProfile(AuthorProfile profile);

    PostComment toComment(CommentView comment);

    default Detail toDetail(PostDetail detail) {
        Summary s = toSummary(detail.summary());
        AuthorWithProfile author = new AuthorWithProfile(s.author().id(), s.author().username(), s.author().name(),
                s.author().following(), toProfile(detail.authorProfile()));
        return new Detail(s.id(), s.title(), s.slug(), s.excerpt(), s.published(), s.publishedAt(), s.createdAt(),
                s.updatedAt(), author, s.categories(), s.tags(), s.commentCount(), s.favoritesCount(), s.favorited(),
                detail.content(),
                detail.comments().stream().map(this::toComment).toList());
    }
}
