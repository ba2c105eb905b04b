package dev.inkwell.adapters.rest.post;

import dev.inkwell.adapters.rest.post.PostResponses.AuthorWithProfile;
import dev.inkwell.adapters.rest.post.PostResponses.Detail;
import dev.inkwell.adapters.rest.post.PostResponses.Editor;
import dev.inkwell.adapters.rest.post.PostResponses.PostComment;
import dev.inkwell.adapters.rest.post.PostResponses.Revision;
import dev.inkwell.adapters.rest.post.PostResponses.Summary;
import dev.inkwell.application.port.model.PostViews.AuthorProfile;
import dev.inkwell.application.port.model.PostViews.AuthorRef;
import dev.inkwell.application.port.model.PostViews.CommentView;
import dev.inkwell.application.port.model.PostViews.PostDetail;
import dev.inkwell.application.port.model.PostViews.PostSummary;
import dev.inkwell.application.port.model.RevisionViews.RevisionSummary;
import dev.inkwell.application.port.model.RevisionViews;
import dev.inkwell.domain.post.PostStatus;
import java.util.Locale;
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
        return new Detail(s.id(), s.title(), s.slug(), s.excerpt(), s.published(), s.status(), s.scheduledAt(),
                s.publishedAt(), s.createdAt(), s.updatedAt(), author, s.categories(), s.tags(), s.commentCount(),
                s.favoritesCount(), s.favorited(), detail.content(), detail.contentHtml(), detail.readingTimeMinutes(),
                detail.comments().stream().map(this::toComment).toList());
    }

    /** {@code "draft"}, {@code "scheduled"}, {@code "published"}: the contract's spelling. */
    default String status(PostStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    Editor toEditor(AuthorRef editor);

    default Revision toRevision(RevisionSummary revision) {
        return new Revision(revision.number(), revision.title(), revision.excerpt(), revision.createdAt(),
                revision.editor() == null ? null : toEditor(revision.editor()));
    }

    default PostResponses.RevisionDetail toRevisionDetail(RevisionViews.RevisionDetail detail) {
        Revision r = toRevision(detail.summary());
        return new PostResponses.RevisionDetail(r.number(), r.title(), r.excerpt(), r.createdAt(), r.editor(),
                detail.content());
    }
}
